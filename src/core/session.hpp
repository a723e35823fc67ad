// One play-through of a scenario: where the learner is, the state, the transcript and the
// evidence. Deterministic: (scenario, seed, choice ids) always rebuild the same session.
#pragma once

#include "scenario.hpp"
#include "scripting.hpp"
#include "state.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

enum class Speaker { Customer, Learner, Narration };
std::string_view toString(Speaker speaker);

struct Line {
    Speaker speaker = Speaker::Customer;
    std::string text;
    std::string node;   // where it was said
    std::string choice; // the choice id, for learner lines
};

enum class EvidenceKind { Credit, Breach };
std::string_view toString(EvidenceKind kind);

// One principle credited or breached by one choice or ending.
struct Evidence {
    std::string principle;
    EvidenceKind kind = EvidenceKind::Credit;
    int step = 0; // 1-based step of the choice; the final step for an ending
    std::string node;
    std::string choice; // empty for an ending
    SourceRef where;
};

// A choice the learner may take now, with its text rendered for the current state.
struct Offer {
    const Choice* choice = nullptr;
    std::string text;
};

struct Step {
    std::string node;
    std::string choice;
    std::string text;
    std::string why;
    int moodBefore = 0;
    int moodAfter = 0;
};

// Silent is for the explorer: no transcript, no undo, no rendered text, no step history, and
// evidence() holds only the last step's — so copying a session costs the same at any depth.
enum class Mode { Practice, Assessment, Silent };
std::string_view toString(Mode mode);
std::optional<Mode> modeFrom(std::string_view name);

class Session {
  public:
    Session(std::shared_ptr<const Scenario> scenario, std::shared_ptr<Scripting> scripting,
            std::uint64_t seed, Mode mode = Mode::Practice);

    const Scenario& scenario() const { return *m_scenario; }
    const std::shared_ptr<const Scenario>& scenarioPtr() const { return m_scenario; }
    const std::shared_ptr<Scripting>& scripting() const { return m_scripting; }
    std::uint64_t seed() const { return m_seed; }
    Mode mode() const { return m_mode; }

    const Node& node() const { return m_scenario->nodes[m_node]; }
    bool finished() const { return node().isEnding; }
    const State& state() const { return m_state; }
    const std::vector<Line>& transcript() const { return m_transcript; }
    const std::vector<Evidence>& evidence() const { return m_evidence; }
    const std::vector<Step>& steps() const { return m_steps; }
    std::vector<std::string> choiceIds() const;

    // The ending's summary for the debrief, rendered for the final state ("" before the end).
    std::string summary() const;

    // The choices whose `when` holds, in declaration order; in assessment mode shuffled, in an
    // order fixed by the seed, the node and the step number (the same seed and choice ids always
    // show the same order). Pure: calling it changes nothing.
    std::vector<Offer> offers() const;

    // Takes the offered choice with this id. Throws std::invalid_argument when it is not on
    // offer and ScriptError when an author's function fails; either way the session is unchanged.
    const Step& choose(const std::string& choiceId);

    // An author trying a branch sets a variable (or `mood`, `minutes`) by hand. The session is
    // then more than its choices can rebuild, which edited() says; undo still steps back.
    // False, changing nothing, when the value does not fit (mood and minutes take whole numbers).
    bool setVariable(const std::string& name, const Value& value);
    bool edited() const { return m_edited; }

    bool canUndo() const { return m_mode == Mode::Practice && !m_history.empty(); }
    bool undo();

  private:
    struct Snapshot {
        std::size_t node;
        State state;
        std::size_t transcript, evidence, steps;
    };

    std::string render(const Text& text, const State& state, const SourceRef& at) const;
    bool holds(const Condition& when, const SourceRef& at) const;
    void enter(const Node& node, const State& state, int step, std::vector<Line>& lines,
               std::vector<Evidence>& evidence) const;
    std::size_t resolveTarget(const Choice& choice, State& state) const;
    std::string ruleTarget(const Choice& choice, const State& state) const;

    std::shared_ptr<const Scenario> m_scenario;
    std::shared_ptr<Scripting> m_scripting;
    std::uint64_t m_seed;
    Mode m_mode;
    std::size_t m_node = 0;
    State m_state;
    std::vector<Line> m_transcript;
    std::vector<Evidence> m_evidence;
    std::vector<Step> m_steps;
    std::vector<Snapshot> m_history;
    bool m_edited = false;
    Step m_lastStep; // silent mode keeps no history, only the step just taken
};

// Replays choice ids from the start. Where an id is not on offer (the scenario was edited, or a
// condition no longer holds) replay stops there and `stopped` says which id, at which step and
// node; the session holds everything up to that point. An author's function that fails during
// replay stops it the same way, its file:line message in `stopped`. Only the start node's own
// failure (no session at all) throws ScriptError.
struct Rebuilt {
    std::unique_ptr<Session> session;
    std::size_t applied = 0;
    std::optional<std::string> stopped;
};

Rebuilt rebuild(std::shared_ptr<const Scenario> scenario, std::shared_ptr<Scripting> scripting,
                std::uint64_t seed, const std::vector<std::string>& choiceIds,
                Mode mode = Mode::Practice);

} // namespace frontline
