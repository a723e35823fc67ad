#include "score.hpp"

#include "names.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace frontline {

namespace {

constexpr NameTable<Grade, 4> kGradeNames{{
    {Grade::Distinction, "Distinction"},
    {Grade::Merit, "Merit"},
    {Grade::Pass, "Pass"},
    {Grade::Refer, "Refer"},
}};

constexpr std::array<PrincipleKind, 3> kKindOrder{PrincipleKind::Law, PrincipleKind::Policy,
                                                  PrincipleKind::Principle};

std::string quoted(const std::string& text) {
    return "\"" + text + "\"";
}

// "At step 3 you said: "..."" for a choice; the ending's summary for an ending.
std::string whatHappened(const Session& session, const Evidence& e) {
    if (e.choice.empty()) return "The conversation ended this way: " + session.summary();
    const auto& steps = session.steps();
    const std::string said = e.step >= 1 && static_cast<std::size_t>(e.step) <= steps.size()
                                 ? steps[static_cast<std::size_t>(e.step) - 1].text
                                 : e.choice;
    return "At step " + std::to_string(e.step) + " you said: " + quoted(said);
}

const Evidence* firstOf(const Session& session, const std::string& id, EvidenceKind kind) {
    for (const Evidence& e : session.evidence())
        if (e.principle == id && e.kind == kind) return &e;
    return nullptr;
}

std::string pointFor(const Session& session, const std::string& id, Status status) {
    switch (status) {
    case Status::Demonstrated:
        return whatHappened(session, *firstOf(session, id, EvidenceKind::Credit));
    case Status::Breached:
        return whatHappened(session, *firstOf(session, id, EvidenceKind::Breach));
    case Status::Mixed:
        return whatHappened(session, *firstOf(session, id, EvidenceKind::Credit)) +
               ", which shows it, but " +
               [&] {
                   std::string later =
                       whatHappened(session, *firstOf(session, id, EvidenceKind::Breach));
                   later[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(later[0])));
                   return later;
               }() +
               ", which breaks it.";
    case Status::NotMet:
        return "You did not show this: the best path does.";
    }
    return {};
}

std::string explainFor(const Principle& p, Status status) {
    const std::string consequence = "When it is ignored, the customer: " + p.consequenceCustomer +
                                    " The business: " + p.consequenceBusiness;
    switch (status) {
    case Status::Demonstrated:
        return "You avoided this. " + consequence;
    case Status::NotMet:
        return "Showing it next time avoids this. " + consequence;
    default:
        return "This is what your choice risked. " + consequence;
    }
}

} // namespace

std::string_view toString(Grade grade) {
    return nameIn(kGradeNames, grade);
}

std::optional<Grade> gradeFrom(std::string_view name) {
    return valueIn(kGradeNames, name);
}

Grade gradeFor(int percent) {
    if (percent >= 85) return Grade::Distinction;
    if (percent >= 70) return Grade::Merit;
    if (percent >= 50) return Grade::Pass;
    return Grade::Refer;
}

std::string_view toString(Status status) {
    switch (status) {
    case Status::Demonstrated:
        return "demonstrated";
    case Status::Breached:
        return "breached";
    case Status::Mixed:
        return "mixed";
    case Status::NotMet:
        return "not met";
    }
    return "not met";
}

std::optional<Status> statusFrom(std::string_view name) {
    for (const Status s : {Status::Demonstrated, Status::Breached, Status::Mixed, Status::NotMet})
        if (toString(s) == name) return s;
    return std::nullopt;
}

void Tally::add(const Evidence& e) {
    auto [it, fresh] = m_marks.try_emplace(e.principle);
    if (fresh) m_order.push_back(e.principle);
    (e.kind == EvidenceKind::Credit ? it->second.credited : it->second.breached) = true;
}

void Tally::add(const std::vector<Evidence>& evidence) {
    for (const auto& e : evidence)
        add(e);
}

Status Tally::status(const std::string& id) const {
    auto it = m_marks.find(id);
    if (it == m_marks.end()) return Status::NotMet;
    const auto& m = it->second;
    if (m.credited && m.breached) return Status::Mixed;
    return m.credited ? Status::Demonstrated : Status::Breached;
}

Points pointsFor(const Tally& tally, const Rubric& rubric, const std::string& organisation) {
    Points out;
    for (const std::string& id : tally.ids()) {
        const Principle* p = rubric.find(id, organisation);
        const Status status = tally.status(id);
        out.anyBreach = out.anyBreach || status == Status::Breached || status == Status::Mixed;
        if (p == nullptr) continue;
        if (status == Status::Demonstrated) {
            out.points += p->weight;
            out.credited += p->weight;
        } else if (status == Status::Breached) {
            out.points -= p->weight;
        }
        if (p->critical && (status == Status::Breached || status == Status::Mixed))
            out.criticalBreaches.push_back(id);
    }
    return out;
}

int percentOf(int points, int best) {
    if (best <= 0) return points >= 0 ? 100 : 0;
    const double share = 100.0 * std::max(points, 0) / best;
    return std::clamp(static_cast<int>(std::lround(share)), 0, 100);
}

Debrief debrief(const Session& session, const Rubric& rubric, const Tally& bestTally,
                int bestPoints) {
    const std::string& org = session.scenario().organisation;
    Tally tally;
    tally.add(session.evidence());
    const Points points = pointsFor(tally, rubric, org);

    Debrief d;
    d.points = points.points;
    d.best = bestPoints;
    d.percent = percentOf(points.points, bestPoints);
    d.grade = gradeFor(d.percent);
    d.reason = std::to_string(d.percent) + "% of the best achievable (" +
               std::to_string(std::max(points.points, 0)) + " of " + std::to_string(bestPoints) +
               " points): " + std::string(toString(d.grade)) + ".";
    if (!points.criticalBreaches.empty()) {
        d.grade = Grade::Refer;
        const Principle* p = rubric.find(points.criticalBreaches.front(), org);
        d.reason =
            "Refer: \"" + p->title + "\" (" + p->source +
            ") is a critical rule, and breaking it once fails the attempt whatever the score (" +
            std::to_string(d.percent) + "%).";
    }

    // Everything the learner touched, then what the best path shows that they left out.
    std::vector<std::string> ids = tally.ids();
    for (const std::string& id : bestTally.ids())
        if (bestTally.status(id) == Status::Demonstrated &&
            std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);

    for (PrincipleKind kind : kKindOrder) {
        Subtotal subtotal{kind, 0, 0};
        for (const std::string& id : ids) {
            const Principle* p = rubric.find(id, org);
            if (p == nullptr || p->kind != kind) continue;
            const Status status = tally.status(id);
            if (status == Status::Demonstrated) subtotal.points += p->weight;
            if (status == Status::Breached) subtotal.points -= p->weight;
            if (bestTally.status(id) == Status::Demonstrated) subtotal.possible += p->weight;
            d.findings.push_back({id, kind, status, p->title, p->source, p->weight, p->critical,
                                  pointFor(session, id, status),
                                  p->title + ": " + p->requirement + " (" + p->source + ")",
                                  explainFor(*p, status)});
        }
        d.subtotals.push_back(subtotal);
    }
    for (const std::string& id : tally.ids())
        if (rubric.find(id, org) == nullptr) d.unknownIds.push_back(id);
    return d;
}

} // namespace frontline
