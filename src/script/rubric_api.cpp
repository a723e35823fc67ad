// Binding for rubric and organisation files: principle "id" {...}, organisation {...},
// policy "id" {...}.
#include "api_fields.hpp"
#include "fields.hpp"

#include <set>

namespace frontline::script {

namespace {

const Names kPrincipleRequired{"kind",        "group",  "title", "requires",
                               "consequence", "source", "weight"};

void readPrinciple(lua_State* L, Declarations& out, const std::string& id, int line) {
    Fields f(L, 1, out, line, "principle '" + id + "'");
    Principle p;
    p.id = id;
    p.where = {out.file, line};
    std::vector<std::string> seen;
    f.each(fields::principle, [&](std::string_view name, int v) {
        seen.emplace_back(name);
        if (name == "kind") {
            const std::string kind = f.string(v, name, true).value_or("");
            if (auto k = principleKindFrom(kind))
                p.kind = *k;
            else
                f.error("`kind` must be \"law\", \"policy\" or \"principle\", not \"" + kind +
                        "\"");
        } else if (name == "group")
            p.group = f.string(v, name, true).value_or("");
        else if (name == "title")
            p.title = f.string(v, name, true).value_or("");
        else if (name == "requires")
            p.requirement = f.string(v, name, true).value_or("");
        else if (name == "source")
            p.source = f.string(v, name, true).value_or("");
        else if (name == "policy")
            p.policy = f.string(v, name, true).value_or("");
        else if (name == "weight")
            p.weight = f.integer(v, name, 1, 5).value_or(1);
        else if (name == "cap")
            p.cap = f.cap(v, name);
        else if (name == "critical") {
            if (lua_type(L, v) == LUA_TBOOLEAN)
                p.critical = lua_toboolean(L, v) != 0;
            else
                f.wrongType(v, name, "true or false");
        } else if (name == "consequence") {
            if (lua_type(L, v) != LUA_TTABLE) {
                f.wrongType(v, name, "a table { customer = \"...\", business = \"...\" }");
                return;
            }
            Fields c(L, v, out, line, "principle '" + id + "' consequence");
            std::vector<std::string> parts;
            c.each(fields::consequence, [&](std::string_view part, int cv) {
                parts.emplace_back(part);
                (part == "customer" ? p.consequenceCustomer : p.consequenceBusiness) =
                    c.string(cv, part, true).value_or("");
            });
            requireFields(c, parts, fields::consequence);
        }
    });
    requireFields(f, seen, kPrincipleRequired);
    const bool policyId = Rubric::isPolicyId(id);
    if (policyId != (p.kind == PrincipleKind::Policy))
        f.error(policyId ? "a policy.* id must have kind = \"policy\""
                         : "kind \"policy\" needs an id starting with \"policy.\"");
    if (p.kind == PrincipleKind::Policy && p.policy.empty())
        f.error("a policy rule needs `policy`: the id of the document it comes from");
    out.principles.push_back(std::move(p));
}

void readDocument(lua_State* L, Declarations& out, const std::string& id, int line) {
    Fields f(L, 1, out, line, "policy document '" + id + "'");
    PolicyDocument d{id, {}, {}, {out.file, line}};
    std::vector<std::string> seen;
    f.each(fields::document, [&](std::string_view name, int v) {
        seen.emplace_back(name);
        (name == "title" ? d.title : d.text) = f.string(v, name, true).value_or("");
    });
    requireFields(f, seen, fields::document);
    out.organisation.documents.push_back(std::move(d));
}

int declareOrganisation(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const int line = callerLine(L);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(
            L, "organisation needs a table: organisation { id = \"...\", name = \"...\" }");
    Fields f(L, 1, out, line, "organisation");
    if (out.organisationDeclared) {
        f.error("this file already declares an organisation; put each in its own file");
        return 0;
    }
    out.organisationDeclared = true;
    Organisation& o = out.organisation;
    o.where = {out.file, line};
    std::vector<std::string> seen;
    f.each(fields::organisation, [&](std::string_view name, int v) {
        seen.emplace_back(name);
        const std::string value = f.string(v, name, true).value_or("");
        if (name == "id")
            o.id = value;
        else if (name == "name")
            o.name = value;
        else if (name == "sector")
            o.sector = value;
        else
            o.about = value;
    });
    requireFields(f, seen, {"id", "name", "sector"});
    if (!o.id.empty() && !validId(o.id, false))
        f.error("`id` must be lowercase letters, digits, '-' or '_'");
    return 0;
}

} // namespace

void installRubricApi(Vm& vm, Declarations& into) {
    lua_State* L = vm.state();
    vm.pushEnvironment();
    const luaL_Reg api[] = {
        {"principle", guarded<declareNamed<readPrinciple>>},
        {"policy", guarded<declareNamed<readDocument>>},
        {"organisation", guarded<declareOrganisation>},
        {nullptr, nullptr},
    };
    lua_pushlightuserdata(L, &into);
    luaL_setfuncs(L, api, 1);
    lua_pop(L, 1);
}

} // namespace frontline::script
