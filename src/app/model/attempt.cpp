#include "attempt.hpp"

#include <algorithm>
#include <stdexcept>

namespace frontline::app {

namespace {
constexpr auto kMoodEase = std::chrono::milliseconds(600);
}

Attempt::Attempt(std::shared_ptr<const Scenario> scenario, std::shared_ptr<Scripting> scripting,
                 Mode mode, std::uint64_t seed, const std::vector<std::string>& replay,
                 Clock::time_point now)
    : m_scripting(scripting), m_started(now), m_moodChanged(now - kMoodEase) {
    auto rebuilt = rebuild(std::move(scenario), std::move(scripting), seed, replay, mode);
    m_session = std::move(rebuilt.session);
    if (rebuilt.stopped) m_replayNote = "Replay stopped at " + *rebuilt.stopped;
    m_moodFrom = m_session->state().mood;
    refreshOffers();
}

void Attempt::refreshOffers() {
    m_offered = Clock::now();
    m_offers.clear();
    // Assessment never pre-selects: an Enter meant for something else must not answer.
    m_selected = m_session->mode() == Mode::Assessment ? kNoSelection : 0;
    if (m_session->finished()) return;
    try {
        m_offers = m_session->offers();
    } catch (const std::exception& e) {
        m_error = e.what();
    }
}

bool Attempt::setVariable(const std::string& name, std::string_view typed) {
    if (!m_session->setVariable(name, parseValue(typed))) return false;
    log.reset();     // set by hand: no longer an attempt the records should keep
    m_error.reset(); // a failing condition may hold now: ask again
    refreshOffers();
    return true;
}

void Attempt::moveSelection(int delta) {
    if (m_offers.empty()) return;
    if (m_selected == kNoSelection) { // the first press picks the end it points to
        m_selected = delta > 0 ? 0 : m_offers.size() - 1;
        return;
    }
    const long next = std::clamp(static_cast<long>(m_selected) + delta, 0L,
                                 static_cast<long>(m_offers.size()) - 1);
    m_selected = static_cast<std::size_t>(next);
}

void Attempt::select(std::size_t index) {
    if (index < m_offers.size()) m_selected = index;
}

bool Attempt::choose(std::size_t index) {
    if (index >= m_offers.size() || m_error) return false;
    const std::string id = m_offers[index].choice->id;
    const int before = m_session->state().mood;
    try {
        m_session->choose(id);
    } catch (const std::exception& e) {
        m_error = e.what();
        return false;
    }
    m_moodFrom = before;
    m_moodChanged = Clock::now();
    if (log)
        log->sync(*m_session,
                  std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_offered)
                      .count());
    refreshOffers();
    return true;
}

bool Attempt::undo() {
    const int before = m_session->state().mood;
    if (!m_session->undo()) return false;
    m_error.reset();
    m_moodFrom = before;
    m_moodChanged = Clock::now();
    if (log) log->sync(*m_session);
    refreshOffers();
    return true;
}

std::optional<StepFeedback> Attempt::feedback(const Rubric& rubric) const {
    if (m_session->mode() != Mode::Practice || m_session->steps().empty()) return std::nullopt;
    return feedbackFor(*m_session, m_session->steps().size() - 1, rubric);
}

int Attempt::elapsedSeconds(Clock::time_point now) const {
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(now - m_started).count());
}

Clock::time_point Attempt::nextTick(Clock::time_point now) const {
    return m_started + std::chrono::seconds(elapsedSeconds(now) + 1);
}

float Attempt::shownMood(Clock::time_point now) const {
    const float target = static_cast<float>(m_session->state().mood);
    if (!animating(now)) return target;
    const float t =
        std::chrono::duration<float>(now - m_moodChanged) / std::chrono::duration<float>(kMoodEase);
    const float eased = 1 - (1 - t) * (1 - t);
    return static_cast<float>(m_moodFrom) + (target - static_cast<float>(m_moodFrom)) * eased;
}

bool Attempt::animating(Clock::time_point now) const {
    return now - m_moodChanged < kMoodEase && m_moodFrom != m_session->state().mood;
}

} // namespace frontline::app
