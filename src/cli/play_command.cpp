#include "commands.hpp"

#include "core/explorer.hpp"
#include "core/feedback.hpp"
#include "core/session.hpp"
#include "core/user_folder.hpp"
#include "core/work_on.hpp"
#include "paths.hpp"
#include "result_json.hpp"
#include "store/attempt_log.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <tuple>

namespace frontline::cli {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    return first == std::string::npos
               ? ""
               : text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// "2" -> 2 when 1 <= 2 <= count; anything else (letters, 0, 99, "") -> nothing.
std::optional<std::size_t> menuNumber(const std::string& answer, std::size_t count) {
    if (answer.empty() || answer.size() > 3 ||
        answer.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const std::size_t n = std::stoul(answer);
    if (n < 1 || n > count) return std::nullopt;
    return n;
}

// "1 minute", "2 minutes": the count with the noun that agrees with it.
std::string countOf(long long count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

// What a prompt offers: "1-4", or "1" when there is only one.
std::string rangeOf(std::size_t count) {
    return count == 1 ? std::string("1") : fmt::format("1-{}", count);
}

// What a learner may type, in words: "a number from 1 to 4", or "1" when there is only one.
std::string numberWords(std::size_t count) {
    return count == 1 ? std::string("1") : fmt::format("a number from 1 to {}", count);
}

// The learner's side of terminal play: where the next choice comes from.
class ChoiceSource {
  public:
    virtual ~ChoiceSource() = default;
    enum class Kind { Choose, Undo, Quit };
    struct Pick {
        Kind kind = Kind::Quit;
        std::string choiceId;
    };
    virtual Pick next(const Session& session, const std::vector<Offer>& offers) = 0;
};

class Prompt final : public ChoiceSource {
  public:
    explicit Prompt(Io io) : m_io(io) {}

    Pick next(const Session& session, const std::vector<Offer>& offers) override {
        const std::string undo = session.canUndo() ? ", u to undo" : "";
        for (;;) {
            fmt::print(m_io.out, "Your choice ({}{}, q to quit): ", rangeOf(offers.size()), undo);
            m_io.out.flush();
            std::string answer;
            if (!std::getline(m_io.in, answer)) {
                m_io.out << "\n";
                return {Kind::Quit, {}};
            }
            answer = trimmed(answer);
            if (answer == "q" || answer == "Q") return {Kind::Quit, {}};
            const bool undoAsked = answer == "u" || answer == "U";
            if (undoAsked && session.canUndo()) return {Kind::Undo, {}};
            if (auto n = menuNumber(answer, offers.size()))
                return {Kind::Choose, offers[*n - 1].choice->id};
            // Undo is a real command that has nothing to act on yet, or is off in assessment:
            // saying so teaches the command rather than calling it a wrong choice.
            if (undoAsked && session.mode() == Mode::Practice)
                m_io.out << "  Nothing to undo yet.";
            else if (undoAsked)
                m_io.out << "  There is no undo in assessment mode.";
            else
                fmt::print(m_io.out, "  \"{}\" is not one of the choices.", answer);
            fmt::print(m_io.out, " Type {}{}, or q to quit.\n", numberWords(offers.size()), undo);
        }
    }

  private:
    Io m_io;
};

// --choose 2,1,3: numbers among the choices on offer at each step.
class Numbers final : public ChoiceSource {
  public:
    explicit Numbers(std::vector<int> numbers) : m_numbers(std::move(numbers)) {}

    Pick next(const Session& session, const std::vector<Offer>& offers) override {
        if (m_at >= m_numbers.size()) return {Kind::Quit, {}};
        const int n = m_numbers[m_at++];
        if (n < 1 || static_cast<std::size_t>(n) > offers.size())
            throw std::invalid_argument(
                fmt::format("--choose step {}: there is no choice {} at node '{}' ({} on offer)",
                            m_at, n, session.node().id, offers.size()));
        return {Kind::Choose, offers[static_cast<std::size_t>(n) - 1].choice->id};
    }

  private:
    std::vector<int> m_numbers;
    std::size_t m_at = 0;
};

void showLines(const Session& session, std::size_t from, std::ostream& out,
               std::size_t upto = static_cast<std::size_t>(-1)) {
    const auto& lines = session.transcript();
    const std::string& customer = session.scenario().customer.name;
    for (std::size_t i = from; i < std::min(upto, lines.size()); ++i) {
        const Line& line = lines[i];
        switch (line.speaker) {
        case Speaker::Narration:
            fmt::print(out, "\n  ({})\n", line.text);
            break;
        case Speaker::Customer:
            fmt::print(out, "\n{}: \"{}\"\n", customer, line.text);
            break;
        case Speaker::Learner:
            fmt::print(out, "\nYou: \"{}\"\n", line.text);
            break;
        }
    }
}

void showBriefing(const Scenario& s, Mode mode, std::ostream& out) {
    fmt::print(out, "== {} ==\n", s.title);
    if (!s.role.empty()) fmt::print(out, "You are: {}\n", s.role);
    fmt::print(out, "{}\n", s.brief);
    fmt::print(out, "Customer: {}. Mode: {}.\n", s.customer.name,
               mode == Mode::Practice ? "practice (feedback after each choice, undo with u)"
                                      : "assessment (no feedback, no undo); the choices come in a "
                                        "shuffled order");
}

constexpr std::string_view kStatusMark[] = {"[+]", "[-]", "[~]", "[ ]"};

std::string upperCase(std::string_view text) {
    std::string upper(text);
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
}

// Breaches first, in the order they happened, each with the line the best path used instead.
void showWorkOn(const Debrief& d, std::ostream& out) {
    fmt::print(out, "\nWHAT TO WORK ON\n");
    if (d.workOn.empty()) fmt::print(out, "Nothing: no rule was broken on this route.\n");
    for (const WorkOn& item : d.workOn) {
        const WorkOnText text = describe(item);
        fmt::print(out, "{} {}\n    {}\n", markSymbol(text.mark), text.headline, text.said);
        if (!text.better.empty()) fmt::print(out, "    {}\n", text.better);
        if (!text.cap.empty()) fmt::print(out, "    {}\n", text.cap);
    }
}

void showDebrief(const Debrief& d, std::ostream& out) {
    fmt::print(out, "\n== Debrief: {} ({}%) ==\n{}\n", toString(d.grade), d.percent, d.reason);
    fmt::print(out, "{}\n", subtotalsLine(d.subtotals, " · "));
    showWorkOn(d, out);
    fmt::print(out, "\nWHAT YOU SHOWED, AND WHAT THE BEST ROUTE SHOWS\n");
    std::optional<PrincipleKind> heading;
    for (const Finding& f : d.findings) {
        if (heading != f.kind) {
            heading = f.kind;
            fmt::print(out, "\n{}\n", upperCase(kindLabel(f.kind)));
        }
        fmt::print(out, "{} {} — {}\n    Point: {}\n    Evidence: {}\n    Explain: {}\n",
                   kStatusMark[static_cast<int>(f.status)], f.title, statusWithPoints(f), f.point,
                   f.evidence, f.explain);
    }
    // The ids themselves are for the author, who gets them from lint; the learner is told only
    // that something went unscored.
    if (!d.unknownIds.empty())
        fmt::print(out,
                   "\n(Not scored: {} this scenario names that the rubric does not know. Tell "
                   "its author: frontline lint lists them.)\n",
                   countOf(static_cast<long long>(d.unknownIds.size()), "rule", "rules"));
}

// The short debrief's "to work on": breaches that were never put right, then those put right,
// the critical and costliest first; then, if room is left, what the best route shows and this
// one did not, the heaviest first. One line each, with the rule's title and source.
std::vector<std::string> toWorkOn(const Debrief& d, std::size_t most) {
    std::vector<const WorkOn*> breaches;
    for (const WorkOn& item : d.workOn)
        breaches.push_back(&item);
    std::stable_sort(breaches.begin(), breaches.end(), [](const WorkOn* a, const WorkOn* b) {
        const auto rank = [](const WorkOn* w) {
            return std::tuple(w->status != Status::Breached, !w->critical, w->points);
        };
        return rank(a) < rank(b);
    });
    std::vector<std::string> lines;
    for (const WorkOn* w : breaches) {
        if (lines.size() == most) return lines;
        const Mark mark = w->status != Status::Breached ? Mark::Partly
                          : w->critical                 ? Mark::Critical
                                                        : Mark::Breached;
        const std::string where =
            w->atEnding ? "by the ending" : fmt::format("at step {}", w->step);
        lines.push_back(fmt::format("{} {} ({}): {} {}, {}", markSymbol(mark), w->title, w->source,
                                    w->status == Status::Breached
                                        ? (w->critical ? "a critical breach" : "breached")
                                        : "breached, then put right",
                                    where, signedPoints(w->points)));
    }
    std::vector<const Finding*> missed;
    for (const Finding& f : d.findings)
        if (f.status == Status::NotMet) missed.push_back(&f);
    std::stable_sort(missed.begin(), missed.end(),
                     [](const Finding* a, const Finding* b) { return a->weight > b->weight; });
    for (const Finding* f : missed) {
        if (lines.size() == most) break;
        lines.push_back(fmt::format(
            "{} {} ({}): not shown{}", markSymbol(Mark::Neutral), f->title, f->source,
            f->bestStep > 0 ? fmt::format("; the best route shows it at step {}", f->bestStep)
                            : std::string()));
    }
    return lines;
}

// The short debrief's "done well": what was demonstrated, what earned most first.
std::vector<std::string> doneWell(const Debrief& d, std::size_t most) {
    std::vector<const Finding*> shown;
    for (const Finding& f : d.findings)
        if (f.status == Status::Demonstrated) shown.push_back(&f);
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Finding* a, const Finding* b) { return a->points > b->points; });
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < std::min(most, shown.size()); ++i)
        lines.push_back(fmt::format("{} {} ({}), {}", markSymbol(Mark::Shown), shown[i]->title,
                                    shown[i]->source, signedPoints(shown[i]->points)));
    return lines;
}

