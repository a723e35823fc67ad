#include "expectations.hpp"

#include <algorithm>

namespace frontline {

namespace {

std::string gradeText(const Exploration& found, const PathResult& path) {
    const int percent = percentOf(path.points.points, found.bestPoints());
    return std::string(toString(found.gradeOf(path.points))) + " (" + std::to_string(percent) +
           "%)";
}

std::string pathText(const PathResult& path) {
    std::string out;
    for (const auto& id : path.choices)
        out += (out.empty() ? "" : ",") + id;
    return out;
}

} // namespace

std::vector<Diagnostic> checkExpectations(const Scenario& scenario, const Exploration& found) {
    std::vector<Diagnostic> out;
    auto fail = [&](const Expectation& e, const std::string& message) {
        out.push_back(errorAt(e.where, message));
    };
    for (const Expectation& e : scenario.expectations) {
        using Kind = Expectation::Kind;
        switch (e.kind) {
        case Kind::BestGrade:
        case Kind::WorstGrade: {
            const bool best = e.kind == Kind::BestGrade;
            const auto& path = best ? found.best : found.worst;
            if (!path) {
                fail(e, "no path reaches an ending");
                break;
            }
            if (toString(found.gradeOf(path->points)) != e.value)
                fail(e, std::string(best ? "the best" : "the worst") + " path grades " +
                            gradeText(found, *path) + ", not " + e.value + ": " + pathText(*path));
            break;
        }
        case Kind::BestEnding:
            if (!found.best || found.best->ending != e.value)
                fail(e, "the best path ends at '" +
                            (found.best ? found.best->ending : std::string("nothing")) +
                            "', not '" + e.value + "'");
            break;
        case Kind::Reachable:
            if (scenario.find(e.value) == nullptr)
                fail(e, "'" + e.value + "' is not a node or ending");
            else if (std::find(found.unreached.begin(), found.unreached.end(), e.value) !=
                     found.unreached.end())
                fail(e, "'" + e.value + "' is never reached");
            break;
        case Kind::Breaching: {
            auto it = found.bestWhenBreached.find(e.value);
            if (it == found.bestWhenBreached.end()) {
                fail(e, "no path that reaches an ending breaches '" + e.value + "'");
                break;
            }
            // The most lenient grade any breaching path gets; Refer when all are critical.
            const std::string lenient =
                it->second ? std::string(toString(found.gradeOf(it->second->points))) : "Refer";
            if (lenient != e.grade)
                fail(e, "a path that breaches '" + e.value + "' grades " + lenient + ", not " +
                            e.grade);
            break;
        }
        }
    }
    return out;
}

} // namespace frontline
