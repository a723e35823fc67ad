// The records' times (ISO 8601 UTC, "2026-11-23T14:05:09.120Z") read back, and durations
// written the ISO 8601 way, for every report that shows or sends them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frontline::report {

// 4250 -> "PT4.25S", 65000 -> "PT1M5S", 3723000 -> "PT1H2M3S"; negative counts as 0.
std::string isoDuration(std::int64_t millis);

// "2026-11-23T14:05:09.120Z" -> milliseconds since 1970-01-01 UTC; nothing for another shape.
std::optional<std::int64_t> timestampMillis(std::string_view timestamp);

// The calendar date and time of day of a record's timestamp.
struct UtcTime {
    int year = 0;
    unsigned month = 0, day = 0;
    int hour = 0, minute = 0;
};
std::optional<UtcTime> utcTimeOf(std::string_view timestamp);

} // namespace frontline::report
