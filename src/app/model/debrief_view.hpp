// The debrief screen's model: the score and findings, and the learner's path set beside the best
// path step by step, so the screen can show where they parted and reopen any step.
#pragma once

#include "core/score.hpp"
#include "core/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

struct PathStep {
    std::string node;
    std::string choice; // choice id
    std::string text;   // what was said
};

struct PathRow {
    int step = 0;          // the learner's step (1-based); 0 where only the best path has one
    int learnerBefore = 0; // learner choices before this row: where "try the other answer" starts
    std::optional<PathStep> learner, best;
    bool differs = false;
};

struct DebriefView {
    Debrief debrief;
    std::string ending;
    EndingKind endingKind = EndingKind::Unresolved;
    std::string summary;
    std::string bestEnding;
    std::vector<PathRow> rows;
    std::vector<std::string> learnerChoices; // ids, to reopen the scenario at any step
    std::size_t selectedRow = 0;
    enum class Tab { Findings, Path } tab = Tab::Findings;
    int scrollLines = 0; // asked of the findings list by the keyboard; the screen consumes it
    int scrollPages = 0; // PageUp/PageDown: the screen knows how tall a page is
    enum class Jump { None, Top, Bottom } jump = Jump::None; // Home and End, likewise

    void moveSelection(int delta);
    // Up/Down, PageUp/PageDown, Home/End: move along the path, or scroll the findings.
    void scroll(int lines);
    void page(int pages);
    void jumpTo(Jump to);
    // The learner's own choice ids before the given row.
    std::vector<std::string> replayTo(std::size_t row) const;
};

// Scores a finished session: explores the scenario for the best path (seed 1) and lines the two
// paths up. The best path's text is the learner's own would-be words at each step.
DebriefView makeDebriefView(const Session& session, const std::shared_ptr<Scripting>& scripting,
                            const Rubric& rubric);

// Lines two paths up so that the choices they share sit side by side (a longest common
// subsequence of choice ids); between shared choices, the learner's and the best path's own
// steps are paired in order and marked as differing.
std::vector<PathRow> alignPaths(const std::vector<PathStep>& learner,
                                const std::vector<PathStep>& best);

} // namespace frontline::app
