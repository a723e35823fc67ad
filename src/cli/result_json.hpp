// A session as JSON: everything needed to check a play-through or rebuild it.
#pragma once

#include "core/explorer.hpp"
#include "core/session.hpp"
#include "report/records_json.hpp"

#include <nlohmann/json.hpp>

namespace frontline::cli {

nlohmann::ordered_json toJson(const Session& session);
using report::toJson; // a debrief
nlohmann::ordered_json toJson(const Exploration& found);

} // namespace frontline::cli
