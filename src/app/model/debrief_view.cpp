#include "debrief_view.hpp"

#include "core/explorer.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

std::vector<PathStep> pathOf(const Session& session) {
    std::vector<PathStep> out;
    for (const Step& s : session.steps())
        out.push_back({s.node, s.choice, s.text});
    return out;
}

using Pair = std::pair<std::optional<std::size_t>, std::optional<std::size_t>>;

// Between two shared choices, the learner's and the best path's own steps, in order: a learner's
// step sits beside a best step only when both were taken at the same node (they were real
// alternatives); every other step has a row of its own.
std::vector<Pair> pairedAtSameNode(const std::vector<PathStep>& learner,
                                   const std::vector<std::size_t>& ownLearner,
                                   const std::vector<PathStep>& best,
                                   const std::vector<std::size_t>& ownBest) {
    const std::size_t n = ownLearner.size(), m = ownBest.size();
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    const auto same = [&](std::size_t i, std::size_t j) {
        return learner[ownLearner[i]].node == best[ownBest[j]].node;
    };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            common[i][j] = same(i, j) ? common[i + 1][j + 1] + 1
                                      : std::max(common[i + 1][j], common[i][j + 1]);
    std::vector<Pair> out;
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(i, j)) {
            out.push_back({ownLearner[i++], ownBest[j++]});
        } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
            out.push_back({ownLearner[i++], std::nullopt});
        } else {
            out.push_back({std::nullopt, ownBest[j++]});
        }
    }
    return out;
}

} // namespace

void DebriefView::moveSelection(int delta) {
    if (rows.empty()) return;
    const long next =
        std::clamp(static_cast<long>(selectedRow) + delta, 0L, static_cast<long>(rows.size()) - 1);
    selectedRow = static_cast<std::size_t>(next);
}

namespace {
constexpr int kPathRowsPerPage = 5; // rows of three lines or so: a page on a projector
} // namespace

void DebriefView::scroll(int lines) {
    if (tab == Tab::Path)
        moveSelection(lines / 3); // a path row is about three lines
    else
        scrollLines += lines;
}

void DebriefView::page(int pages) {
    if (tab == Tab::Path)
        moveSelection(pages * kPathRowsPerPage);
    else
        scrollPages += pages;
}

void DebriefView::jumpTo(Jump to) {
    if (tab == Tab::Findings) {
        jump = to;
        scrollLines = scrollPages = 0;
    } else if (!rows.empty()) {
        selectedRow = to == Jump::Top ? 0 : rows.size() - 1;
        jump = to; // and the view to its very top (or end), the tab's heading included
    }
}

std::vector<std::string> DebriefView::replayTo(std::size_t row) const {
    if (row >= rows.size()) return {};
    const auto n =
        std::min(static_cast<std::size_t>(rows[row].learnerBefore), learnerChoices.size());
    return {learnerChoices.begin(), learnerChoices.begin() + static_cast<long>(n)};
}

std::vector<PathRow> alignPaths(const std::vector<PathStep>& learner,
                                const std::vector<PathStep>& best) {
    const std::size_t n = learner.size(), m = best.size();
    // common[i][j]: length of the longest common run of choice ids in learner[i..], best[j..].
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            common[i][j] = learner[i].choice == best[j].choice
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
    std::vector<PathRow> rows;
    std::vector<std::size_t> ownLearner, ownBest; // the unshared steps since the last shared one
    const auto flush = [&] {
        for (const auto& [l, b] : pairedAtSameNode(learner, ownLearner, best, ownBest)) {
            PathRow row;
            if (l) {
                row.learner = learner[*l];
                row.step = static_cast<int>(*l) + 1;
                row.learnerBefore = static_cast<int>(*l);
            }
            if (b) row.best = best[*b];
            row.differs = true;
            rows.push_back(std::move(row));
        }
        ownLearner.clear();
        ownBest.clear();
    };
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && learner[i].choice == best[j].choice) {
            flush();
            rows.push_back(
                {static_cast<int>(i) + 1, static_cast<int>(i), learner[i], best[j], false});
            ++i, ++j;
        } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
            ownLearner.push_back(i++);
        } else {
            ownBest.push_back(j++);
        }
    }
    flush();
    // Rows where only the best path has a step start after the learner's steps before them.
    int before = 0;
    for (PathRow& row : rows) {
        if (row.learner)
            before = row.step;
        else
            row.learnerBefore = before;
    }
    return rows;
}

DebriefView makeDebriefView(const Session& session, const std::shared_ptr<Scripting>& scripting,
                            const Rubric& rubric) {
    const Exploration found = explore(session.scenarioPtr(), scripting, rubric);
    DebriefView view;
    view.debrief = debriefAgainst(session, rubric, found);
    view.ending = session.node().id;
    view.endingKind = session.node().endingKind;
    view.summary = session.summary();
    view.learnerChoices = session.choiceIds();
    std::vector<PathStep> best;
    if (found.best) {
        view.bestEnding = found.best->ending;
        const auto replayed = rebuild(session.scenarioPtr(), scripting, 1, found.best->choices);
        best = pathOf(*replayed.session);
    }
    view.rows = alignPaths(pathOf(session), best);
    const auto firstDifference = std::find_if(view.rows.begin(), view.rows.end(),
                                              [](const PathRow& r) { return r.differs; });
    view.selectedRow = firstDifference == view.rows.end()
                           ? 0
                           : static_cast<std::size_t>(firstDifference - view.rows.begin());
    return view;
}

} // namespace frontline::app
