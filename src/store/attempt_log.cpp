#include "attempt_log.hpp"

namespace frontline::store {

AttemptLog::AttemptLog(Records& records, const std::string& learner, const Session& session)
    : m_records(&records) {
    const Scenario& s = session.scenario();
    m_record.learner = learner;
    m_record.scenario = s.id;
    m_record.title = s.title;
    m_record.version = s.version;
    m_record.organisation = s.organisation;
    m_record.mode = session.mode();
    m_record.seed = session.seed();
    m_recording = records.writable();
    sync(session);
}

AttemptLog::AttemptLog(Records& records, AttemptRecord resumed)
    : m_records(&records), m_record(std::move(resumed)), m_recording(records.writable()),
      m_generation(records.generation()) {}

void AttemptLog::sync(const Session& session, std::int64_t millis) {
    if (!m_recording) return;
    const auto& steps = session.steps();
    m_records->restartIfDeleted();
    if (m_record.id != 0 && m_generation != m_records->generation()) {
        // The file was started afresh under us: write this attempt again from its start.
        m_record.id = 0;
        m_record.choices.clear();
    }
    // Begun at the first choice: opening a scenario and leaving it at once is not an attempt.
    if (m_record.id == 0) {
        m_generation = m_records->generation();
        if (steps.empty()) return;
        if (!(m_recording = m_records->beginAttempt(m_record))) return;
    }
    std::size_t same = 0;
    while (same < steps.size() && same < m_record.choices.size() &&
           steps[same].choice == m_record.choices[same].choice)
        ++same;
    if (same < m_record.choices.size()) {
        if (!m_records->removeChoicesFrom(m_record.id, static_cast<int>(same) + 1)) return;
        m_record.choices.resize(same);
    }
    for (std::size_t i = same; i < steps.size(); ++i) {
        ChoiceRecord c;
        c.step = static_cast<int>(i) + 1;
        c.node = steps[i].node;
        c.choice = steps[i].choice;
        c.text = steps[i].text;
        c.millis = i + 1 == steps.size() ? millis : 0;
        recordEvidence(c, session, c.step);
        if (!m_records->addChoice(m_record.id, c)) return;
        m_record.choices.push_back(std::move(c));
    }
}

void AttemptLog::finish(const Session& session, const Debrief& debrief) {
    if (!m_recording || m_record.isFinished()) return;
    sync(session);
    recordOutcome(m_record, session, debrief);
    m_records->finishAttempt(m_record);
}

} // namespace frontline::store
