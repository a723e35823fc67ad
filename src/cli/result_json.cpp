#include "result_json.hpp"

namespace frontline::cli {

nlohmann::ordered_json toJson(const Session& session) {
    const Scenario& scenario = session.scenario();
    nlohmann::ordered_json j;
    j["scenario"] = scenario.id;
    j["title"] = scenario.title;
    j["seed"] = session.seed();
    j["mode"] = session.mode() == Mode::Practice ? "practice" : "assessment";
    j["finished"] = session.finished();
    if (session.finished()) {
        const Node& end = session.node();
        j["ending"] = {{"id", end.id},
                       {"kind", std::string(toString(end.endingKind))},
                       {"summary", session.summary()}};
    } else {
        j["ending"] = nullptr;
        j["node"] = session.node().id;
    }
    j["mood"] = session.state().mood;
    j["minutes"] = session.state().minutes;
    j["choice_ids"] = session.choiceIds();

    auto& steps = j["steps"] = nlohmann::ordered_json::array();
    int number = 0;
    for (const Step& step : session.steps()) {
        nlohmann::ordered_json item{{"step", ++number},
                                    {"node", step.node},
                                    {"choice", step.choice},
                                    {"text", step.text},
                                    {"mood_before", step.moodBefore},
                                    {"mood_after", step.moodAfter}};
        if (session.mode() == Mode::Practice && !step.why.empty())
            item["why"] = step.why; // feedback is practice-only
        steps.push_back(std::move(item));
    }

    auto& transcript = j["transcript"] = nlohmann::ordered_json::array();
    for (const Line& line : session.transcript()) {
        nlohmann::ordered_json l{{"speaker", std::string(toString(line.speaker))},
                                 {"text", line.text},
                                 {"node", line.node}};
        if (!line.choice.empty()) l["choice"] = line.choice;
        transcript.push_back(std::move(l));
    }

    auto& evidence = j["evidence"] = nlohmann::ordered_json::array();
    for (const Evidence& e : session.evidence()) {
        nlohmann::ordered_json item{{"principle", e.principle},
                                    {"kind", std::string(toString(e.kind))},
                                    {"step", e.step},
                                    {"node", e.node}};
        if (!e.choice.empty()) item["choice"] = e.choice;
        evidence.push_back(std::move(item));
    }
    auto& vars = j["variables"] = nlohmann::ordered_json::object();
    for (const auto& [name, value] : session.state().vars)
        std::visit([&](const auto& v) { vars[name] = v; }, value);
    return j;
}

nlohmann::ordered_json toJson(const Exploration& found) {
    nlohmann::ordered_json j;
    j["states"] = found.states;
    j["budget_hit"] = found.budgetHit;
    j["endings"] = found.endings;
    j["unreached"] = found.unreached;
    j["dead_ends"] = found.deadEnds;
    j["trapped"] = found.trapped;
    auto path = [&](const std::optional<PathResult>& p) -> nlohmann::ordered_json {
        if (!p) return nullptr;
        return {{"ending", p->ending},
                {"grade", std::string(toString(found.gradeOf(p->points)))},
                {"percent", percentOf(p->points.points, found.bestPoints())},
                {"points", p->points.points},
                {"choices", p->choices}};
    };
    j["best"] = path(found.best);
    j["worst"] = path(found.worst);
    j["creditable"] = found.creditable;
    j["breachable"] = found.breachable;
    // Calibration (explored with `calibrate`): per principle, the best and worst route breaching
    // it; per ending, the best route to it. Null where no route qualifies.
    if (!found.worstWhenBreached.empty() || !found.bestAtEnding.empty()) {
        auto& breached = j["when_breached"] = nlohmann::ordered_json::object();
        for (const std::string& id : found.breachable) {
            const auto best = found.bestWhenBreached.find(id);
            const auto worst = found.worstWhenBreached.find(id);
            breached[id] = {
                {"best", best == found.bestWhenBreached.end() ? nullptr : path(best->second)},
                {"worst", worst == found.worstWhenBreached.end() ? nullptr : path(worst->second)}};
        }
        auto& endings = j["best_at_ending"] = nlohmann::ordered_json::object();
        for (const auto& [ending, route] : found.bestAtEnding)
            endings[ending] = path(route);
    }
    auto& errors = j["errors"] = nlohmann::ordered_json::array();
    for (const auto& e : found.errors)
        errors.push_back(format(e));
    return j;
}

} // namespace frontline::cli
