// The editor definitions for trainers (scenarios/.definitions/frontline.lua, for the Lua Language
// Server) against the loader: every field a declaration accepts is documented in its class, no
// class documents a field the loader would reject, the closed sets of values match the code, and
// the .luarc.json that points editors at the definitions is valid and stays out of the library.
#include "core/rubric.hpp"
#include "core/scenario.hpp"
#include "core/score.hpp"
#include "script/api_fields.hpp"
#include "script/library.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace frontline;

namespace {

const std::string kDefinitions = FRONTLINE_SCENARIOS_DIR "/.definitions/frontline.lua";
const std::string kLuarc = FRONTLINE_SCENARIOS_DIR "/.luarc.json";

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// The annotation lines after `---@TAG NAME` up to the first line that is not `---`: the lines
// LuaLS attaches to that class or alias. Empty if there is no such declaration.
std::vector<std::string> block(const std::vector<std::string>& all, std::string_view tag,
                               std::string_view name) {
    const std::string head = "---@" + std::string(tag) + " " + std::string(name);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string& line = all[i];
        if (!startsWith(line, head)) continue;
        const std::string_view rest = std::string_view(line).substr(head.size());
        if (!rest.empty() && rest.front() != ' ' && rest.front() != ':') continue; // a longer name
        std::vector<std::string> out;
        for (std::size_t j = i + 1; j < all.size() && startsWith(all[j], "---"); ++j)
            out.push_back(all[j]);
        return out;
    }
    return {};
}

struct DocumentedField {
    std::string name;
    std::size_t words; // name, type and the words of its description
};

// The named `---@field NAME[?] TYPE description` lines of a class ([1], [string] ... skipped).
std::vector<DocumentedField> documentedFields(const std::vector<std::string>& classBlock) {
    std::vector<DocumentedField> out;
    for (const std::string& line : classBlock) {
        if (!startsWith(line, "---@field ")) continue;
        std::istringstream words(line.substr(10));
        std::string name;
        words >> name;
        if (name.empty() || name.front() == '[') continue;
        if (name.back() == '?') name.pop_back();
        std::size_t count = 1;
        for (std::string word; words >> word;)
            ++count;
        out.push_back({name, count});
    }
    return out;
}

// The quoted literals of a multi-line `---@alias NAME` (`---| "value" # ...` lines).
std::set<std::string> aliasLiterals(const std::vector<std::string>& all, std::string_view name) {
    std::set<std::string> out;
    for (const std::string& line : block(all, "alias", name)) {
        if (!startsWith(line, "---|")) continue;
        const auto open = line.find('"');
        const auto close = open == std::string::npos ? open : line.find('"', open + 1);
        if (close != std::string::npos) out.insert(line.substr(open + 1, close - open - 1));
    }
    return out;
}

struct ClassFields {
    const char* className;
    const std::vector<std::string_view>* accepted;
};

const ClassFields kClasses[] = {
    {"ScenarioFields", &script::fields::scenario},
    {"CustomerFields", &script::fields::customer},
    {"NodeFields", &script::fields::node},
    {"EndingFields", &script::fields::ending},
    {"ChoiceFields", &script::fields::choice},
    {"ExpectFields", &script::fields::expect},
    {"PrincipleFields", &script::fields::principle},
    {"ConsequenceFields", &script::fields::consequence},
    {"OrganisationFields", &script::fields::organisation},
    {"DocumentFields", &script::fields::document},
    {"UnitFields", &script::fields::unit},
    {"PointFields", &script::fields::point},
};

// Every function the sandbox installs for content files (scenario_api, rubric_api,
// curriculum_api).
const char* const kDeclarations[] = {"scenario",  "node",         "ending", "choice", "expect",
                                     "principle", "organisation", "policy", "unit",   "point"};

// A .luarc.json setting written nested ({"workspace": {"library": ...}}) or flat
// ({"workspace.library": ...}); null if absent.
nlohmann::json setting(const nlohmann::json& config, const std::string& group,
                       const std::string& key) {
    if (config.contains(group) && config[group].is_object() && config[group].contains(key))
        return config[group][key];
    if (config.contains(group + "." + key)) return config[group + "." + key];
    return nullptr;
}

} // namespace

TEST_CASE("Every field the loader accepts is documented in the editor definitions",
          "[definitions]") {
    const auto all = lines(readFile(kDefinitions));
    for (const auto& [className, accepted] : kClasses) {
        const auto classBlock = block(all, "class", className);
        INFO("---@class " << className << " in " << kDefinitions);
        REQUIRE_FALSE(classBlock.empty());
        std::set<std::string> documented;
        for (const auto& field : documentedFields(classBlock))
            documented.insert(field.name);
        for (std::string_view name : *accepted) {
            INFO("the loader accepts `" << name << "`: document it as ---@field " << name);
            CHECK(documented.count(std::string(name)) == 1);
        }
    }
}

TEST_CASE("The definitions check notices an undocumented field", "[definitions]") {
    // A class block ends at the first line that is not an annotation, so a field written after
    // a blank line, or in another class, does not count.
    const auto all = lines("---@class NodeFields\n"
                           "---@field customer? Text What the customer says.\n"
                           "\n"
                           "---@field narration? Text A stage direction.\n"
                           "---@class NodeFieldsExtra\n"
                           "---@field narration? Text A stage direction.\n");
    std::set<std::string> documented;
    for (const auto& field : documentedFields(block(all, "class", "NodeFields")))
        documented.insert(field.name);
    CHECK(documented == std::set<std::string>{"customer"});
    CHECK(block(all, "class", "Node").empty());
}