// The debrief a learner reads by default: the grade and why, then at most three things to work
// on and three done well. A screen-reader user hears it in a dozen lines, not a hundred.
void showShortDebrief(const Debrief& d, std::ostream& out, bool fromMenu) {
    constexpr std::size_t kTop = 3;
    fmt::print(out, "\n== Debrief: {} ({}%) ==\n{}\n", toString(d.grade), d.percent, d.reason);
    const auto work = toWorkOn(d, kTop);
    fmt::print(out, "\nTo work on:\n");
    if (work.empty())
        fmt::print(out, "  Nothing: this route shows everything the best one does.\n");
    for (const std::string& line : work)
        fmt::print(out, "  {}\n", line);
    const auto well = doneWell(d, kTop);
    fmt::print(out, "\nDone well:\n");
    if (well.empty()) fmt::print(out, "  Nothing yet: no rule was demonstrated on this route.\n");
    for (const std::string& line : well)
        fmt::print(out, "  {}\n", line);
    if (!fromMenu)
        fmt::print(out, "\n(A short debrief: add --full for every finding with its reasons.)\n");
}

// How the conversation ended, in the learner's words: no node, choice or principle ids (those
// are in --json and the records for whoever needs them).
void showResult(const Session& session, std::ostream& out) {
    if (session.finished())
        fmt::print(out, "\n== Ending: {} ==\n{}\n", endingTitle(session.node().endingKind),
                   session.summary());
    else
        fmt::print(out, "\n== Stopped before an ending ==\n");
    fmt::print(out, "Customer's mood: {}/100. Time taken: {}. {} made.\n", session.state().mood,
               countOf(session.state().minutes, "minute", "minutes"),
               choicesCount(session.steps().size()));
}

