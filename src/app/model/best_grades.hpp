// The best grade each scenario has had on this machine, for the library's cards. A small JSON
// file in the XDG data folder until the learner records (SQLite) take over.
#pragma once

#include "core/score.hpp"

#include <map>
#include <optional>
#include <string>

namespace frontline::app {

struct BestResult {
    Grade grade = Grade::Refer;
    int percent = 0;
};

class BestGrades {
  public:
    // True when this result beats the one kept (a better grade, or the same grade higher).
    bool record(const std::string& scenarioId, BestResult result);
    std::optional<BestResult> find(const std::string& scenarioId) const;

    std::string toJson() const;
    static BestGrades fromJson(const std::string& text, std::string& problem);

  private:
    std::map<std::string, BestResult> m_best;
};

std::string defaultBestGradesPath(); // $XDG_DATA_HOME/frontline/best-grades.json
BestGrades loadBestGrades(const std::string& path, std::string& problem);
bool saveBestGrades(const std::string& path, const BestGrades& grades, std::string& problem);

} // namespace frontline::app
