#include "library_view.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace frontline::app {

namespace {

bool containsIgnoringCase(std::string_view haystack, std::string_view needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [](char a, char b) {
                           return std::tolower(static_cast<unsigned char>(a)) ==
                                  std::tolower(static_cast<unsigned char>(b));
                       }) != haystack.end();
}

std::string organisationName(const script::Library& library, const std::string& id) {
    const Organisation* org = library.rubric.organisation(id);
    return org != nullptr && !org->name.empty() ? org->name : id;
}

} // namespace

LibraryView::LibraryView(const script::Library& library, const BestGrades& best) {
    for (const script::LoadedFile& file : library.entries) {
        if (file.usable()) {
            const Scenario& s = *file.scenario;
            m_cards.push_back({s.id, s.title.empty() ? s.id : s.title,
                               organisationName(library, s.organisation), s.topics, s.level,
                               s.minutes, best.find(s.id)});
            continue;
        }
        if (file.ok()) continue; // a rubric, organisation or curriculum file that loaded
        BrokenFile broken{file.path, {}};
        for (const Diagnostic& d : file.diagnostics)
            if (d.severity == Severity::Error) broken.messages.push_back(format(d));
        m_broken.push_back(std::move(broken));
    }
    for (const Diagnostic& d : library.problems)
        m_broken.push_back({d.where.file, {format(d)}});
}

std::vector<std::string> LibraryView::topics() const {
    std::set<std::string> all;
    for (const Card& c : m_cards)
        all.insert(c.topics.begin(), c.topics.end());
    return {all.begin(), all.end()};
}

std::vector<int> LibraryView::levels() const {
    std::set<int> all;
    for (const Card& c : m_cards)
        all.insert(c.level);
    return {all.begin(), all.end()};
}

void LibraryView::setTopic(std::string topic) {
    m_topic = std::move(topic);
    keepSelectionVisible();
}

void LibraryView::setLevel(int level) {
    m_level = level;
    keepSelectionVisible();
}

bool LibraryView::shows(const Card& card) const {
    if (!m_topic.empty() &&
        std::find(card.topics.begin(), card.topics.end(), m_topic) == card.topics.end())
        return false;
    if (m_level != 0 && card.level != m_level) return false;
    return containsIgnoringCase(card.title, search);
}

std::vector<std::size_t> LibraryView::visible() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        if (shows(m_cards[i])) out.push_back(i);
    return out;
}

const Card* LibraryView::selected() const {
    if (m_selected >= m_cards.size() || !shows(m_cards[m_selected])) {
        const auto shown = visible();
        return shown.empty() ? nullptr : &m_cards[shown.front()];
    }
    return &m_cards[m_selected];
}

void LibraryView::moveSelection(int delta) {
    const auto shown = visible();
    if (shown.empty()) return;
    const Card* current = selected();
    const auto at =
        std::find(shown.begin(), shown.end(), static_cast<std::size_t>(current - m_cards.data()));
    const long index = std::clamp(static_cast<long>(at - shown.begin()) + delta, 0L,
                                  static_cast<long>(shown.size()) - 1);
    m_selected = shown[static_cast<std::size_t>(index)];
}

void LibraryView::keepSelectionVisible() {
    if (const Card* card = selected()) m_selected = static_cast<std::size_t>(card - m_cards.data());
}

void LibraryView::updateBest(const std::string& id, const BestResult& best) {
    for (Card& c : m_cards)
        if (c.id == id) c.best = best;
}

} // namespace frontline::app
