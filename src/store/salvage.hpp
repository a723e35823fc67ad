// What can still be read from a damaged records file, copied into the new one started in its
// place, so one bad page costs the rows on it and not the whole file.
#pragma once

#include "database.hpp"

#include <string>

namespace frontline::store {

struct Salvaged {
    int learners = 0;
    int attempts = 0;
    int choices = 0;
    int classes = 0;
    int gaps = 0;          // stretches that could not be read (their rows are lost)
    bool cutShort = false; // the time or reads allowed ran out before the end
    bool lostSome() const { return gaps > 0 || cutShort; }
};

// Opens `damaged` read only (it is never changed) and copies every row that can still be read
// into `into`, a new records file at the current schema: table by table, parents before their
// children, each row with its own ids so the references between them still hold. A row whose
// parent was lost is dropped, except an attempt, which is kept under a stand-in learner. Bounded:
// a file whose damage would take longer than a few seconds to walk yields what was read by then.
Salvaged salvageRecords(const std::string& damaged, Database& into);

} // namespace frontline::store
