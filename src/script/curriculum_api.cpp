// Binding for the curriculum file: unit "id" {...} and point "id" {...}.
#include "api_fields.hpp"
#include "fields.hpp"

namespace frontline::script {

namespace {

void readUnit(lua_State* L, Declarations& out, const std::string& id, int line) {
    Fields f(L, 1, out, line, "unit '" + id + "'");
    Unit u{id, {}, {}, {out.file, line}};
    std::vector<std::string> seen;
    f.each(fields::unit, [&](std::string_view name, int v) {
        seen.emplace_back(name);
        (name == "title" ? u.title : u.note) = f.string(v, name, true).value_or("");
    });
    requireFields(f, seen, {"title"});
    out.curriculum.units.push_back(std::move(u));
}

void readPoint(lua_State* L, Declarations& out, const std::string& id, int line) {
    Fields f(L, 1, out, line, "point '" + id + "'");
    CurriculumPoint p;
    p.id = id;
    p.where = {out.file, line};
    std::vector<std::string> seen;
    f.each(fields::point, [&](std::string_view name, int v) {
        seen.emplace_back(name);
        if (name == "principles")
            p.principles = f.idList(v, name);
        else if (name == "unit")
            p.unit = f.string(v, name, true).value_or("");
        else if (name == "kind") {
            p.kind = f.string(v, name, true).value_or("");
            if (p.kind != "concept" && p.kind != "marking")
                f.error("`kind` must be \"concept\" or \"marking\"");
        } else if (name == "text")
            p.text = f.string(v, name, true).value_or("");
        else
            p.whyNot = f.string(v, name, true).value_or("");
    });
    requireFields(f, seen, {"unit", "kind", "text"});
    if (p.principles.empty() && p.whyNot.empty())
        f.error("maps to no principle: list `principles`, or say in `why_not` why no conversation "
                "can show it");
    out.curriculum.points.push_back(std::move(p));
}

} // namespace

void installCurriculumApi(Vm& vm, Declarations& into) {
    lua_State* L = vm.state();
    vm.pushEnvironment();
    const luaL_Reg api[] = {
        {"unit", guarded<declareNamed<readUnit>>},
        {"point", guarded<declareNamed<readPoint>>},
        {nullptr, nullptr},
    };
    lua_pushlightuserdata(L, &into);
    luaL_setfuncs(L, api, 1);
    lua_pop(L, 1);
}

} // namespace frontline::script
