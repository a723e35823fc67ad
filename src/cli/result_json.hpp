// A session as JSON: everything needed to check a play-through or rebuild it.
#pragma once

#include "core/session.hpp"

#include <nlohmann/json.hpp>

namespace frontline::cli {

nlohmann::ordered_json toJson(const Session& session);

} // namespace frontline::cli
