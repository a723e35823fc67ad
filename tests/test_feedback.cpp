// Practice feedback after each choice: the mark (good, partly, breach, critical, neutral), the
// sentences core/feedback builds for the window and the terminal, the terminal's per-step marks,
// and what the play screen's model shows and in which colours.
#include "app/model/app_state.hpp"
#include "app/model/marks.hpp"
#include "core/feedback.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <tuple>

using namespace frontline;
using frontline::test::fixture;

namespace {

const std::string kMarks = fixture("feedback/marks.lua");

// The fixture scenario with the scoring fixture's rubric (t.listen, t.law, t.verify, policy.log).
const script::Library& marksLibrary() {
    static const script::Library library =
        script::loadLibrary({fixture("scoring"), fixture("feedback")});
    return library;
}

const script::LoadedFile& marksFile() {
    const script::LoadedFile* file = marksLibrary().find("t.feedback");
    REQUIRE(file != nullptr);
    REQUIRE(file->usable());
    return *file;
}

// The feedback on the last of these choices.
StepFeedback after(const std::vector<std::string>& ids, Mode mode = Mode::Practice) {
    const Session session = test::play(marksFile(), ids, 1, mode);
    return feedbackFor(session, ids.size() - 1, marksLibrary().rubric);
}

std::set<std::string> idsOf(const std::vector<FeedbackItem>& items) {
    std::set<std::string> out;
    for (const auto& item : items)
        out.insert(item.id);
    return out;
}

test::CliRun playMarks(const std::string& choose, bool assessment = false) {
    std::vector<std::string> args{"play",     kMarks, "--scenarios", fixture("scoring"),
                                  "--choose", choose, "--no-record"};
    if (assessment) args.push_back("--assessment");
    return test::runCli(args);
}

} // namespace

TEST_CASE("Each choice gets the mark for what it credited and breached", "[feedback]") {
    const auto good = after({"a.listen"});
    CHECK(good.mark == Mark::Shown);
    CHECK(idsOf(good.credited) == std::set<std::string>{"t.listen"});
    CHECK(good.breached.empty());

    const auto partly = after({"a.mixed"});
    CHECK(partly.mark == Mark::Partly);
    CHECK(idsOf(partly.credited) == std::set<std::string>{"t.listen"});
    CHECK(idsOf(partly.breached) == std::set<std::string>{"t.law"});

    const auto breach = after({"a.interrupt"});
    CHECK(breach.mark == Mark::Breached);
    CHECK(breach.credited.empty());

    const auto critical = after({"a.leak"});
    CHECK(critical.mark == Mark::Critical);
    REQUIRE(critical.breached.size() == 1);
    CHECK(critical.breached[0].critical);
    CHECK(critical.breached[0].title == "Verify identity");
    CHECK(critical.breached[0].kind == PrincipleKind::Law);

    const auto neutral = after({"a.chat"});
    CHECK(neutral.mark == Mark::Neutral);
    CHECK(neutral.credited.empty());
    CHECK(neutral.breached.empty());
    CHECK_THAT(neutral.headline, Catch::Contains("neither shows nor goes against"));

    // Only this step's evidence: a good second step after a critical first one is good.
    const auto logged = after({"a.leak", "b.log"});
    CHECK(logged.step == 1);
    CHECK(logged.mark == Mark::Shown);
    CHECK(idsOf(logged.credited) == std::set<std::string>{"policy.log"});
    CHECK(logged.headline == "This shows: Alpha: log the call (Policy).");

    // An ending's evidence counts with the step that reached it.
    const auto cutOff = after({"a.listen", "b.hangup"});
    CHECK(cutOff.mark == Mark::Breached);
    CHECK(idsOf(cutOff.breached) == std::set<std::string>{"t.listen"});
}

TEST_CASE("A critical breach says plainly that it would fail an assessment", "[feedback]") {
    const auto critical = after({"a.listen", "b.leak"});
    CHECK(critical.mark == Mark::Critical);
    CHECK(critical.headline ==
          "This would fail an assessment: Verify identity (Test Act s.2) is a critical rule.");
    // A non-critical breach does not claim that.
    CHECK_THAT(after({"a.interrupt"}).headline, !Catch::Contains("assessment"));
    CHECK(after({"a.interrupt"}).headline == "This goes against: Listen (Good practice).");
    CHECK(after({"a.mixed"}).headline == "This shows: Listen (Good practice). But it goes "
                                         "against: Refund faulty goods (Law).");
}

TEST_CASE("A pleased customer never hides a broken law", "[feedback]") {
    const auto pleased = after({"a.please"});
    CHECK(pleased.pleased());
    CHECK(pleased.breaksLaw());
    CHECK(pleased.mark == Mark::Breached);
    CHECK(pleased.headline ==
          "The customer is happier, but this breaks the law: Refund faulty goods.");
    CHECK(pleased.moodSentence() == "The customer's mood rose by 15.");

    // Critical and pleasing: both said, the law not named twice.
    const auto leak = after({"a.leak"});
    CHECK(leak.pleased());
    CHECK(leak.headline ==
          "This would fail an assessment: Verify identity (Test Act s.2) is a critical rule. "
          "The customer is happier, but this breaks the law.");

    // Displeased and breaching good practice only: no law sentence.
    const auto interrupt = after({"a.interrupt"});
    CHECK_THAT(interrupt.headline, !Catch::Contains("happier"));
    CHECK(interrupt.moodSentence() == "The customer's mood fell by 10.");
}

