#include "header_scan.hpp"

#include <cctype>
#include <string>

namespace frontline::script {
namespace {

constexpr std::size_t kNone = std::string_view::npos;


// Just past the long bracket that opens at `at` with `level`, or kNone when it never closes.
std::size_t skipLong(std::string_view s, std::size_t at, int level) {
    std::string close(static_cast<std::size_t>(level) + 2, '=');
    close.front() = close.back() = ']';
    const std::size_t end = s.find(close, at + static_cast<std::size_t>(level) + 2);
    return end == kNone ? kNone : end + close.size();
}

// Just past a quoted string opening at `at`, or kNone when the line ends first.
std::size_t skipQuoted(std::string_view s, std::size_t at) {
    const char quote = s[at];
    for (std::size_t i = at + 1; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == quote) return i + 1;
        if (s[i] == '\n') return kNone;
    }
    return kNone;
}

// Just past the comment opening at `at` ("--"), or kNone when a long comment never closes.
std::size_t skipComment(std::string_view s, std::size_t at) {
    const int level = longBracketLevel(s, at + 2);
    if (level >= 0) return skipLong(s, at + 2, level);
    const std::size_t end = s.find('\n', at);
    return end == kNone ? s.size() : end + 1;
}

std::size_t skipSpaceAndComments(std::string_view s, std::size_t i) {
    while (i != kNone && i < s.size()) {
        if (std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
        else if (s.compare(i, 2, "--") == 0)
            i = skipComment(s, i);
        else
            break;
    }
    return i;
}

} // namespace

// The level of a long bracket opening at `at` ("[[" is 0, "[==[" is 2), or -1 when none opens.
int longBracketLevel(std::string_view s, std::size_t at) {
    if (at >= s.size() || s[at] != '[') return -1;
    std::size_t i = at + 1;
    while (i < s.size() && s[i] == '=')
        ++i;
    return i < s.size() && s[i] == '[' ? static_cast<int>(i - at - 1) : -1;
}

std::optional<std::size_t> headerEnd(std::string_view s) {
    std::size_t i = skipSpaceAndComments(s, 0);
    constexpr std::string_view kCall = "scenario";
    if (i == kNone || s.compare(i, kCall.size(), kCall) != 0) return std::nullopt;
    i = skipSpaceAndComments(s, i + kCall.size());
    if (i == kNone || i >= s.size() || (s[i] != '{' && s[i] != '(')) return std::nullopt;
    int depth = 0;
    while (i < s.size()) {
        const char c = s[i];
        std::size_t next = i + 1;
        if (c == '-' && s.compare(i, 2, "--") == 0)
            next = skipComment(s, i);
        else if (c == '"' || c == '\'')
            next = skipQuoted(s, i);
        else if (const int level = longBracketLevel(s, i); level >= 0)
            next = skipLong(s, i, level);
        else if (c == '{' || c == '(')
            ++depth;
        else if ((c == '}' || c == ')') && --depth == 0)
            return i + 1;
        if (next == kNone) return std::nullopt;
        i = next;
    }
    return std::nullopt;
}

} // namespace frontline::script
