// The learner records as xAPI 1.0.3 statements for a learning record store: "answered" for each
// choice (a cmi.interaction of type choice) and "completed" for each finished attempt (with its
// scaled score). Ids come from the record, so exporting twice gives the same statements and an
// LRS can drop the duplicates.
#pragma once

#include "core/record.hpp"
#include "timestamps.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::report {

struct XapiOptions {
    std::string homePage = "https://localhost/frontline"; // the learners' account home page
    std::string platform = "Frontline";
};

nlohmann::ordered_json xapiStatements(const AttemptRecord& record, const XapiOptions& options = {});
nlohmann::ordered_json xapiStatements(const std::vector<AttemptRecord>& records,
                                      const XapiOptions& options = {});

// Percent-encodes all but [A-Za-z0-9._-], so any id is safe inside a URN.
std::string urnPart(std::string_view id);

} // namespace frontline::report