// Called after every choice and undo, with how long the choice took (0 for an undo).
using OnChange = std::function<void(const Session&, std::int64_t millis)>;

void showRecorded(const AttemptRecord& record, bool fromMenu, std::ostream& out) {
    if (record.isFinished())
        fmt::print(out,
                   "\nRecorded as attempt {} for {}. Its evidence record: frontline export "
                   "--format evidence --attempt {}\n",
                   record.id, record.learner, record.id);
    else if (fromMenu)
        fmt::print(out,
                   "\nRecorded as attempt {} for {}, unfinished: the menu offers to resume it.\n",
                   record.id, record.learner);
    else
        fmt::print(out,
                   "\nRecorded as attempt {} for {}, unfinished: play it again with --resume to "
                   "carry on.\n",
                   record.id, record.learner);
}

// Plays until the end, a quit or the source runs dry. Text goes to `out` unless quiet.
void playLoop(Session& session, ChoiceSource& source, const Rubric& rubric, std::ostream& out,
              bool quiet, const OnChange& changed) {
    std::size_t shown = 0;
    for (;;) {
        if (!quiet) showLines(session, shown, out);
        shown = session.transcript().size();
        if (session.finished()) return;
        const auto offers = session.offers();
        if (offers.empty()) {
            if (!quiet)
                fmt::print(out, "\n(No choice is on offer here: the scenario is stuck. Tell "
                                "its author.)\n");
            return;
        }
        if (!quiet) {
            fmt::print(out, "\n[mood {}/100 · minute {}]\n", session.state().mood,
                       session.state().minutes);
            for (std::size_t i = 0; i < offers.size(); ++i)
                fmt::print(out, "  {}. {}\n", i + 1, offers[i].text);
        }
        const auto asked = std::chrono::steady_clock::now();
        const auto pick = source.next(session, offers);
        if (pick.kind == ChoiceSource::Kind::Quit) return;
        if (pick.kind == ChoiceSource::Kind::Undo) {
            session.undo();
            changed(session, 0);
            shown = 0;
            if (!quiet) fmt::print(out, "\n-- Undone. Back at the previous choice. --\n");
            continue;
        }
        const Step& step = session.choose(pick.choiceId);
        changed(session, std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - asked)
                             .count());
        if (quiet) continue;
        showLines(session, shown, out, shown + 1); // the learner's own line, then the feedback
        ++shown;
        if (session.mode() == Mode::Practice) { // the mark in a symbol and a word, then why
            const StepFeedback f = feedbackFor(session, session.steps().size() - 1, rubric);
            fmt::print(out, "  {} {} — {}\n", markSymbol(f.mark), markWord(f.mark), f.headline);
            if (!f.why.empty()) fmt::print(out, "  Why: {}\n", f.why);
        }
        if (step.moodAfter != step.moodBefore)
            fmt::print(out, "  (mood {:+})\n", step.moodAfter - step.moodBefore);
    }
}

