// The join server's capacity: simulated phones (libcurl, one keep-alive connection each, each from
// its own 127.0.0.x address) voting as fast as the server answers, for a few seconds.
#pragma once

#include <nlohmann/json.hpp>

namespace frontline::bench {

// {"votes": {"per_s", "phones", "seconds", "accepted", "refused", "median_ms", "p99_ms",
// "tally_exact"}}. The rate limits are lifted: this is what the server can do, not what one phone
// may (docs/phones.md gives the limits).
nlohmann::json voteThroughput(int phones, double seconds);

} // namespace frontline::bench
