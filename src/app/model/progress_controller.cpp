// Progress's keys: Left/Right along the attempts, C between the learner and the class, E and X
// export, D deletes (pressed twice); Up/Down, PageUp/PageDown and Home/End scroll.
#include "app_state.hpp"

namespace frontline::app {

namespace {

Keymap progressKeys() {
    return {
        {chord(Key::Left), Command::Left, "attempt", false,
         "the previous or next attempt on the chart"},
        {chord(Key::Right), Command::Right, "attempt", false,
         "the previous or next attempt on the chart"},
        {chord(Key::Up), Command::Up, "scroll", false, "scroll"},
        {chord(Key::Down), Command::Down, "scroll", false, "scroll"},
        {chord(Key::PageUp), Command::PageUp, "", false, "scroll a page"},
        {chord(Key::PageDown), Command::PageDown, "", false, "scroll a page"},
        {chord(Key::Home), Command::Home, "", false, "the top or the end"},
        {chord(Key::End), Command::End, "", false, "the top or the end"},
        {letter('e'), Command::ExportEvidence, "evidence record"},
        {letter('x'), Command::ExportAll, "export all"},
        {letter('d'), Command::DeleteRecords, "delete"},
        {letter('c'), Command::ClassTab, "class view"},
        {chord(Key::Escape), Command::Back, "back", true, "back where you were"},
    };
}

} // namespace

ProgressController::ProgressController(AppState& app) : ScreenController(app, progressKeys()) {}

bool ProgressController::available(Command command) const {
    const ProgressView* view = app().progress();
    if (view == nullptr) return false;
    const bool learner = view->tab == ProgressTab::Learner;
    switch (command) {
    case Command::Left:
    case Command::Right:
    case Command::ExportEvidence:
    case Command::ExportAll:
    case Command::DeleteRecords:
        return learner;
    default:
        return true;
    }
}

void ProgressController::exportEvidence() {
    ProgressView* view = app().progress();
    if (view == nullptr) return;
    std::string problem;
    const auto path = view->exportEvidence(app().exportFolder, problem);
    app().setNotice(path ? "Evidence record saved: " + *path + " (and .md beside it)" : problem);
}

void ProgressController::exportAllRecords() {
    ProgressView* view = app().progress();
    if (view == nullptr) return;
    std::string problem;
    const auto path = view->exportAll(app().exportFolder, problem);
    app().setNotice(path ? "Everything held about " + app().learner() + " saved: " + *path
                         : problem);
}

void ProgressController::exportEveryone(std::string_view format) {
    ProgressView* view = app().progress();
    if (view == nullptr) return;
    std::string problem;
    const auto path = view->exportEveryone(app().exportFolder, format, problem);
    app().setNotice(path ? "Every learner's attempts saved: " + *path : problem);
}

void ProgressController::deleteLearnerRecords() {
    ProgressView* view = app().progress();
    if (view == nullptr) return;
    std::string problem;
    if (view->deleteLearner(problem)) {
        app().setNotice("Every record of " + app().learner() + " was deleted.");
        app().forgetResumeOffer();
        app().forgetSuspendedRecord();
    } else {
        app().setNotice(view->confirmingDelete
                            ? "Delete every record of " + app().learner() +
                                  "? This cannot be undone. Press D (or the button) again to "
                                  "delete."
                            : problem);
    }
}

bool ProgressController::open() {
    store::Records* records = app().records();
    if (records == nullptr || records->availability() == store::Availability::Off) {
        app().setNotice(records && !records->problem().empty()
                            ? records->problem()
                            : std::string("No records are kept in this session."));
        return false;
    }
    if (app().screen() != Screen::Progress) m_before = app().screen();
    view.emplace(*records, app().contentToComplete(), app().learner());
    app().go(Screen::Progress);
    return true;
}

void ProgressController::close() {
    app().go(m_before == Screen::Progress ? Screen::Library : m_before);
}

bool ProgressController::perform(const Action& action, Clock::time_point) {
    ProgressView* view = app().progress();
    if (view == nullptr) return false;
    if (action.command != Command::DeleteRecords) view->confirmingDelete = false;
    if (scrollFor(action, scroll, true)) return true;
    switch (action.command) {
    case Command::Back:
        close();
        return true;
    case Command::Left:
    case Command::Right:
        view->select(action.command == Command::Left ? -1 : 1);
        return true;
    case Command::ClassTab:
        view->tab = view->tab == ProgressTab::Learner ? ProgressTab::Class : ProgressTab::Learner;
        scroll.to(ScrollRequest::Jump::Top);
        return true;
    case Command::ExportEvidence:
        exportEvidence();
        return true;
    case Command::ExportAll:
        exportAllRecords();
        return true;
    case Command::DeleteRecords:
        deleteLearnerRecords();
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app
