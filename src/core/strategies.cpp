#include "strategies.hpp"

#include "rng.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <stdexcept>

namespace frontline {

Graded gradeAgainst(const Exploration& found, const Session& session, const Rubric& rubric) {
    const Points points = pointsOf(session, rubric);
    return {found.gradeOf(points), percentOf(points.points, found.bestPoints())};
}

bool canJudgeGuessing(const Exploration& found) {
    return found.best.has_value() && !found.budgetHit;
}

namespace {

// UTF-8 characters, not bytes: a curly quote is one character to a reader.
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Which of the offers (never empty) a strategy takes.
using Pick = std::function<std::size_t(const std::vector<Offer>&)>;

// The first of the longest (or shortest): ties go to the author's order.
std::size_t byLength(const std::vector<Offer>& offers, bool longest) {
    std::size_t at = 0;
    for (std::size_t i = 1; i < offers.size(); ++i) {
        const std::size_t a = characters(offers[i].text), b = characters(offers[at].text);
        if (longest ? a > b : a < b) at = i;
    }
    return at;
}

// Better grade first, then more percent.
bool better(const StrategyRun& a, const StrategyRun& b) {
    if (a.grade != b.grade) return static_cast<int>(a.grade) < static_cast<int>(b.grade);
    return a.percent > b.percent;
}

StrategyRun walk(const std::shared_ptr<const Scenario>& scenario,
                 const std::shared_ptr<Scripting>& scripting, const Rubric& rubric,
                 const Exploration& found, const NaiveOptions& options, const Pick& pick) {
    StrategyRun run;
    try {
        Session session(scenario, scripting, options.sessionSeed, Mode::Practice);
        for (int step = 0; !session.finished(); ++step) {
            if (step >= options.maxSteps) {
                run.problem = "no ending after " + std::to_string(options.maxSteps) + " choices";
                return run;
            }
            const std::vector<Offer> offers = session.offers();
            if (offers.empty()) {
                run.problem = "no choice on offer at '" + session.node().id + "'";
                return run;
            }
            const std::string& id = offers[pick(offers)].choice->id;
            run.choiceIds.push_back(id);
            session.choose(id);
        }
        run.ending = session.node().id;
        const Graded graded = gradeAgainst(found, session, rubric);
        run.grade = graded.grade;
        run.percent = graded.percent;
    } catch (const std::exception& e) { // ScriptError from an author's function, or worse
        run.problem = e.what();
        run.failed = true;
        if (const auto* script = dynamic_cast<const ScriptError*>(&e))
            run.known = std::any_of(found.errors.begin(), found.errors.end(), [&](const auto& d) {
                return d.where.file == script->where().file &&
                       d.where.line == script->where().line && d.message == script->message();
            });
        run.grade = Grade::Refer;
        run.percent = 0;
    }
    return run;
}

std::string joinedIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out.append(out.empty() ? "" : ",").append(id);
    return out;
}

} // namespace

