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

} // namespace

void DebriefView::moveSelection(int delta) {
    if (rows.empty()) return;
    const long next =
        std::clamp(static_cast<long>(selectedRow) + delta, 0L, static_cast<long>(rows.size()) - 1);
    selectedRow = static_cast<std::size_t>(next);
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
        for (std::size_t k = 0; k < std::max(ownLearner.size(), ownBest.size()); ++k) {
            PathRow row;
            if (k < ownLearner.size()) {
                row.learner = learner[ownLearner[k]];
                row.step = static_cast<int>(ownLearner[k]) + 1;
                row.learnerBefore = static_cast<int>(ownLearner[k]);
            }
            if (k < ownBest.size()) row.best = best[ownBest[k]];
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
