#include "text.hpp"

#include "conditional_text.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace frontline {

namespace {

// Calls onText for literal runs and onName for each {name}; shared by both public functions so
// they agree on what a placeholder is.
template <typename OnText, typename OnName>
void scan(std::string_view text, OnText onText, OnName onName) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        if (open == std::string_view::npos) {
            onText(text.substr(i));
            return;
        }
        onText(text.substr(i, open - i));
        if (open + 1 < text.size() && text[open + 1] == '{') {
            onText("{");
            i = open + 2;
            continue;
        }
        const std::size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos) {
            onText(text.substr(open));
            return;
        }
        onName(text.substr(open + 1, close - open - 1), text.substr(open, close - open + 1));
        i = close + 1;
    }
}

} // namespace

std::string interpolate(std::string_view text, const State& state, std::string_view customerName) {
    const std::string chosen = chooseBranches(text, state);
    std::string out;
    out.reserve(chosen.size());
    scan(
        chosen, [&](std::string_view run) { out += run; },
        [&](std::string_view name, std::string_view written) {
            if (name == "mood")
                out += std::to_string(state.mood);
            else if (name == "minutes")
                out += std::to_string(state.minutes);
            else if (name == "customer")
                out += customerName;
            else if (auto it = state.vars.find(std::string(name)); it != state.vars.end())
                out += toText(it->second);
            else
                out += written;
        });
    return out;
}

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> names;
    scan(
        text, [](std::string_view) {},
        [&](std::string_view name, std::string_view) {
            if (!isTextDirective(name)) names.emplace_back(name);
        });
    return names;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string closestMatch(std::string_view word, const std::vector<std::string_view>& known) {
    std::string_view best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (std::string_view candidate : known) {
        std::size_t d = editDistance(word, candidate);
        // "go_to", "goto", "credits": a known field that the typo starts with counts as close.
        if (candidate.size() >= 2 && word.substr(0, candidate.size()) == candidate)
            d = std::min<std::size_t>(d, 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return std::string(best);
}

namespace {

// The length of the well-formed UTF-8 sequence starting at `i`, or 0 when none starts there:
// overlong forms, surrogates and code points past U+10FFFF are not well formed.
std::size_t sequenceLength(std::string_view text, std::size_t i, char32_t* decoded = nullptr) {
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    char32_t min = 0, code = 0;
    if (lead < 0x80) {
        length = 1, code = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, min = 0x80, code = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, min = 0x800, code = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, min = 0x10000, code = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    if (decoded != nullptr) *decoded = code;
    return length;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

// Characters that change how a terminal or a bidirectional layout shows what follows: C0 and
// C1 controls (escape sequences start here) and the bidi embeddings, overrides and isolates.
bool rearrangesDisplay(char32_t c) {
    if (c == '\n' || c == '\t') return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E ||
           c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

std::string validUtf8(std::string_view text) {
    if (!firstInvalidUtf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string terminalSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t code = 0;
        const std::size_t length = sequenceLength(text, i, &code);
        if (length == 0 || rearrangesDisplay(code))
            out += kReplacement;
        else
            out.append(text.substr(i, length));
        i += length == 0 ? 1 : length;
    }
    return out;
}

std::string slug(std::string_view text, char separator, std::size_t limit,
                 const std::string& fallback) {
    std::string out;
    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x80 && std::isalnum(u))
            out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != separator)
            out += separator;
        if (out.size() >= limit) break;
    }
    while (!out.empty() && out.back() == separator)
        out.pop_back();
    return out.empty() ? fallback : out;
}

} // namespace frontline
