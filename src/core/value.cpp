#include "value.hpp"

#include <cctype>
#include <charconv>
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

Value parseValue(std::string_view typed) {
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.front())))
        typed.remove_prefix(1);
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.back())))
        typed.remove_suffix(1);
    if (typed == "true" || typed == "false") return typed == "true";
    if (typed.size() >= 2 && (typed.front() == '"' || typed.front() == '\'') &&
        typed.back() == typed.front())
        return std::string(typed.substr(1, typed.size() - 2));
    std::int64_t whole = 0;
    auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), whole);
    if (error == std::errc() && end == typed.data() + typed.size() && !typed.empty()) return whole;
    double decimal = 0;
    auto [dend, derror] = std::from_chars(typed.data(), typed.data() + typed.size(), decimal);
    if (derror == std::errc() && dend == typed.data() + typed.size() && !typed.empty() &&
        std::isfinite(decimal))
        return decimal;
    return std::string(typed);
}

} // namespace frontline
