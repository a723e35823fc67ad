#include "score.hpp"

#include "names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace frontline {

namespace {

constexpr NameTable<Grade, 4> kGradeNames{{
    {Grade::Distinction, "Distinction"},
    {Grade::Merit, "Merit"},
    {Grade::Pass, "Pass"},
    {Grade::Refer, "Refer"},
}};

constexpr NameTable<Status, 4> kStatusNames{{
    {Status::Demonstrated, "demonstrated"},
    {Status::Breached, "breached"},
    {Status::PutRight, "put right"},
    {Status::NotMet, "not met"},
}};

constexpr std::array<PrincipleKind, 3> kKindOrder{PrincipleKind::Law, PrincipleKind::Policy,
                                                  PrincipleKind::Principle};

std::string quoted(const std::string& text) {
    return "\"" + text + "\"";
}

// What the learner said at a step, or the ending's summary for an ending's evidence.
std::string saidAt(const Session& session, const Evidence& e) {
    if (e.choice.empty()) return session.summary();
    const auto& steps = session.steps();
    return e.step >= 1 && static_cast<std::size_t>(e.step) <= steps.size()
               ? steps[static_cast<std::size_t>(e.step) - 1].text
               : e.choice;
}

// "At step 3 you said: "..."" for a choice; the ending's summary for an ending.
std::string whatHappened(const Session& session, const Evidence& e) {
    if (e.choice.empty()) return "The conversation ended this way: " + session.summary();
    return "At step " + std::to_string(e.step) + " you said: " + quoted(saidAt(session, e));
}

const Evidence* firstOf(const Session& session, const std::string& id, EvidenceKind kind) {
    for (const Evidence& e : session.evidence())
        if (e.principle == id && e.kind == kind) return &e;
    return nullptr;
}

const Evidence* lastOf(const Session& session, const std::string& id, EvidenceKind kind) {
    const auto& all = session.evidence();
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->principle == id && it->kind == kind) return &*it;
    return nullptr;
}

std::string lowerFirst(std::string text) {
    if (!text.empty())
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

std::string pointFor(const Session& session, const std::string& id, Status status) {
    switch (status) {
    case Status::Demonstrated:
        return whatHappened(session, *firstOf(session, id, EvidenceKind::Credit));
    case Status::Breached:
        return whatHappened(session, *lastOf(session, id, EvidenceKind::Breach));
    case Status::PutRight:
        return whatHappened(session, *lastOf(session, id, EvidenceKind::Breach)) +
               ", which breaks it; " +
               lowerFirst(whatHappened(session, *lastOf(session, id, EvidenceKind::Credit))) +
               ", which puts it right.";
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
    case Status::PutRight:
        return "You put it right, which limits the harm, but the mistake still counts. " +
               consequence;
    default:
        return "This is what your choice risked. " + consequence;
    }
}

// Lowers `cap` to `candidate` when that is lower, keeping the reason of the lowest.
void lowerCap(Points& out, Grade candidate, std::string reason) {
    if (out.cap && !below(candidate, *out.cap)) return;
    out.cap = candidate;
    out.capReason = std::move(reason);
}

// The best route's first step at `node`, as a 1-based step number (0: never there).
int bestStepAt(const Session& best, const std::string& node) {
    const auto& steps = best.steps();
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].node == node) return static_cast<int>(i) + 1;
    return 0;
}

// The better line for a breach at `step` of the learner's route: the best route's choice at the
// same node, or else at the nearest earlier node both routes pass through. Where the best route
// said the very same thing (it breaks the rule too), there is no better line to offer.
void betterLine(const Session& session, const Session& best, WorkOn& item) {
    const auto& steps = session.steps();
    for (int at = std::min<int>(item.step, static_cast<int>(steps.size())); at >= 1; --at) {
        const Step& mine = steps[static_cast<std::size_t>(at) - 1];
        const int found = bestStepAt(best, mine.node);
        if (found == 0) continue;
        if (best.steps()[static_cast<std::size_t>(found) - 1].choice == mine.choice) return;
        item.betterStep = found;
        item.better = best.steps()[static_cast<std::size_t>(found) - 1].text;
        item.sameNode = at == item.step;
        return;
    }
}

