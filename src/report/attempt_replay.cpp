#include "attempt_replay.hpp"

#include "core/explorer.hpp"
#include "evidence_record.hpp"

namespace frontline::report {

ReplayedAttempt replayAttempt(const AttemptRecord& record, std::shared_ptr<const Scenario> scenario,
                              std::shared_ptr<Scripting> scripting, const Rubric& rubric) {
    ReplayedAttempt r;
    const std::string version = scenario->version;
    auto rebuilt = rebuild(std::move(scenario), std::move(scripting), record.seed,
                           record.choiceIds(), record.mode);
    r.session = std::move(rebuilt.session);
    if (rebuilt.stopped)
        r.note = "The scenario has changed since this attempt: its replay stopped at " +
                 *rebuilt.stopped + ".";
    else if (version != record.version)
        r.note = "The scenario has been edited since this attempt; the replay still follows every "
                 "choice.";
    if (record.isFinished() && r.session->finished()) r.debrief = debriefOf(*r.session, rubric);
    return r;
}

std::string evidenceOf(const AttemptRecord& record, const ReplayedAttempt& replayed,
                       const Rubric& rubric, bool html) {
    const Organisation* organisation = rubric.organisation(record.organisation);
    const EvidenceInput input{record,
                              *replayed.session,
                              replayed.debrief ? &*replayed.debrief : nullptr,
                              organisation ? organisation->name : "",
                              replayed.session->scenario().customer.name,
                              replayed.note};
    return html ? evidenceHtml(input) : evidenceMarkdown(input);
}

} // namespace frontline::report
