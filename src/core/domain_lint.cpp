#include "domain_lint.hpp"

#include "lint.hpp"

#include <set>
#include <string>

namespace frontline {

namespace {

SourceRef whereIs(const Scenario& s, const std::string& nodeId) {
    const Node* node = s.find(nodeId);
    return node != nullptr ? node->where : s.where;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out.append(out.empty() ? "" : " -> ").append(id);
    return out;
}

} // namespace

std::vector<Diagnostic> walkProblems(const Scenario& s, const Exploration& found) {
    std::vector<Diagnostic> out;
    if (!found.stopped.empty())
        out.push_back(errorAt(s.where, "the explorer stopped after " +
                                           std::to_string(found.states) +
                                           " states: " + found.stopped));
    else if (found.budgetHit)
        out.push_back(errorAt(s.where, "the explorer hit its state budget after " +
                                           std::to_string(found.states) + " states"));
    for (std::size_t i = 0; i < found.errors.size(); ++i) {
        Diagnostic d = found.errors[i];
        const std::size_t times = i < found.errorTimes.size() ? found.errorTimes[i] : 1;
        if (times > 1) d.message += " (on " + std::to_string(times) + " routes)";
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Diagnostic> explorationProblems(const Scenario& s, const Exploration& found) {
    std::vector<Diagnostic> out = walkProblems(s, found);
    // A node can be a dead end on several routes: one message each.
    for (const std::string& id :
         std::set<std::string>(found.deadEnds.begin(), found.deadEnds.end()))
        out.push_back(errorAt(whereIs(s, id), "dead end at node '" + id + "': no choice on offer"));
    for (const std::string& id : std::set<std::string>(found.trapped.begin(), found.trapped.end()))
        out.push_back(errorAt(whereIs(s, id), "loop with no way out at node '" + id + "'"));
    // What no `go` leads to is said in lint's words, so where both are listed (the author
    // screen), sorting keeps one; what a `go` leads to but no route reaches (a `when` that never
    // holds) only play can tell.
    const std::set<std::string> unlinked = unlinkedNodes(s);
    for (const std::string& id : found.unreached) {
        const Node* node = s.find(id);
        out.push_back(errorAt(whereIs(s, id), node != nullptr && unlinked.count(id)
                                                  ? unlinkedMessage(*node)
                                                  : "'" + id + "' is never reached"));
    }
    if (!found.best) out.push_back(errorAt(s.where, "no path reaches an ending"));
    return out;
}

std::vector<Diagnostic> bestPathProblems(const Scenario& s, const Exploration& found,
                                         const Rubric& rubric) {
    std::vector<Diagnostic> out;
    if (!found.best || found.budgetHit) return out; // nothing sure to judge
    const PathResult& best = *found.best;
    const std::string path = " (best path: " + joined(best.choices) + ")";
    for (const std::string& id : best.points.criticalBreaches)
        out.push_back(errorAt(s.where, "the best path breaches '" + id +
                                           "', a critical principle, so even the best play "
                                           "grades Refer: give the learner a way to keep it" +
                                           path));
    const Grade grade = found.gradeOf(best.points);
    if (best.points.criticalBreaches.empty() && grade != Grade::Distinction)
        out.push_back(errorAt(s.where, "the best path grades " + std::string(toString(grade)) +
                                           ", not Distinction: the best a learner can do must "
                                           "earn the top grade" +
                                           path));
    for (const std::string& id : best.tally.ids()) {
        const Status status = best.tally.status(id);
        if (status != Status::Breached && status != Status::PutRight) continue;
        const Principle* p = rubric.find(id, s.organisation);
        if (p != nullptr && p->critical) continue; // said above
        out.push_back(
            warningAt(s.where, "the route with the most points breaches '" + id + "'" +
                                   (status == Status::PutRight ? " (and puts it right)" : "") +
                                   ": a learner who keeps that rule cannot reach 100%, "
                                   "so give the clean route as much to show" +
                                   path));
    }
    if (!found.safe)
        for (const std::string& node : found.forcedCritical)
            out.push_back(
                errorAt(whereIs(s, node), "every route breaches a critical principle at '" + node +
                                              "': give the learner a choice that keeps the rule"));
    return out;
}

} // namespace frontline
