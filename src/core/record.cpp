#include "record.hpp"

namespace frontline {

std::vector<std::string> AttemptRecord::choiceIds() const {
    std::vector<std::string> ids;
    ids.reserve(choices.size());
    for (const ChoiceRecord& c : choices)
        ids.push_back(c.choice);
    return ids;
}

std::string learnerName(std::string_view typed) {
    const auto first = typed.find_first_not_of(" \t");
    if (first == std::string_view::npos) return "";
    typed = typed.substr(first, typed.find_last_not_of(" \t") - first + 1);
    std::string name;
    for (const char c : typed)
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) name += c;
    if (name.size() > kMaxLearnerName) {
        std::size_t cut = kMaxLearnerName;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xc0) == 0x80)
            --cut;
        name.resize(cut);
    }
    return name;
}

std::string shownTime(const std::string& iso) {
    if (iso.size() < 16 || iso[10] != 'T') return iso;
    return iso.substr(0, 10).append(" ").append(iso.substr(11, 5)).append(" UTC");
}

std::string choicesCount(std::size_t count) {
    return std::to_string(count).append(count == 1 ? " choice" : " choices");
}

ClassRecord classRecordOf(const ClassDebrief& d, const Scenario& scenario) {
    ClassRecord c;
    c.scenario = scenario.id;
    c.version = scenario.version;
    c.organisation = scenario.organisation;
    c.mode = std::string(toString(d.mode));
    for (const Team& t : d.teams)
        c.teams.push_back(t.name);
    c.ending = d.ending;
    c.grade = d.debrief.grade;
    c.percent = d.debrief.percent;
    for (const Decision& decision : d.decisions) {
        ClassVoteRecord v;
        v.step = decision.step;
        v.node = decision.node;
        for (const Option& o : decision.options)
            v.options.push_back(o.choice);
        v.votes = decision.allVotes(); // hands and phones together, as the reveal counted them
        if (decision.team) v.team = static_cast<int>(*decision.team);
        v.taken = decision.taken ? static_cast<int>(*decision.taken) : -1;
        v.settled = std::string(toString(decision.settled));
        c.decisions.push_back(std::move(v));
    }
    return c;
}

void recordOutcome(AttemptRecord& record, const Session& session, const Debrief& debrief) {
    record.ending = session.node().id;
    record.endingKind = session.node().endingKind;
    record.grade = debrief.grade;
    record.percent = debrief.percent;
    record.points = debrief.points;
    record.best = debrief.best;
    record.principles.clear();
    for (const Finding& f : debrief.findings)
        record.principles.push_back({f.principle, f.kind, f.status, f.title, f.source});
}

void recordEvidence(ChoiceRecord& record, const Session& session, int step) {
    record.credited.clear();
    record.breached.clear();
    for (const Evidence& e : session.evidence()) {
        if (e.step != step || e.choice.empty()) continue;
        (e.kind == EvidenceKind::Credit ? record.credited : record.breached).push_back(e.principle);
    }
}

} // namespace frontline