TEST_CASE("Every mark has its own word and symbol", "[feedback]") {
    std::set<std::string_view> words, symbols;
    for (Mark m : {Mark::Neutral, Mark::Shown, Mark::Partly, Mark::Breached, Mark::Critical}) {
        words.insert(markWord(m));
        symbols.insert(markSymbol(m));
    }
    CHECK(words.size() == 5);
    CHECK(symbols.size() == 5);
    CHECK(markSymbol(Mark::Critical) == "\u2717\u2717");
    const Session none = test::play(marksFile(), {});
    CHECK_THROWS_AS(feedbackFor(none, 0, marksLibrary().rubric), std::out_of_range);
}

TEST_CASE("Terminal practice prints the mark after every choice, the last one too",
          "[feedback][cli]") {
    const auto critical = playMarks("4,2"); // leak, then leak again: the last step ends it
    INFO(critical.err);
    REQUIRE(critical.code == 0);
    const std::string line = "  \u2717\u2717 Critical \u2014 This would fail an assessment: Verify "
                             "identity (Test Act s.2) is a critical rule.";
    const auto first = critical.out.find(line);
    REQUIRE(first != std::string::npos);
    const auto second = critical.out.find(line, first + 1);
    REQUIRE(second != std::string::npos);
    CHECK(second < critical.out.find("== Ending")); // before the ending and the debrief

    const auto good = playMarks("1,3"); // listen, then hang up: the ending breaches listening
    CHECK_THAT(good.out, Catch::Contains("  \u2713 Good \u2014 This shows: Listen (Good "
                                         "practice).\n  Why: Listening helps.\n  (mood +10)"));
    CHECK_THAT(good.out, Catch::Contains("You: \"Hang up\"\n  \u2717 Breach \u2014 This goes "
                                         "against: Listen (Good practice)."));
    CHECK_THAT(playMarks("5,1").out, Catch::Contains("\u2022 Neutral \u2014 No principle"));
    CHECK_THAT(playMarks("2,1").out, Catch::Contains("~ Partly \u2014 This shows: Listen"));

    const auto assessed = playMarks("4,2", true);
    CHECK_THAT(assessed.out, !Catch::Contains("Critical \u2014"));
    CHECK_THAT(assessed.out, !Catch::Contains("Why:"));
}

TEST_CASE("The play screen keeps the last choice's mark on the ending and after undo",
          "[feedback][app]") {
    using namespace frontline::app;
    AppState state(script::loadLibrary({fixture("scoring"), fixture("feedback")}), Settings{});
    const Rubric& rubric = state.content().rubric;
    REQUIRE(state.openBriefing("t.feedback"));
    state.handleKey(digitKey(1)); // practice
    state.handleKey(key(Key::Enter));
    REQUIRE(state.screen() == Screen::Play);
    const Attempt* a = state.attempt();
    CHECK_FALSE(a->feedback(rubric)); // nothing chosen yet

    state.handleKey(digitKey(1)); // listen
    REQUIRE(a->feedback(rubric));
    CHECK(a->feedback(rubric)->mark == Mark::Shown);
    state.handleKey(digitKey(2)); // read out the account: critical, and the conversation ends
    REQUIRE(a->finished());
    REQUIRE(state.screen() == Screen::Play); // the ending waits for Enter before the debrief
    const auto last = a->feedback(rubric);
    REQUIRE(last);
    CHECK(last->step == 1);
    CHECK(last->mark == Mark::Critical);
    CHECK_THAT(last->headline, Catch::Contains("would fail an assessment"));

    state.handleKey(letterKey('u')); // back before the last choice: the one before is explained
    CHECK_FALSE(a->finished());
    REQUIRE(a->feedback(rubric));
    CHECK(a->feedback(rubric)->step == 0);
    CHECK(a->feedback(rubric)->mark == Mark::Shown);

    state.handleKey(key(Key::Escape));
    REQUIRE(state.openBriefing("t.feedback"));
    state.handleKey(digitKey(2)); // assessment: no marks at all
    state.handleKey(key(Key::Enter));
    state.handleKey(digitKey(4));
    CHECK_FALSE(state.attempt()->feedback(rubric));
}

TEST_CASE("Mark colours are readable on every theme and the icons differ", "[feedback][app]") {
    using namespace frontline::app;
    const std::vector<Mark> marks{Mark::Neutral, Mark::Shown, Mark::Partly, Mark::Breached,
                                  Mark::Critical};
    for (auto theme : {ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast}) {
        const Palette& p = palette(theme);
        const double least = theme == ThemeName::HighContrast ? 7.0 : 4.5;
        CAPTURE(toString(theme));
        for (Mark m : marks) {
            CAPTURE(markWord(m));
            CHECK(contrastRatio(markColour(p, m), p.panel) >= least);
            CHECK(contrastRatio(markColour(p, m), p.background) >= least);
        }
        // Good and bad are told apart by colour as well as by icon and word.
        CHECK(contrastRatio(markColour(p, Mark::Shown), markColour(p, Mark::Breached)) > 1.0);
    }
    std::set<std::tuple<std::size_t, std::size_t, bool>> shapes; // strokes, first's points, dot
    for (Mark m : marks) {
        const MarkIcon icon = markIcon(m);
        CHECK((icon.dot || !icon.strokes.empty()));
        shapes.insert(
            {icon.strokes.size(), icon.strokes.empty() ? 0 : icon.strokes[0].size(), icon.dot});
    }
    CHECK(shapes.size() == 5); // check, tilde, cross, double cross, dot
    CHECK(markIcon(Mark::Critical).aspect > markIcon(Mark::Breached).aspect);
}