// The learner's unfinished attempt at this scenario, most recent first.
std::optional<AttemptRecord> unfinishedAt(store::Records& records, const std::string& learner,
                                          const std::string& scenario) {
    store::AttemptQuery query;
    query.learner = learner;
    query.scenario = scenario;
    auto all = records.attempts(query);
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (!it->isFinished() && !it->abandoned) return std::move(*it);
    return std::nullopt;
}

// The records this play writes to, with their notes on the error stream; off when asked.
store::Records openRecords(const PlayOptions& options, Io io) {
    if (!options.record) return store::Records::off("");
    store::Records records(
        store::recordsPath(options.dataDir.empty() ? store::defaultDataDir() : options.dataDir));
    if (!records.problem().empty()) io.err << "note: " << records.problem() << "\n";
    return records;
}

// --resume: the session rebuilt from the stored attempt's seed and choice ids.
std::unique_ptr<Session> resumeSession(const script::LoadedFile& loaded, store::Records& records,
                                       const std::string& learner,
                                       std::optional<store::AttemptLog>& log, Io io) {
    auto open = unfinishedAt(records, learner, loaded.scenario->id);
    if (!open) {
        io.err << "error: " << learner << " has no unfinished attempt at " << loaded.scenario->id
               << " to resume\n";
        return nullptr;
    }
    auto rebuilt =
        rebuild(loaded.scenario, loaded.scripting, open->seed, open->choiceIds(), open->mode);
    fmt::print(io.out, "Resuming your attempt from {}: {} of {} replayed.\n",
               shownTime(open->started), rebuilt.applied, choicesCount(open->choices.size()));
    if (rebuilt.stopped) // why it stopped names ids, which are for authors
        fmt::print(io.out,
                   "The scenario has changed since: replay stopped after {}. You continue from "
                   "there.\n",
                   choicesCount(rebuilt.applied));
    log.emplace(records, std::move(*open));
    log->sync(*rebuilt.session);
    return std::move(rebuilt.session);
}

