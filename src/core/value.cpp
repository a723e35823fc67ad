#include "value.hpp"

#include <cmath>
#include <cstdio>

namespace frontline {

namespace {
std::string decimalText(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.14g", d);
    return buf;
}
} // namespace

std::string toText(const Value& value) {
    struct Visitor {
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(double d) const { return decimalText(d); }
        std::string operator()(const std::string& s) const { return s; }
    };
    return std::visit(Visitor{}, value);
}

bool truthy(const Value& value) {
    const bool* b = std::get_if<bool>(&value);
    return b == nullptr || *b;
}

} // namespace frontline
