#include "handbook.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace frontline::app {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::vector<std::string> words(std::string_view query) {
    std::istringstream in{lower(query)};
    std::vector<std::string> out;
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

bool startsItem(std::string_view line) {
    if (line.empty()) return false;
    if (line[0] == '-' || line[0] == '*' || line.substr(0, 3) == "\u2022") return true;
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])))
        ++digits;
    return digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

} // namespace

std::string reflow(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.empty()) {
            if (!out.empty() &&
                out.substr(out.size() - std::min<std::size_t>(2, out.size())) != "\n\n")
                out += out.back() == '\n' ? "\n" : "\n\n";
        } else if (out.empty() || out.back() == '\n') {
            out += line;
        } else {
            out += startsItem(line) ? '\n' : ' ';
            out += line;
        }
        start = end + 1;
    }
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

std::vector<std::size_t> matchingDocuments(const Organisation& organisation,
                                           std::string_view query) {
    const auto wanted = words(query);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < organisation.documents.size(); ++i) {
        const auto& doc = organisation.documents[i];
        const std::string haystack = lower(doc.title) + "\n" + lower(doc.text);
        if (std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
                return haystack.find(w) != std::string::npos;
            }))
            out.push_back(i);
    }
    return out;
}

std::string snippetFor(std::string_view text, std::string_view query, std::size_t width) {
    const auto wanted = words(query);
    const std::string haystack = lower(text);
    std::size_t at = wanted.empty() ? 0 : haystack.find(wanted.front());
    if (at == std::string::npos) at = 0;
    std::size_t from = at > width / 3 ? at - width / 3 : 0;
    // Never start or end inside a UTF-8 sequence.
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
        --from;
    std::size_t to = std::min(text.size(), from + width);
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80)
        ++to;
    std::string out = std::string(text.substr(from, to - from));
    std::replace(out.begin(), out.end(), '\n', ' ');
    if (from > 0) out = "..." + out;
    if (to < text.size()) out += "...";
    return out;
}

} // namespace frontline::app