TEST_CASE("The editor definitions document no field the loader would reject", "[definitions]") {
    const auto all = lines(readFile(kDefinitions));
    for (const auto& [className, accepted] : kClasses) {
        for (const auto& field : documentedFields(block(all, "class", className))) {
            INFO(className << " documents `" << field.name << "`");
            CHECK(std::find(accepted->begin(), accepted->end(), field.name) != accepted->end());
            // `---@field name type` and at least two words saying what it is for.
            CHECK(field.words >= 4);
        }
    }
}

TEST_CASE("The editor definitions declare every declaration function", "[definitions]") {
    const std::string text = readFile(kDefinitions);
    CHECK(startsWith(text, "---@meta"));
    for (const char* name : kDeclarations) {
        INFO(name);
        CHECK(text.find("\nfunction " + std::string(name) + "(") != std::string::npos);
    }
}

TEST_CASE("The literal types in the editor definitions match the values the code accepts",
          "[definitions]") {
    const auto all = lines(readFile(kDefinitions));

    std::set<std::string> grades;
    for (Grade g : {Grade::Distinction, Grade::Merit, Grade::Pass, Grade::Refer})
        grades.emplace(toString(g));
    CHECK(aliasLiterals(all, "Grade") == grades);

    const auto endings = aliasLiterals(all, "EndingKind");
    CHECK(endings.size() == 4);
    for (const auto& kind : endings) {
        INFO(kind);
        CHECK(endingKindFrom(kind).has_value());
    }
    for (EndingKind k :
         {EndingKind::Resolved, EndingKind::Escalated, EndingKind::Unresolved, EndingKind::Lost})
        CHECK(endings.count(std::string(toString(k))) == 1);

    const auto principles = aliasLiterals(all, "PrincipleKind");
    CHECK(principles.size() == 3);
    for (const auto& kind : principles) {
        INFO(kind);
        CHECK(principleKindFrom(kind).has_value());
    }
    for (PrincipleKind k : {PrincipleKind::Law, PrincipleKind::Policy, PrincipleKind::Principle})
        CHECK(principles.count(std::string(toString(k))) == 1);

    // Curriculum point kinds are checked in the binding itself: ask the loader.
    auto pointKindRejected = [](const std::string& kind) {
        const auto loaded = test::loadText("unit \"u1\" { title = \"U\" }\n"
                                           "point \"u1.p\" { unit = \"u1\", kind = \"" +
                                               kind + "\", text = \"T\", why_not = \"W\" }\n",
                                           "curriculum.lua");
        return test::anyMessage(loaded.diagnostics, "`kind` must be");
    };
    const auto points = aliasLiterals(all, "PointKind");
    CHECK(points == std::set<std::string>{"concept", "marking"});
    for (const auto& kind : points) {
        INFO(kind);
        CHECK_FALSE(pointKindRejected(kind));
    }
    CHECK(pointKindRejected("lesson"));
}

TEST_CASE("The editor definitions are valid Lua that declares no content", "[definitions]") {
    // Run through the real loader as if it were a content file: a syntax error would show as
    // its own message. The file only defines functions, so it declares nothing.
    const auto loaded = test::loadText(readFile(kDefinitions), "frontline.lua");
    INFO(Catch::Detail::stringify(test::messages(loaded.diagnostics)));
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics.front().message.find("declares no scenario") != std::string::npos);
    CHECK(loaded.kind == script::ContentKind::Unknown);
}

TEST_CASE("The LuaLS configuration is valid JSON and points at the definitions", "[definitions]") {
    const auto config = nlohmann::json::parse(readFile(kLuarc)); // throws, failing the test
    REQUIRE(config.is_object());

    CHECK(setting(config, "runtime", "version") == "Lua 5.4");
    CHECK(setting(config, "workspace", "checkThirdParty") == false);

    const auto library = setting(config, "workspace", "library");
    REQUIRE(library.is_array());
    bool namesDefinitions = false;
    for (const auto& entry : library) {
        REQUIRE(entry.is_string());
        const auto path = entry.get<std::string>();
        if (path == ".definitions" &&
            std::filesystem::is_regular_file(FRONTLINE_SCENARIOS_DIR "/" + path + "/frontline.lua"))
            namesDefinitions = true;
    }
    CHECK(namesDefinitions);

    // Globals the sandbox offers to content files: exactly the declaration functions.
    const auto globals = setting(config, "diagnostics", "globals");
    REQUIRE(globals.is_array());
    std::set<std::string> named;
    for (const auto& g : globals)
        named.insert(g.get<std::string>());
    CHECK(named == std::set<std::string>(std::begin(kDeclarations), std::end(kDeclarations)));

    // The libraries the sandbox removes are switched off in the editor too.
    const auto builtin = setting(config, "runtime", "builtin");
    REQUIRE(builtin.is_object());
    for (const char* lib : {"io", "os", "debug", "coroutine", "package"}) {
        INFO(lib);
        CHECK(builtin.value(lib, "") == "disable");
    }
}

TEST_CASE("The library loader skips the definitions folder", "[definitions]") {
    REQUIRE(std::filesystem::is_regular_file(kDefinitions));
    const auto library = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    CHECK_FALSE(library.entries.empty());
    CHECK(library.problems.empty());
    for (const auto& entry : library.entries) {
        INFO(entry.path);
        CHECK(entry.path.find(".definitions") == std::string::npos);
        CHECK(entry.path.find(".luarc") == std::string::npos);
    }
}
