#include "best_grades.hpp"

#include "files.hpp"
#include "report/json_text.hpp"

#include <nlohmann/json.hpp>

namespace frontline::app {

namespace {

// Distinction is declared first, so a smaller enum value is a better grade.
bool beats(BestResult a, BestResult b) {
    if (a.grade != b.grade) return static_cast<int>(a.grade) < static_cast<int>(b.grade);
    return a.percent > b.percent;
}

std::optional<Grade> gradeNamed(const std::string& name) {
    for (auto g : {Grade::Distinction, Grade::Merit, Grade::Pass, Grade::Refer})
        if (toString(g) == name) return g;
    return std::nullopt;
}

} // namespace

bool BestGrades::record(const std::string& scenarioId, BestResult result) {
    auto [it, inserted] = m_best.try_emplace(scenarioId, result);
    if (inserted) return true;
    if (!beats(result, it->second)) return false;
    it->second = result;
    return true;
}

std::optional<BestResult> BestGrades::find(const std::string& scenarioId) const {
    const auto it = m_best.find(scenarioId);
    if (it == m_best.end()) return std::nullopt;
    return it->second;
}

std::string BestGrades::toJson() const {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& [id, best] : m_best)
        j[id] = {{"grade", std::string(frontline::toString(best.grade))},
                 {"percent", best.percent}};
    return report::jsonText(j, 2) + "\n";
}

BestGrades BestGrades::fromJson(const std::string& text, std::string& problem) {
    BestGrades out;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problem = "the best-grades file is not a JSON object; starting afresh";
        return out;
    }
    for (const auto& [id, entry] : j.items()) {
        if (!entry.is_object() || !entry.contains("grade") || !entry["grade"].is_string() ||
            !entry.contains("percent") || !entry["percent"].is_number_integer())
            continue;
        if (auto grade = gradeNamed(entry["grade"].get<std::string>()))
            out.m_best[id] = {*grade, entry["percent"].get<int>()};
    }
    return out;
}

std::string defaultBestGradesPath() {
    return (dataFolder() / "best-grades.json").string();
}

BestGrades loadBestGrades(const std::string& path, std::string& problem) {
    const auto text = readSmallFile(path, problem);
    if (!text) return {};
    return BestGrades::fromJson(*text, problem);
}

bool saveBestGrades(const std::string& path, const BestGrades& grades, std::string& problem) {
    return writeFileAtomically(path, grades.toJson(), problem);
}

} // namespace frontline::app
