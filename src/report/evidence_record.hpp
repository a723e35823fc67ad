// One attempt as portfolio evidence: who, what, when, the conversation, each finding with its
// rule and source, and room for the learner's reflection. Markdown to keep or share; HTML as one
// self-contained, printable file.
#pragma once

#include "core/record.hpp"
#include "core/score.hpp"
#include "core/session.hpp"

#include <string>
#include <string_view>

namespace frontline::report {

struct EvidenceInput {
    const AttemptRecord& record;  // learner, scenario, organisation, mode, seed, times, choices
    const Session& session;       // the attempt rebuilt from seed + choice ids
    const Debrief* debrief;       // null when the attempt is unfinished
    std::string organisationName; // "" -> record.organisation
    std::string customerName;     // "" -> the scenario's customer
    std::string note;             // shown above the transcript ("" for none)
};

// & < > " and ' as entities: any text from a scenario or a learner, made safe for HTML.
std::string htmlEscaped(std::string_view text);

std::string evidenceMarkdown(const EvidenceInput& in);
std::string evidenceHtml(const EvidenceInput& in);

} // namespace frontline::report
