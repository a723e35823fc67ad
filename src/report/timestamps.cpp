#include "timestamps.hpp"

#include <charconv>
#include <chrono>

namespace frontline::report {

namespace {

std::optional<int> number(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return std::nullopt;
    int value = 0;
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + count, value);
    if (error != std::errc{} || end != first + count) return std::nullopt;
    return value;
}

// ".120Z" -> 120; the part after the seconds, which must end the stamp in UTC.
std::optional<int> fractionMillis(std::string_view rest) {
    if (rest == "Z") return 0;
    if (rest.size() < 3 || rest.front() != '.' || rest.back() != 'Z') return std::nullopt;
    const std::string_view digits = rest.substr(1, rest.size() - 2);
    int millis = 0, scale = 100;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        millis += (c - '0') * scale;
        scale /= 10; // digits past milliseconds are dropped
    }
    return millis;
}

} // namespace

std::string isoDuration(std::int64_t millis) {
    if (millis < 0) millis = 0;
    const std::int64_t hours = millis / 3600000, minutes = millis / 60000 % 60,
                       seconds = millis / 1000 % 60, rest = millis % 1000;
    std::string out = "PT";
    if (hours > 0) out.append(std::to_string(hours)).append("H");
    if (minutes > 0) out.append(std::to_string(minutes)).append("M");
    if (seconds > 0 || rest > 0 || out == "PT") {
        out += std::to_string(seconds);
        if (rest > 0) {
            std::string fraction = std::to_string(1000 + rest).substr(1); // "050"
            fraction.erase(fraction.find_last_not_of('0') + 1);
            out.append(".").append(fraction);
        }
        out += "S";
    }
    return out;
}

std::optional<std::int64_t> timestampMillis(std::string_view t) {
    using namespace std::chrono;
    if (t.size() < 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    const auto y = number(t, 0, 4), mo = number(t, 5, 2), d = number(t, 8, 2), h = number(t, 11, 2),
               mi = number(t, 14, 2), s = number(t, 17, 2);
    const auto ms = fractionMillis(t.substr(19));
    if (!y || !mo || !d || !h || !mi || !s || !ms || *h > 23 || *mi > 59 || *s > 60)
        return std::nullopt;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*mo)},
                              day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    const auto at = sys_days{date} + hours{*h} + minutes{*mi} + seconds{*s} + milliseconds{*ms};
    return duration_cast<milliseconds>(at.time_since_epoch()).count();
}

std::optional<UtcTime> utcTimeOf(std::string_view timestamp) {
    using namespace std::chrono;
    const auto millis = timestampMillis(timestamp);
    if (!millis) return std::nullopt;
    const sys_time<milliseconds> at{milliseconds{*millis}};
    const auto midnight = floor<days>(at);
    const year_month_day date{midnight};
    const hh_mm_ss time{at - midnight};
    return UtcTime{static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                   static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                   static_cast<int>(time.minutes().count())};
}

} // namespace frontline::report