std::vector<WorkOn> workOnFor(const Session& session, const Rubric& rubric, const Tally& tally,
                              const Session* best) {
    const std::string& org = session.scenario().organisation;
    std::vector<WorkOn> out;
    for (const std::string& id : tally.ids()) {
        const Status status = tally.status(id);
        if (status != Status::Breached && status != Status::PutRight) continue;
        const Principle* p = rubric.find(id, org);
        if (p == nullptr) continue;
        const Evidence& e = *lastOf(session, id, EvidenceKind::Breach);
        WorkOn item;
        item.principle = id;
        item.kind = p->kind;
        item.status = status;
        item.title = p->title;
        item.source = p->source;
        item.critical = p->critical;
        if (status == Status::Breached) item.cap = p->capWhenBreached();
        item.step = e.step;
        item.said = saidAt(session, e);
        item.atEnding = e.choice.empty();
        item.points = pointsOf(status, p->weight);
        if (best != nullptr && !e.choice.empty()) betterLine(session, *best, item);
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const WorkOn& a, const WorkOn& b) { return a.step < b.step; });
    return out;
}

// Where the best route shows a principle the learner missed.
void whereBestShows(const Session& best, const std::string& id, Finding& finding) {
    for (const Evidence& e : best.evidence()) {
        if (e.principle != id || e.kind != EvidenceKind::Credit) continue;
        finding.bestStep = e.choice.empty() ? 0 : e.step;
        finding.bestLine = saidAt(best, e);
        finding.point = e.choice.empty()
                            ? "You did not show this: the best path shows it by how it ends."
                            : "You did not show this: the best path does at step " +
                                  std::to_string(e.step) + ", saying " + quoted(finding.bestLine) +
                                  ".";
        return;
    }
}

} // namespace

std::string_view toString(Grade grade) {
    return nameIn(kGradeNames, grade);
}

std::optional<Grade> gradeFrom(std::string_view name) {
    return valueIn(kGradeNames, name);
}

std::optional<Grade> capFrom(std::string_view name) {
    const auto grade = gradeFrom(name);
    if (!grade || *grade == Grade::Distinction) return std::nullopt;
    return grade;
}

Grade gradeFor(int percent) {
    if (percent >= 85) return Grade::Distinction;
    if (percent >= 70) return Grade::Merit;
    if (percent >= 50) return Grade::Pass;
    return Grade::Refer;
}

std::string_view toString(Status status) {
    return nameIn(kStatusNames, status);
}

std::optional<Status> statusFrom(std::string_view name) {
    if (name == "mixed") return Status::PutRight; // records written before "put right"
    return valueIn(kStatusNames, name);
}

int pointsOf(Status status, int weight) {
    switch (status) {
    case Status::Demonstrated:
        return kPointsPerWeight * weight;
    case Status::PutRight:
        return -weight;
    case Status::Breached:
        return -kPointsPerWeight * weight;
    case Status::NotMet:
        return 0;
    }
    return 0;
}

void Tally::add(const Evidence& e) {
    auto [it, fresh] = m_marks.try_emplace(e.principle);
    if (fresh) m_order.push_back(e.principle);
    Marks& m = it->second;
    if (e.kind == EvidenceKind::Credit) {
        m.credited = true;
        m.open = false;
    } else {
        m.breached = true;
        m.open = true;
    }
}

void Tally::add(const std::vector<Evidence>& evidence) {
    for (const auto& e : evidence)
        add(e);
}

Status Tally::status(const std::string& id) const {
    auto it = m_marks.find(id);
    if (it == m_marks.end()) return Status::NotMet;
    const Marks& m = it->second;
    if (!m.breached) return Status::Demonstrated;
    return m.open ? Status::Breached : Status::PutRight;
}

bool Tally::everBreached(const std::string& id) const {
    auto it = m_marks.find(id);
    return it != m_marks.end() && it->second.breached;
}

Points pointsFor(const Tally& tally, const Rubric& rubric, const std::string& organisation,
                 std::optional<Grade> endingCap, const std::string& endingTitle) {
    Points out;
    for (const std::string& id : tally.ids()) {
        const Status status = tally.status(id);
        out.anyBreach = out.anyBreach || tally.everBreached(id);
        const Principle* p = rubric.find(id, organisation);
        if (p == nullptr) continue;
        out.points += pointsOf(status, p->weight);
        if (p->critical && tally.everBreached(id)) out.criticalBreaches.push_back(id);
        if (status == Status::Breached)
            if (auto cap = p->capWhenBreached())
                lowerCap(out, *cap,
                         "\"" + p->title + "\" (" + p->source +
                             ") was breached and never put right, which limits the grade to " +
                             std::string(toString(*cap)) + " at best.");
    }
    if (endingCap)
        lowerCap(out, *endingCap,
                 "the conversation ended " + (endingTitle.empty() ? "this way" : endingTitle) +
                     ", which limits the grade to " + std::string(toString(*endingCap)) +
                     " at best.");
    return out;
}

