// The play screen's model: one learner's attempt at a scenario, with the keyboard selection,
// the feedback after each choice, and any script error kept on screen instead of crashing.
#pragma once

#include "core/feedback.hpp"
#include "core/session.hpp"
#include "store/attempt_log.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

using Clock = std::chrono::steady_clock;

class Attempt {
  public:
    // `replay` choice ids are taken first (to resume or to try another answer); where one is no
    // longer on offer replay stops there and replayNote() says so. Throws ScriptError only when
    // the start node itself cannot be shown.
    Attempt(std::shared_ptr<const Scenario> scenario, std::shared_ptr<Scripting> scripting,
            Mode mode, std::uint64_t seed = 1, const std::vector<std::string>& replay = {},
            Clock::time_point now = Clock::now());

    const Session& session() const { return *m_session; }
    const std::shared_ptr<Scripting>& scripting() const { return m_scripting; }
    const std::vector<Offer>& offers() const { return m_offers; }
    bool finished() const { return m_session->finished(); }
    bool stuck() const { return !finished() && m_offers.empty() && !m_error; }

    // The keyboard's choice; kNoSelection in assessment until Up/Down picks one.
    static constexpr std::size_t kNoSelection = static_cast<std::size_t>(-1);
    std::size_t selected() const { return m_selected; }
    void moveSelection(int delta);
    void select(std::size_t index);

    // False when the index is not on offer or the author's code failed; in that case error()
    // holds the file:line message and the session is exactly as before the choice.
    bool choose(std::size_t index);
    bool chooseSelected() { return choose(m_selected); }
    bool undo();
    // The inspector: an author sets a variable by hand (text typed as a value) to try a branch.
    bool setVariable(const std::string& name, std::string_view typed);
    void clearError() { m_error.reset(); }

    // Practice only: the mark and reasons for the last choice taken. Kept on the ending (so the
    // last choice is explained before the debrief) and, after an undo, the choice before it.
    std::optional<StepFeedback> feedback(const Rubric& rubric) const;
    const std::optional<std::string>& error() const { return m_error; }
    const std::optional<std::string>& replayNote() const { return m_replayNote; }

    // The record this attempt keeps in step with every choice and undo (none for a playtest).
    std::optional<store::AttemptLog> log;

    // Seconds since the attempt began, for the on-screen timer.
    int elapsedSeconds(Clock::time_point now) const;
    Clock::time_point startedAt() const { return m_started; }
    // After a hot reload the replayed attempt is the same attempt: its clock runs on.
    void keepClockOf(const Attempt& before) { m_started = before.m_started; }
    // When the timer next shows a new second.
    Clock::time_point nextTick(Clock::time_point now) const;
    // The mood the face and meter show: eases from the old mood to the new over 0.6 s.
    float shownMood(Clock::time_point now) const;
    bool animating(Clock::time_point now) const;

  private:
    void refreshOffers();

    std::shared_ptr<Scripting> m_scripting;
    std::unique_ptr<Session> m_session;
    std::vector<Offer> m_offers;
    std::size_t m_selected = 0;
    std::optional<std::string> m_error;
    std::optional<std::string> m_replayNote;
    Clock::time_point m_started;
    Clock::time_point m_offered; // when the current choices appeared: how long a choice took
    Clock::time_point m_moodChanged;
    int m_moodFrom = 50;
};

} // namespace frontline::app
