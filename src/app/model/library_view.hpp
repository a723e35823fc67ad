// The library screen's model: a card per playable scenario, the broken files apart, and the
// filters (topic, level, title search) with a keyboard selection among what is shown.
#pragma once

#include "best_grades.hpp"
#include "script/library.hpp"

#include <string>
#include <vector>

namespace frontline::app {

struct Card {
    std::string id;
    std::string title;
    std::string organisation; // the organisation's name (its id when it has none)
    std::vector<std::string> topics;
    int level = 0;
    int minutes = 0;
    std::optional<BestResult> best;
};

struct BrokenFile {
    std::string path;
    std::vector<std::string> messages; // "file:line: error: ..."
};

class LibraryView {
  public:
    LibraryView() = default;
    LibraryView(const script::Library& library, const BestGrades& best);

    const std::vector<Card>& cards() const { return m_cards; }
    const std::vector<BrokenFile>& broken() const { return m_broken; }
    std::vector<std::string> topics() const; // every topic on a card, sorted
    std::vector<int> levels() const;         // every level on a card, ascending

    // Filters: "" and 0 mean any. Changing one keeps the selection on the same card when it is
    // still shown, else moves it to the first shown.
    std::string search;
    void setTopic(std::string topic);
    void setLevel(int level);
    const std::string& topic() const { return m_topic; }
    int level() const { return m_level; }

    std::vector<std::size_t> visible() const; // indexes into cards(), in library order
    // The selected card, when any is shown.
    const Card* selected() const;
    void moveSelection(int delta);
    void select(std::size_t cardIndex) { m_selected = cardIndex; }
    void updateBest(const std::string& id, const BestResult& best);

  private:
    bool shows(const Card& card) const;
    void keepSelectionVisible();

    std::vector<Card> m_cards;
    std::vector<BrokenFile> m_broken;
    std::string m_topic;
    int m_level = 0;
    std::size_t m_selected = 0;
};

} // namespace frontline::app