namespace {

// How the conversation ended, for a learner: the ending's own summary where it is plain text,
// else what kind of ending it was; never the author's id for it.
std::string endedAs(const Node& end) {
    std::string words;
    if (!end.summary.isFunction() && !end.summary.blank()) {
        words = "with \"";
        words += end.summary.literal;
        words += '"';
        return words;
    }
    std::string kind(endingTitle(end.endingKind));
    if (!kind.empty())
        kind[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kind[0])));
    words = "this way (";
    words += kind;
    words += ')';
    return words;
}

} // namespace

Points pointsAt(const Tally& tally, const Rubric& rubric, const Scenario& scenario,
                const Node* end) {
    if (end == nullptr) return pointsFor(tally, rubric, scenario.organisation);
    return pointsFor(tally, rubric, scenario.organisation, end->endingCap(),
                     end->endingKind == EndingKind::Lost ? std::string("with the customer lost")
                                                         : endedAs(*end));
}

Points pointsOf(const Session& session, const Rubric& rubric) {
    Tally tally;
    tally.add(session.evidence());
    return pointsAt(tally, rubric, session.scenario(), &session.node());
}

int percentOf(int points, int best) {
    // Nothing to earn and nothing lost is all there was to do; a best below zero earns nothing.
    if (best <= 0) return best == 0 && points == 0 ? 100 : 0;
    return static_cast<int>(std::lround(100.0 * std::max(points, 0) / best));
}

Grade gradeOf(const Points& points, int best) {
    if (!points.criticalBreaches.empty()) return Grade::Refer;
    const Grade band = gradeFor(percentOf(points.points, best));
    return points.cap ? atMost(band, *points.cap) : band;
}

Debrief debrief(const Session& session, const Rubric& rubric, const Session* best, int bestPoints) {
    const std::string& org = session.scenario().organisation;
    Tally tally;
    tally.add(session.evidence());
    const Points points = pointsAt(tally, rubric, session.scenario(), &session.node());
    Tally bestTally;
    if (best != nullptr) bestTally.add(best->evidence());

    Debrief d;
    d.points = points.points;
    d.best = bestPoints;
    d.percent = percentOf(points.points, bestPoints);
    const Grade band = gradeFor(d.percent);
    d.grade = gradeOf(points, bestPoints);
    d.reason = std::to_string(d.percent) + "% of the best achievable (" +
               std::to_string(points.points) + " of " + std::to_string(bestPoints) +
               " points): " + std::string(toString(band)) + ".";
    if (!points.criticalBreaches.empty()) {
        const Principle* p = rubric.find(points.criticalBreaches.front(), org);
        d.reason =
            "Refer: \"" + p->title + "\" (" + p->source +
            ") is a critical rule, and breaking it once fails the attempt whatever the score (" +
            std::to_string(d.percent) + "%).";
    } else if (d.grade != band) {
        d.cap = points.cap;
        d.reason = std::to_string(d.percent) + "% of the best achievable (" +
                   std::to_string(points.points) + " of " + std::to_string(bestPoints) +
                   " points) would be " + std::string(toString(band)) + ", but " + points.capReason;
    }
    d.workOn = workOnFor(session, rubric, tally, best);

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
            const int gained = pointsOf(status, p->weight);
            subtotal.points += gained;
            subtotal.possible += pointsOf(bestTally.status(id), p->weight);
            Finding f{id,
                      kind,
                      status,
                      p->title,
                      p->source,
                      p->weight,
                      p->critical,
                      gained,
                      0,
                      {},
                      pointFor(session, id, status),
                      p->title + ": " + p->requirement + " (" + p->source + ")",
                      explainFor(*p, status)};
            if (status == Status::NotMet && best != nullptr) whereBestShows(*best, id, f);
            d.findings.push_back(std::move(f));
        }
        d.subtotals.push_back(subtotal);
    }
    for (const std::string& id : tally.ids())
        if (rubric.find(id, org) == nullptr) d.unknownIds.push_back(id);
    return d;
}

} // namespace frontline
