// Joins the measurement files into one object, works out the ratio to inkjs and checks each
// figure against its target; prints the table or the JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace frontline::bench {

// The joined object: the parts' keys, `machine`, `engine_vs_inkjs`, and `targets` (name, figure,
// target, met) for every figure that has one.
nlohmann::json joinParts(const std::vector<nlohmann::json>& parts);

std::string table(const nlohmann::json& joined);

int report(const std::vector<std::string>& files, bool asJson, std::ostream& out,
           std::ostream& err);

} // namespace frontline::bench
