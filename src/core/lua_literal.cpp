#include "lua_literal.hpp"

#include <cstdio>

namespace frontline {

std::string luaLiteral(std::string_view value) {
    bool lineBreak = false, otherControl = false;
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n')
            lineBreak = true;
        else if ((c < 0x20 && c != '\t') || c == 0x7f)
            otherControl = true;
    }
    if (lineBreak && !otherControl) {
        // The fewest `=` whose closing bracket first appears where the text ends.
        std::string probe(value);
        for (std::size_t level = 0;; ++level) {
            std::string close(level + 2, '=');
            close.front() = close.back() = ']';
            probe.resize(value.size());
            probe += close;
            if (probe.find(close) == value.size()) {
                std::string open = close;
                open.front() = open.back() = '[';
                return open + (value.front() == '\n' ? "\n" : "") + std::string(value) + close;
            }
        }
    }
    std::string out = "\"";
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[5];
                std::snprintf(buf, sizeof buf, "\\%03u", static_cast<unsigned>(c));
                out += buf;
            } else
                out += ch;
        }
    }
    return out + "\"";
}

} // namespace frontline
