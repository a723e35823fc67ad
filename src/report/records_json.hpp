// The learner records as JSON: an attempt with every field (and, given one, its debrief), one
// learner's records, or a set of attempts. Enums are written by name, seeds as unsigned numbers.
// While an attempt is unfinished, "finished" and its result fields are null.
#pragma once

#include "core/record.hpp"
#include "core/score.hpp"
#include "json_text.hpp" // these are written out with jsonText

#include <nlohmann/json.hpp>

#include <vector>

namespace frontline::report {

// A debrief: grade, points against the best, each finding with its rule. The same shape in
// `frontline play --json` and in an attempt's export.
nlohmann::ordered_json toJson(const Debrief& debrief);
nlohmann::ordered_json toJson(const AttemptRecord& record, const Debrief* debrief = nullptr);

// The inverse of toJson (a "debrief" in the input is ignored). Throws std::invalid_argument
// naming the field ("choices[2].millis") when one is missing or of the wrong type.
AttemptRecord attemptFromJson(const nlohmann::json& json);

// Everything held about one learner: {"format": "frontline-learner-records", "version": 1,
// "learner": {name, created}, "attempts": [...]}. Only the attempts that are this learner's are
// written, so a caller's slip cannot hand one learner another's records.
nlohmann::ordered_json learnerJson(const Learner& learner,
                                   const std::vector<AttemptRecord>& attempts);

// {"format": "frontline-attempts", "version": 1, "attempts": [...]}
nlohmann::ordered_json attemptsJson(const std::vector<AttemptRecord>& attempts);

} // namespace frontline::report
