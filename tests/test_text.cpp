#include "core/text.hpp"
#include "core/value.hpp"

#include <catch2/catch.hpp>

using namespace frontline;

TEST_CASE("Placeholders are filled from the state and unknown ones stay visible", "[text]") {
    State s;
    s.mood = 42;
    s.minutes = 7;
    s.vars["price"] = std::string("£34.99");
    s.vars["count"] = std::int64_t{3};
    s.vars["ratio"] = 0.5;
    s.vars["ok"] = true;
    CHECK(interpolate("{customer} paid {price}", s, "Joan") == "Joan paid £34.99");
    CHECK(interpolate("mood {mood}, minute {minutes}", s, "") == "mood 42, minute 7");
    CHECK(interpolate("{count} x {ratio} {ok}", s, "") == "3 x 0.5 true");
    CHECK(interpolate("{missing} stays", s, "") == "{missing} stays");
    CHECK(interpolate("{{literal}} and {", s, "") == "{literal}} and {");
    CHECK(placeholders("{a} {{b}} {c}") == std::vector<std::string>{"a", "c"});
}

TEST_CASE("Truthiness follows Lua: only false is false", "[text]") {
    CHECK_FALSE(truthy(Value{false}));
    CHECK(truthy(Value{true}));
    CHECK(truthy(Value{std::int64_t{0}}));
    CHECK(truthy(Value{std::string()}));
}

TEST_CASE("Suggestions find the field a typo meant", "[text]") {
    const std::vector<std::string_view> fields{"go",     "when", "set", "credit",
                                               "breach", "why",  "mood"};
    CHECK(editDistance("kitten", "sitting") == 3);
    CHECK(closestMatch("go_to", fields) == "go");
    CHECK(closestMatch("goto", fields) == "go");
    CHECK(closestMatch("credits", fields) == "credit");
    CHECK(closestMatch("breech", fields) == "breach");
    CHECK(closestMatch("xylophone", fields).empty());
}

TEST_CASE("firstInvalidUtf8 finds where text stops being UTF-8", "[text]") {
    using frontline::firstInvalidUtf8;
    CHECK_FALSE(firstInvalidUtf8("plain ASCII"));
    CHECK_FALSE(firstInvalidUtf8("Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));   // é € 😀
    CHECK(firstInvalidUtf8("Caf\xe9") == std::optional<std::size_t>(3));          // Latin-1 é
    CHECK(firstInvalidUtf8("ab\xc0\xaf") == std::optional<std::size_t>(2));       // overlong '/'
    CHECK(firstInvalidUtf8("\xed\xa0\x80") == std::optional<std::size_t>(0));     // a surrogate
    CHECK(firstInvalidUtf8("\xf4\x90\x80\x80") == std::optional<std::size_t>(0)); // past U+10FFFF
    CHECK(firstInvalidUtf8("ok\xe2\x82") == std::optional<std::size_t>(2));       // cut short
    CHECK(firstInvalidUtf8("\x80") == std::optional<std::size_t>(0)); // a lone continuation
}
