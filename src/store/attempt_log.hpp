// Keeps one attempt's record in step with its session: the window and `frontline play` both
// call sync() after every choice or undo, and finish() at the ending. Each change is committed
// before sync() returns, so what the learner has seen chosen is what a crash leaves behind.
#pragma once

#include "records.hpp"

namespace frontline::store {

class AttemptLog {
  public:
    // A new record, begun with the first choice (recording() is false when the records cannot
    // be written).
    AttemptLog(Records& records, const std::string& learner, const Session& session);
    // Continues a stored attempt, resumed from its seed and choice ids.
    AttemptLog(Records& records, AttemptRecord resumed);

    bool recording() const { return m_recording; }
    bool begun() const { return m_record.id != 0; }
    const AttemptRecord& record() const { return m_record; }

    // Adds the steps the record lacks and forgets those the session no longer has (an undo, or
    // a resume that stopped early). `millis`: how long the newest choice took.
    void sync(const Session& session, std::int64_t millis = 0);
    void finish(const Session& session, const Debrief& debrief);

  private:
    Records* m_records;
    AttemptRecord m_record;
    bool m_recording = false;
    int m_generation = 0; // the records' generation this attempt was written in
};

} // namespace frontline::store
