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

} // namespace

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
