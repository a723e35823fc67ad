#include "progress.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace frontline {

namespace {

std::vector<BreachCount> breachesIn(const std::vector<const AttemptRecord*>& finished) {
    std::map<std::string, BreachCount> counts;
    for (const AttemptRecord* r : finished)
        for (const PrincipleResult& p : r->principles) {
            if (p.status != Status::Breached && p.status != Status::PutRight) continue;
            BreachCount& c = counts[p.principle];
            c.principle = p.principle;
            c.title = p.title;
            c.source = p.source;
            c.kind = p.kind;
            ++c.attempts;
        }
    std::vector<BreachCount> sorted;
    for (auto& [id, c] : counts)
        sorted.push_back(std::move(c));
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.attempts != b.attempts ? a.attempts > b.attempts : a.title < b.title;
    });
    return sorted;
}

std::vector<const AttemptRecord*> finishedOf(const std::vector<AttemptRecord>& attempts) {
    std::vector<const AttemptRecord*> finished;
    for (const AttemptRecord& r : attempts)
        if (r.isFinished()) finished.push_back(&r);
    std::stable_sort(finished.begin(), finished.end(),
                     [](const auto* a, const auto* b) { return a->finished < b->finished; });
    return finished;
}

} // namespace

Progress progressOf(const std::vector<AttemptRecord>& attempts,
                    const std::vector<std::string>& scenarios) {
    Progress p;
    const auto finished = finishedOf(attempts);
    for (const AttemptRecord* r : finished)
        p.points.push_back(
            {r->id, r->finished, r->scenario, r->title, r->mode, r->grade, r->percent});
    p.breaches = breachesIn(finished);
    std::set<std::string> tried;
    for (const AttemptRecord& r : attempts) {
        tried.insert(r.scenario);
        if (!r.isFinished() && !r.abandoned) ++p.unfinished;
    }
    for (const std::string& id : scenarios)
        if (!tried.count(id)) p.notTried.push_back(id);
    return p;
}

std::vector<LearnerRow> classProgress(const std::vector<AttemptRecord>& attempts) {
    std::map<std::string, std::vector<AttemptRecord>> byLearner;
    for (const AttemptRecord& r : attempts)
        byLearner[r.learner].push_back(r);
    std::vector<LearnerRow> rows;
    for (const auto& [name, theirs] : byLearner) {
        LearnerRow row;
        row.name = name;
        row.attempts = static_cast<int>(theirs.size());
        const auto finished = finishedOf(theirs);
        row.finished = static_cast<int>(finished.size());
        int total = 0;
        for (const AttemptRecord* r : finished)
            total += r->percent;
        if (!finished.empty()) {
            row.averagePercent = (total + row.finished / 2) / row.finished;
            row.latestPercent = finished.back()->percent;
        }
        for (const AttemptRecord& r : theirs)
            row.lastActive = std::max(row.lastActive, r.started);
        const auto breaches = breachesIn(finished);
        if (!breaches.empty()) row.mostBreached = breaches.front().title;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace frontline
