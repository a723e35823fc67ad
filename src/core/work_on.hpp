// The debrief's words, built once so the window, the terminal and the records say the same: each
// thing to work on (what was said, the better line, what it cost) and the points of a finding.
#pragma once

#include "feedback.hpp"
#include "score.hpp"

#include <string>
#include <vector>

namespace frontline {

struct WorkOnText {
    Mark mark = Mark::Breached; // Critical, Breached (left breached) or Partly (put right)
    std::string headline;       // "Step 3: Hear the customer out (source): breached, -2 points"
    std::string said;           // "You said: "...""
    std::string better;         // "Better here, as the best path said at step 3: "..."" or ""
    std::string cap;            // "Left breached, this limits the grade to Pass." or ""
};

WorkOnText describe(const WorkOn& item);

// "+6 points", "-1 point", "0 points" (a plain hyphen: every font and terminal has it).
std::string signedPoints(int points);

// "demonstrated, +6 points"; a finding's status and what it gained or cost.
std::string statusWithPoints(const Finding& finding);

// "Law 30 (best route 48) · Policy 4 (best route 8) · ..." joined by `separator`. The best route's
// share of one kind is not a ceiling: another route can show more of one kind and less of others.
std::string subtotalsLine(const std::vector<Subtotal>& subtotals, const std::string& separator);

} // namespace frontline