std::unique_ptr<Session> startSession(const script::LoadedFile& loaded, const PlayOptions& options,
                                      Io io) {
    const Mode mode = options.assessment ? Mode::Assessment : Mode::Practice;
    if (!options.chooseIds)
        return std::make_unique<Session>(loaded.scenario, loaded.scripting, options.seed, mode);
    auto rebuilt =
        rebuild(loaded.scenario, loaded.scripting, options.seed, *options.chooseIds, mode);
    if (rebuilt.stopped) {
        io.err << "error: --choose-ids stopped at " << *rebuilt.stopped << "\n";
        return nullptr;
    }
    return std::move(rebuilt.session);
}

// Plays one scenario as `frontline play` does; the debrief, when it ended, is left in `debriefed`
// so the menu can show every finding on request.
int playScenario(const PlayOptions& options, Io io, std::optional<Debrief>& debriefed) {
    const auto loaded = resolveScenario(options.scenario, options.scenariosDir, io.err);
    if (!loaded) return 1;
    const std::string named = learnerName(options.learner);
    const std::string learner = named.empty() ? systemUserName() : named;
    store::Records records = openRecords(options, io);
    std::optional<store::AttemptLog> log;
    // With --json the standard output holds the JSON alone, passed on unfiltered as data; what
    // a person reads while playing (prompts, the conversation, a note on resuming) goes to the
    // error stream, which is filtered for the terminal.
    const Io shown = options.json ? Io{io.in, io.err, io.err} : io;
    try {
        auto session = options.resume ? resumeSession(loaded->file, records, learner, log, shown)
                                      : startSession(loaded->file, options, io);
        if (!session) return 1;
        const bool interactive = !options.choose && !options.chooseIds && !options.json;
        if (!log) {
            if (interactive && !options.fromMenu) { // the menu offers it instead
                if (auto open = unfinishedAt(records, learner, session->scenario().id))
                    fmt::print(io.out,
                               "(You left this scenario unfinished on {} after {}: play it "
                               "with --resume to carry on.)\n",
                               shownTime(open->started), choicesCount(open->choices.size()));
            }
            if (records.writable()) log.emplace(records, learner, *session);
        }
        const OnChange changed = [&](const Session& now, std::int64_t millis) {
            if (log) log->sync(now, millis);
        };
        if (!options.json) showBriefing(session->scenario(), session->mode(), io.out);
        if (options.chooseIds) {
            if (!options.json) showLines(*session, 0, io.out);
        } else if (options.choose) {
            Numbers numbers(*options.choose);
            playLoop(*session, numbers, loaded->rubric, io.out, options.json, changed);
        } else {
            Prompt prompt(shown);
            playLoop(*session, prompt, loaded->rubric, shown.out, false, changed);
        }
        if (session->finished()) {
            debriefed = debriefOf(*session, loaded->rubric);
            if (log) log->finish(*session, *debriefed);
        }
        if (log && !log->recording() && !records.problem().empty())
            io.err << "note: " << records.problem() << "\n";
        if (options.json) {
            auto j = toJson(*session);
            j["debrief"] = debriefed ? toJson(*debriefed) : nlohmann::ordered_json(nullptr);
            io.out << report::jsonText(j, 2) << "\n";
        } else {
            showResult(*session, io.out);
            if (debriefed && options.full)
                showDebrief(*debriefed, io.out);
            else if (debriefed)
                showShortDebrief(*debriefed, io.out, options.fromMenu);
            if (log && log->begun())
                showRecorded(log->record(), options.fromMenu, io.out);
            else if (!options.record && (options.choose || options.chooseIds))
                fmt::print(io.out,
                           "\n(Not recorded: a run by --choose or --choose-ids is an "
                           "author's check. Add --record to keep it in the learner records.)\n");
        }
        return 0;
    } catch (const ScriptError& e) {
        io.err << "error: " << e.what() << "\n";
    } catch (const std::invalid_argument& e) {
        io.err << "error: " << e.what() << "\n";
    }
    return 1;
}

