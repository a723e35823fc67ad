// An attempt from the records played again from its seed and choice ids against the scenario as
// it is now: the transcript and debrief an evidence record (or a JSON export) is written from.
#pragma once

#include "core/record.hpp"
#include "core/rubric.hpp"
#include "core/scripting.hpp"

#include <memory>
#include <optional>
#include <string>

namespace frontline::report {

struct ReplayedAttempt {
    std::unique_ptr<Session> session;
    std::optional<Debrief> debrief; // when the attempt and its replay both reached the ending
    std::string note;               // how the scenario differs from the one that was played
};

// Throws ScriptError only when the scenario's start cannot be shown.
ReplayedAttempt replayAttempt(const AttemptRecord& record, std::shared_ptr<const Scenario> scenario,
                              std::shared_ptr<Scripting> scripting, const Rubric& rubric);

// The evidence record of a replayed attempt, as Markdown or HTML.
std::string evidenceOf(const AttemptRecord& record, const ReplayedAttempt& replayed,
                       const Rubric& rubric, bool html);

} // namespace frontline::report
