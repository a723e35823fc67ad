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
    const long next = std::clamp(static_cast<long>(selectedRow) + delta, 0L,
                                 static_cast<long>(rows.size()) - 1);
    selectedRow = static_cast<std::size_t>(next);
}

std::vector<std::string> DebriefView::replayTo(std::size_t row) const {
    const std::size_t n = std::min(row, learnerChoices.size());
    return {learnerChoices.begin(), learnerChoices.begin() + static_cast<long>(n)};
}

std::vector<PathRow> alignPaths(const std::vector<PathStep>& learner,
                                const std::vector<PathStep>& best) {
    std::vector<PathRow> rows;
    for (std::size_t i = 0; i < std::max(learner.size(), best.size()); ++i) {
        PathRow row;
        row.step = static_cast<int>(i) + 1;
        if (i < learner.size()) row.learner = learner[i];
        if (i < best.size()) row.best = best[i];
        row.differs = !row.learner || !row.best || row.learner->choice != row.best->choice;
        rows.push_back(std::move(row));
    }
    return rows;
}

DebriefView makeDebriefView(const Session& session, const std::shared_ptr<Scripting>& scripting,
                            const Rubric& rubric) {
    const Exploration found = explore(session.scenarioPtr(), scripting, rubric);
    DebriefView view;
    view.debrief = debrief(session, rubric, found.best ? found.best->tally : Tally{},
                           found.bestPoints());
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
    const auto firstDifference =
        std::find_if(view.rows.begin(), view.rows.end(), [](const PathRow& r) { return r.differs; });
    view.selectedRow = firstDifference == view.rows.end()
                           ? 0
                           : static_cast<std::size_t>(firstDifference - view.rows.begin());
    return view;
}

} // namespace frontline::app
