// `frontline routes`: every distinct route once, joined where the rest reads the same, and never
// joined where what is still to be said differs.
#include "core/routes.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace frontline;

namespace {

std::vector<Route::End> ends(const RouteList& list) {
    std::vector<Route::End> out;
    for (const Route& r : list.routes)
        out.push_back(r.end);
    return out;
}

// Two ways into "b"; the ending's summary reads a flag only the first sets, through a helper.
const char* kPromise = R"(
scenario { id = "t.promise", title = "t", brief = "b", customer = { name = "Sam" }, start = "a",
  state = { promised = false } }
local function said(s) return s.promised end
node "a" {
  customer = "Hi",
  choice { "Promise a refund", id = "promise", go = "b", set = { promised = true }, why = "w" },
  choice { "Say nothing yet", id = "quiet", go = "b", why = "w" },
}
node "b" {
  customer = "Well?",
  choice { "Finish", id = "finish", go = "end", why = "w" },
}
ending "end" { kind = "resolved",
  summary = function(s) if said(s) then return "A refund was promised." end return "Nothing was promised." end }
)";

// Two ways into "b" that differ in nothing read later: the second reads the same from "b".
const char* kSame = R"(
scenario { id = "t.same", title = "t", brief = "b", customer = { name = "Sam" }, start = "a",
  state = { noted = false } }
node "a" {
  customer = "Hi",
  choice { "Hello", id = "hello", go = "b", set = { noted = true }, why = "w" },
  choice { "Good morning", id = "morning", go = "b", why = "w" },
}
node "b" {
  customer = "Well?",
  choice { "Finish", id = "finish", go = "end", why = "w" },
  choice { "Ask again", id = "again", go = "b", why = "w" },
}
ending "end" { kind = "resolved", summary = "Done." }
)";

} // namespace

TEST_CASE("routes: every route of a small scenario, in depth-first order, to its ending",
          "[routes]") {
    const auto loaded = test::loadUsable(test::fixture("scoring-example/call-back.lua"));
    const RouteList list = listRoutes(loaded.scenario, loaded.scripting);
    // listen: three endings; interrupt reaches "c" as listen did (nothing read there differs),
    // whether by "sorry" or "form", so both join route 1 after its step 1.
    REQUIRE(ends(list) == std::vector<Route::End>{Route::End::Ending, Route::End::Ending,
                                                  Route::End::Ending, Route::End::Joins,
                                                  Route::End::Joins});
    CHECK_FALSE(list.limitHit);
    CHECK(list.routes[0].choices == std::vector<std::string>{"a.listen", "c.refund"});
    CHECK(list.routes[1].shared == 1);
    CHECK(list.routes[3].choices == std::vector<std::string>{"a.interrupt", "b.sorry"});
    CHECK(list.routes[3].shared == 0);
    CHECK(list.routes[3].route == 0);
    CHECK(list.routes[3].atStep == 1);
    CHECK(list.routes[4].shared == 1);
    CHECK(fullChoices(list, 4) == std::vector<std::string>{"a.interrupt", "b.form", "c.refund"});
}

TEST_CASE("routes: a difference only text still reads keeps two routes apart", "[routes]") {
    const auto loaded = test::loadText(kPromise, "promise.lua");
    REQUIRE(loaded.usable());
    const RouteList list = listRoutes(loaded.scenario, loaded.scripting);
    // Joining "quiet" to "promise" at b would print "A refund was promised." for a route that
    // promised nothing.
    CHECK(ends(list) == std::vector<Route::End>{Route::End::Ending, Route::End::Ending});
    const Session quiet = test::play(loaded, fullChoices(list, 1));
    CHECK(quiet.summary() == "Nothing was promised.");
}

TEST_CASE("routes: a prefix reaching a situation already read joins it, a return loops",
          "[routes]") {
    const auto loaded = test::loadText(kSame, "same.lua");
    REQUIRE(loaded.usable());
    const RouteList list = listRoutes(loaded.scenario, loaded.scripting);
    // hello -> b: finish (ending), again (loop); morning -> b joins route 1 after its step 1.
    REQUIRE(ends(list) ==
            std::vector<Route::End>{Route::End::Ending, Route::End::Loops, Route::End::Joins});
    CHECK(list.routes[1].atStep == 1);
    const Route& joined = list.routes[2];
    CHECK(joined.choices == std::vector<std::string>{"a.morning"});
    CHECK(joined.route == 0);
    CHECK(joined.atStep == 1);
    CHECK(fullChoices(list, 2) == std::vector<std::string>{"a.morning", "b.finish"});
}

TEST_CASE("routes: the limit stops the list and says so", "[routes]") {
    const auto loaded = test::loadUsable(test::fixture("scoring-example/call-back.lua"));
    RouteOptions options;
    options.limit = 4;
    const RouteList list = listRoutes(loaded.scenario, loaded.scripting, options);
    CHECK(list.routes.size() == 4); // of five
    CHECK(list.limitHit);
}

TEST_CASE("routes: a failing author function ends its route with the message", "[routes]") {
    const auto loaded = test::loadText(R"(
scenario { id = "t.fails", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Break", id = "break", go = "end", effect = function(s) error("broken on purpose") end, why = "w" },
  choice { "Fine", id = "fine", go = "end", why = "w" },
}
ending "end" { kind = "resolved", summary = "s" }
)",
                                       "fails.lua");
    REQUIRE(loaded.usable());
    const RouteList list = listRoutes(loaded.scenario, loaded.scripting);
    REQUIRE(ends(list) == std::vector<Route::End>{Route::End::Failed, Route::End::Ending});
    CHECK_THAT(list.routes[0].failure, Catch::Contains("fails.lua:5"));
}