// The learner's unfinished attempt the menu offers: the latest, if its scenario is in the menu.
struct ResumeOffer {
    std::size_t index = 0; // into the menu's scenarios
    std::size_t made = 0;  // choices made so far
};

std::optional<ResumeOffer> resumeOffer(const std::vector<const script::LoadedFile*>& usable,
                                       const std::string& dataDir, const std::string& learner) {
    store::Records records(store::recordsPath(dataDir.empty() ? store::defaultDataDir() : dataDir));
    const auto open = records.resumable(learner);
    if (!open) return std::nullopt;
    for (std::size_t i = 0; i < usable.size(); ++i)
        if (usable[i]->scenario->id == open->scenario) return ResumeOffer{i, open->choices.size()};
    return std::nullopt;
}

// After a scenario from the menu: true to go back to the menu. Every finding on request.
bool backToMenu(const std::optional<Debrief>& debriefed, Io io) {
    const std::string_view full = debriefed ? ", f for every finding" : "";
    for (;;) {
        fmt::print(io.out, "\nEnter for the menu{}, q to quit: ", full);
        io.out.flush();
        std::string answer;
        if (!std::getline(io.in, answer)) return false;
        answer = trimmed(answer);
        if (answer.empty()) return true;
        if (answer == "q" || answer == "Q") return false;
        if (debriefed && (answer == "f" || answer == "F")) {
            showDebrief(*debriefed, io.out);
            continue;
        }
        fmt::print(io.out,
                   "  \"{}\" is not one of those. Press Enter for the menu{}, or q to quit.\n",
                   answer, full);
    }
}

// The menu's choice: a scenario to play (or resume), or nothing to quit.
std::optional<PlayOptions> pickFromMenu(const std::vector<const script::LoadedFile*>& usable,
                                        const std::optional<ResumeOffer>& offer, Io io) {
    fmt::print(io.out, "Frontline: choose a scenario to play.\n");
    for (std::size_t i = 0; i < usable.size(); ++i)
        fmt::print(io.out, "  {}. {}\n", i + 1, usable[i]->scenario->title);
    if (offer)
        fmt::print(io.out, "  r. Resume: {}, step {}\n", usable[offer->index]->scenario->title,
                   offer->made + 1);
    const std::string_view resume = offer ? ", r to resume" : "";
    for (;;) {
        fmt::print(io.out, "Scenario ({}{}, q to quit): ", rangeOf(usable.size()), resume);
        io.out.flush();
        std::string answer;
        if (!std::getline(io.in, answer)) return std::nullopt;
        answer = trimmed(answer);
        if (answer == "q" || answer == "Q") return std::nullopt;
        PlayOptions options;
        if (offer && (answer == "r" || answer == "R")) {
            options.scenario = usable[offer->index]->path;
            options.resume = true;
            return options;
        }
        if (auto n = menuNumber(answer, usable.size())) {
            options.scenario = usable[*n - 1]->path;
            return options;
        }
        fmt::print(io.out, "  Type {}{}, or q to quit.\n", numberWords(usable.size()), resume);
    }
}

} // namespace

int playCommand(const PlayOptions& options, Io io) {
    std::optional<Debrief> debriefed;
    return playScenario(options, io, debriefed);
}

int pickAndPlay(const std::string& scenariosDir, const std::string& dataDir, Io io) {
    const script::Library library = script::loadLibrary({scenariosDir});
    const auto usable = library.usable();
    if (usable.empty()) {
        io.err << "error: no playable scenario in " << scenariosDir << "\n";
        return 1;
    }
    const std::string learner = systemUserName();
    for (;;) {
        // Looked up afresh each round: the last play may have left an attempt or finished one.
        auto picked = pickFromMenu(usable, resumeOffer(usable, dataDir, learner), io);
        if (!picked) return 0;
        picked->scenariosDir = scenariosDir;
        picked->dataDir = dataDir;
        picked->fromMenu = true;
        std::optional<Debrief> debriefed;
        playScenario(*picked, io, debriefed);
        if (!backToMenu(debriefed, io)) return 0;
        fmt::print(io.out, "\n");
    }
}

} // namespace frontline::cli
