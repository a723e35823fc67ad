// The learner records as CSV for spreadsheets: one row per attempt, or one per choice.
//
// RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
// and quotes doubled. Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a
// formula, so a learner named "=HYPERLINK(...)" could run one on the trainer's machine: every
// text field starting with one of those gets a leading ' (numbers are written as numbers).
// Unfinished attempts leave their result cells (finished, ending, grade, percent...) empty.
#pragma once

#include "core/record.hpp"

#include <string>
#include <vector>

namespace frontline::report {

// attempt_id, uuid, learner, scenario, title, version, organisation, mode, seed, started,
// finished, ending, ending_kind, grade, percent, points, best, choices
std::string attemptsCsv(const std::vector<AttemptRecord>& attempts);

// attempt_id, learner, scenario, step, node, choice, text, millis, at, credited, breached
// (credited and breached: principle ids joined with a space)
std::string choicesCsv(const std::vector<AttemptRecord>& attempts);

} // namespace frontline::report
