// Binding for the curriculum file: unit "id" {...} and point "id" {...}.
#include "fields.hpp"

namespace frontline::script {

namespace {

const Names kUnitFields{"title", "note"};
const Names kPointFields{"unit", "kind", "text", "principles", "why_not"};

template <bool IsUnit> int finish(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const std::string id = lua_tostring(L, lua_upvalueindex(2));
    const int line = static_cast<int>(lua_tointeger(L, lua_upvalueindex(3)));
    out.unfinishedNodes.erase(line);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "\"%s\" needs a table { ... }", id.c_str());
    std::vector<std::string> seen;
    if constexpr (IsUnit) {
        Fields f(L, 1, out, line, "unit '" + id + "'");
        Unit u{id, {}, {}, {out.file, line}};
        f.each(kUnitFields, [&](std::string_view name, int v) {
            seen.emplace_back(name);
            (name == "title" ? u.title : u.note) = f.string(v, name, true).value_or("");
        });
        requireFields(f, seen, {"title"});
        out.curriculum.units.push_back(std::move(u));
    } else {
        Fields f(L, 1, out, line, "point '" + id + "'");
        CurriculumPoint p;
        p.id = id;
        p.where = {out.file, line};
        f.each(kPointFields, [&](std::string_view name, int v) {
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
            f.error("maps to no principle: list `principles`, or say in `why_not` why no "
                    "conversation can show it");
        out.curriculum.points.push_back(std::move(p));
    }
    return 0;
}

template <bool IsUnit> int declare(lua_State* L) {
    Declarations& out = declarationsOf(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s needs an id first: %s \"id\" { ... }", IsUnit ? "unit" : "point",
                          IsUnit ? "unit" : "point");
    const int line = callerLine(L);
    out.unfinishedNodes[line] = lua_tostring(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, guarded<finish<IsUnit>>, 3);
    return 1;
}

} // namespace

void installCurriculumApi(Vm& vm, Declarations& into) {
    lua_State* L = vm.state();
    vm.pushEnvironment();
    const luaL_Reg api[] = {
        {"unit", guarded<declare<true>>},
        {"point", guarded<declare<false>>},
        {nullptr, nullptr},
    };
    lua_pushlightuserdata(L, &into);
    luaL_setfuncs(L, api, 1);
    lua_pop(L, 1);
}

} // namespace frontline::script