std::vector<StrategyRun> playNaive(const std::shared_ptr<const Scenario>& scenario,
                                   const std::shared_ptr<Scripting>& scripting,
                                   const Rubric& rubric, const Exploration& found,
                                   const NaiveOptions& options) {
    std::vector<StrategyRun> runs;
    if (!scenario || !scripting || !canJudgeGuessing(found)) return runs;
    const struct {
        const char* name;
        const char* label;
        Pick pick;
    } fixed[] = {
        {"longest", "always the longest answer",
         [](const std::vector<Offer>& o) { return byLength(o, true); }},
        {"shortest", "always the shortest answer",
         [](const std::vector<Offer>& o) { return byLength(o, false); }},
        {"first", "always the first answer", [](const std::vector<Offer>&) { return 0; }},
        {"last", "always the last answer",
         [](const std::vector<Offer>& o) { return o.size() - 1; }},
    };
    for (const auto& strategy : fixed) {
        StrategyRun run = walk(scenario, scripting, rubric, found, options, strategy.pick);
        run.name = strategy.name;
        run.label = strategy.label;
        runs.push_back(std::move(run));
    }

    // One random source for all the walks: the same picks, so the same report, on every run.
    Rng rng(options.pickSeed);
    const Pick random = [&rng](const std::vector<Offer>& o) {
        return static_cast<std::size_t>(rng.next() % o.size());
    };
    std::optional<StrategyRun> best;
    std::set<std::vector<std::string>> seen; // a route walked twice grades the same
    StrategyRun last;
    int failures = 0;
    for (int i = 0; i < options.randomWalks && failures < options.failuresBeforeGivingUp; ++i) {
        StrategyRun run = walk(scenario, scripting, rubric, found, options, random);
        failures += run.failed ? 1 : 0;
        if (!seen.insert(run.choiceIds).second) continue;
        if (!run.problem.empty()) {
            last = std::move(run); // kept only to say why, if no walk ends
            continue;
        }
        if (!best || better(run, *best)) best = std::move(run);
    }
    StrategyRun chosen = best ? std::move(*best) : std::move(last);
    chosen.name = "random";
    chosen.label = "the best of " + std::to_string(options.randomWalks) + " random walks";
    runs.push_back(std::move(chosen));
    return runs;
}

Grade guessingBar(const Scenario& scenario) {
    if (auto bar = gradeFrom(scenario.guessing); bar && *bar != Grade::Distinction) return *bar;
    return Grade::Merit;
}

std::vector<Diagnostic> guessingProblems(const Scenario& scenario,
                                         const std::vector<StrategyRun>& runs) {
    std::vector<Diagnostic> out;
    // A function that fails on a route a learner can take is an error whatever the bar: the
    // explorer does not render text, so a guesser may be the first to meet it. Said once each,
    // and not at all when the explorer met it too (a `go` it follows) and says so itself.
    std::set<std::string> failures;
    for (const StrategyRun& run : runs)
        if (run.failed && !run.known && failures.insert(run.problem).second)
            out.push_back(errorAt(scenario.where,
                                  "playing " + run.label + ", the scenario fails: " + run.problem +
                                      " (replay: frontline play " + scenario.where.file +
                                      " --choose-ids " + joinedIds(run.choiceIds) + ")"));
    if (scenario.practiceOnly) return out; // never assessed: guessing is reported, not judged
    const Grade bar = guessingBar(scenario);
    auto above = [](Grade a, Grade b) { return static_cast<int>(a) < static_cast<int>(b); };
    for (const StrategyRun& run : runs) {
        if (!run.problem.empty()) continue; // a route that never ends earns nothing
        const std::string reached = "guessing: " + run.label + " grades " +
                                    std::string(toString(run.grade)) + " (" +
                                    std::to_string(run.percent) + "%)";
        const std::string replay = " (replay: frontline play " + scenario.where.file +
                                   " --choose-ids " + joinedIds(run.choiceIds) + ")";
        if (above(run.grade, bar))
            out.push_back(errorAt(
                scenario.where,
                reached + ", above the " + std::string(toString(bar)) +
                    " guessing may reach: make the right answers no easier to spot than the "
                    "wrong ones (length, position), or lower the bar with `guessing`" +
                    replay));
        else if (!above(Grade::Merit, run.grade))
            out.push_back(warningAt(scenario.where,
                                    reached +
                                        ": a learner who does not read the customer should not "
                                        "do this well" +
                                        replay));
    }
    return out;
}

std::string guessingSummary(const std::vector<StrategyRun>& runs) {
    std::string out;
    for (const StrategyRun& run : runs) {
        out.append(out.empty() ? "" : ", ").append(run.name).append(" ");
        if (run.problem.empty())
            out.append(toString(run.grade)).append(" ").append(std::to_string(run.percent) + "%");
        else
            out.append("no ending");
    }
    return out;
}

} // namespace frontline
