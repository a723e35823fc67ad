// The grade scale, best first. Rubric entries and endings may cap a grade, so the scale is shared
// by the rubric, the scenario model and the score.
#pragma once

#include <optional>
#include <string_view>

namespace frontline {

enum class Grade { Distinction, Merit, Pass, Refer };
std::string_view toString(Grade grade);
std::optional<Grade> gradeFrom(std::string_view name);
Grade gradeFor(int percent); // the band alone, before caps and critical breaches

// The lower of a grade and a cap ("Pass at best").
constexpr Grade atMost(Grade grade, Grade cap) {
    return static_cast<int>(grade) > static_cast<int>(cap) ? grade : cap;
}
constexpr bool below(Grade a, Grade b) {
    return static_cast<int>(a) > static_cast<int>(b);
}

// A cap an author may write: Merit, Pass or Refer (a Distinction cap would cap nothing).
std::optional<Grade> capFrom(std::string_view name);

} // namespace frontline
