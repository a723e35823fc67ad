// The author's map: arrows pan, +/- zoom, F fits, N and Shift+N walk the nodes, P and Shift+P
// the problems, PageUp/PageDown and Home/End scroll the side panel, Enter playtests from the
// selected node.
#include "app_state.hpp"
#include "core/playtest.hpp"
#include "core/transcripts.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace frontline::app {

namespace {

Keymap authorKeys() {
    return {
        {chord(Key::Up), Command::Up, "pan", false, "pan the map"},
        {chord(Key::Down), Command::Down, "pan", false, "pan the map"},
        {chord(Key::Left), Command::Left, "pan", false, "pan the map"},
        {chord(Key::Right), Command::Right, "pan", false, "pan the map"},
        {chord(Key::Plus), Command::MapZoomIn, "zoom"},
        {chord(Key::Minus), Command::MapZoomOut, "zoom"},
        {letter('f'), Command::Fit, "fit"},
        {letter('n'), Command::NextNode, "next node"},
        {letter('n', true), Command::PreviousNode, ""},
        {letter('e'), Command::EditNode, "edit"},
        {letter('p'), Command::NextProblem, "next problem"},
        {letter('p', true), Command::PreviousProblem, ""},
        {chord(Key::PageUp), Command::PageUp, "", false, "scroll the side panel a page"},
        {chord(Key::PageDown), Command::PageDown, "", false, "scroll the side panel a page"},
        {chord(Key::Home), Command::Home, "", false, "the side panel's top or its end"},
        {chord(Key::End), Command::End, "", false, "the side panel's top or its end"},
        // Not while typing: Enter in an edit field saves that field.
        {chord(Key::Enter), Command::Playtest, "playtest", false,
         "playtest from the selected node, by the route with the fewest breaches"},
        {{Key::Enter, 0, -1, true, false}, Command::PlaytestShortest, "", false},
        {chord(Key::Escape), Command::Back, "back", true,
         "stop editing, else back to the library"},
    };
}

} // namespace

AuthorController::AuthorController(AppState& app) : ScreenController(app, authorKeys()) {}

bool AuthorController::available(Command command) const {
    const AuthorView* view = app().author();
    if (view == nullptr) return false;
    if (command == Command::Playtest) return view->selected.has_value();
    if (command == Command::NextProblem || command == Command::PreviousProblem)
        return !view->problems().empty();
    return true;
}

bool AuthorController::perform(const Action& action, Clock::time_point) {
    AuthorView* author = app().author();
    if (author == nullptr) return false;
    AuthorView& view = *author;
    if (scrollFor(action, view.sideScroll)) return true;
    const float step = 4.f / view.zoom; // layout units per arrow press
    switch (action.command) {
    case Command::Back:
        if (view.editing) { // drafts not saved are dropped, as an editor's Escape would
            view.editing = false;
            view.drafts.clear();
            return true;
        }
        app().go(Screen::Library);
        return true;
    case Command::Up:
    case Command::Down:
        view.panBy(0, action.command == Command::Up ? -step : step);
        return true;
    case Command::Left:
    case Command::Right:
        view.panBy(action.command == Command::Left ? -step : step, 0);
        return true;
    case Command::MapZoomIn:
    case Command::MapZoomOut:
        view.zoomBy(action.command == Command::MapZoomIn ? 1.25f : 0.8f, view.canvasWidth / 2,
                    view.canvasHeight / 2, view.unit);
        return true;
    case Command::Playtest:
    case Command::PlaytestShortest:
        return view.selected &&
               app().playtestFrom(*view.selected, action.command == Command::Playtest
                                                      ? Route::Cleanest
                                                      : Route::Shortest);
    case Command::NextNode:
    case Command::PreviousNode:
        view.selectNext(action.command == Command::NextNode ? 1 : -1);
        return true;
    case Command::NextProblem:
    case Command::PreviousProblem:
        view.selectNextProblem(action.command == Command::NextProblem ? 1 : -1);
        return true;
    case Command::Fit:
        view.fitPending = true;
        return true;
    case Command::EditNode:
        if (!view.selected) return false;
        view.editing = !view.editing;
        view.drafts.clear();
        view.focusFirstField = view.editing; // typing can start at once, Tab goes on
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app

namespace frontline::app {

bool AuthorController::open(const std::string& scenarioId) {
    // Playable or not: a scenario with errors is what an author most needs to see on the map.
    const script::LoadedFile* file =
        app().contentToComplete().complete(app().content().declaring(scenarioId));
    if (file == nullptr || file->scenario == nullptr) {
        app().setNotice("No scenario '" + scenarioId + "' in the library.");
        return false;
    }
    view.emplace(*file, app().content().rubric);
    return app().openFile(file, Screen::Author);
}

namespace {

std::string routeWords(const PathTo& path) {
    const std::size_t n = path.choices->size();
    std::string out = std::to_string(n) + (n == 1 ? " choice" : " choices");
    if (path.breaches == 0) return out + ", no breach";
    return out + ", " + std::to_string(path.breaches) +
           (path.breaches == 1 ? " breach" : " breaches");
}

} // namespace

bool AuthorController::playtestFrom(std::size_t nodeIndex, Route route) {
    const script::LoadedFile* file = app().scenarioFile();
    if (!view || !file || nodeIndex >= file->scenario->nodes.size()) return false;
    const std::string& id = file->scenario->nodes[nodeIndex].id;
    if (!file->usable()) {
        view->note = "Fix the errors first: a scenario with errors cannot be played.";
        return false;
    }
    const PathTo path = pathTo(file->scenario, file->scripting, id, route);
    if (!path.choices) {
        view->note = path.budgetHit ? "The search gave up after " + std::to_string(path.states) +
                                          " situations without reaching '" + id + "'."
                                    : "No play reaches '" + id + "': see the problems.";
        return false;
    }
    // The other route, when it differs, is one key away.
    const Route other = route == Route::Cleanest ? Route::Shortest : Route::Cleanest;
    const PathTo alternative = pathTo(file->scenario, file->scripting, id, other);
    // An author trying a branch is not a learner's attempt: no record.
    if (!app().start(Mode::Practice, *path.choices, false)) return false;
    playtest = true;
    view->current = id;
    view->note.clear();
    std::string notice = "Playtest from '" + id + "', " +
                         (route == Route::Cleanest ? "cleanest" : "shortest") + " route: " +
                         routeWords(path) + ".";
    if (alternative.choices && *alternative.choices != *path.choices)
        notice += std::string(" ") + (other == Route::Cleanest ? "Cleanest" : "Shortest") + ": " +
                  routeWords(alternative) + " (" +
                  (other == Route::Cleanest ? "Enter" : "Shift+Enter") + " on the map).";
    app().setNotice(notice);
    return true;
}

void AuthorController::leavePlaytest() {
    if (!view) return app().backToLibrary();
    if (const Attempt* a = app().attempt()) view->current = a->session().node().id;
    app().play().closeHandbook();
    app().go(Screen::Author);
}

namespace {

// How many tests a transcript file already holds: the next is named after them.
std::size_t testsIn(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find("test:", at)) != std::string::npos; at += 5)
        if (at == 0 || text[at - 1] == '\n') ++n;
    return n;
}

} // namespace

namespace {

std::optional<std::string> readWhole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

// The edited text replaces the file in one step (written beside it, then renamed), so the
// watcher never reads half a file; the reload that follows is the one a save in an editor gets.
bool writeEdit(AppState& app, AuthorView& view, const std::string& path,
               const script::SourceEdit& edit, int& openAtLine) {
    openAtLine = edit.openAtLine;
    if (!edit.ok()) {
        view.note = edit.message;
        return false;
    }
    const std::string temporary = path + ".frontline-edit";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << *edit.text;
        out.flush();
        if (!out) {
            view.note = "Could not write " + temporary + ".";
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        view.note = "Could not replace " + path + ": " + ec.message();
        std::filesystem::remove(temporary, ec);
        return false;
    }
    const std::string saved =
        "Saved line " + std::to_string(edit.firstLine) +
        (edit.lastLine > edit.firstLine ? "-" + std::to_string(edit.lastLine) : "") + " of " +
        std::filesystem::path(path).filename().string() + ".";
    app.reload();
    view.note = app.reloadErrors().empty() ? saved : saved + " It has an error: see above.";
    return true;
}

bool AuthorController::edit(std::size_t nodeIndex, const script::EditTarget& target,
                            std::string_view value) {
    const script::LoadedFile* file = app().scenarioFile();
    if (!view || file == nullptr || nodeIndex >= view->scenario().nodes.size()) return false;
    const Node& node = view->scenario().nodes[nodeIndex];
    int line = node.where.line;
    if (!target.choiceId.empty())
        for (const Choice& c : node.choices)
            if (c.id == target.choiceId || c.id == node.id + "." + target.choiceId)
                line = c.where.line;
    const auto text = readWhole(file->path);
    if (!text) {
        view->note = "Could not read " + file->path + ".";
        return false;
    }
    return writeEdit(app(), *view, file->path, script::setField(*text, line, target, value),
                     openAtLine);
}

bool AuthorController::addChoice(std::size_t nodeIndex, const script::NewChoice& choice) {
    const script::LoadedFile* file = app().scenarioFile();
    if (!view || file == nullptr || nodeIndex >= view->scenario().nodes.size()) return false;
    const Node& node = view->scenario().nodes[nodeIndex];
    const auto text = readWhole(file->path);
    if (!text) {
        view->note = "Could not read " + file->path + ".";
        return false;
    }
    return writeEdit(app(), *view, file->path,
                     script::addChoice(*text, node.where.line, node.id, choice), openAtLine);
}

bool AuthorController::addNode(std::size_t afterIndex, const std::string& id,
                               const std::string& customer, const script::NewChoice& choice) {
    const script::LoadedFile* file = app().scenarioFile();
    if (!view || file == nullptr || afterIndex >= view->scenario().nodes.size()) return false;
    const auto text = readWhole(file->path);
    if (!text) {
        view->note = "Could not read " + file->path + ".";
        return false;
    }
    const int after = view->scenario().nodes[afterIndex].where.line;
    if (!writeEdit(app(), *view, file->path, script::addNode(*text, id, customer, choice, after),
                   openAtLine))
        return false;
    if (const Node* added = view->scenario().find(id)) view->selected = view->scenario().indexOf(*added);
    return true;
}

bool AuthorController::saveTest() {
    const Attempt* a = app().attempt();
    const script::LoadedFile* file = app().scenarioFile();
    if (!playtest || !view || a == nullptr || file == nullptr) return false;
    if (a->session().edited()) {
        app().setNotice("Not saved: variables set by hand in the inspector make a route no test "
                        "could replay.");
        return false;
    }
    std::filesystem::path path(file->path);
    path.replace_extension(".transcript");
    std::string existing;
    if (std::ifstream in(path); in) existing.assign(std::istreambuf_iterator<char>(in), {});
    const std::string name = "playtest " + std::to_string(testsIn(existing) + 1) + " to '" +
                             a->session().node().id + "'";
    const std::string test =
        transcriptOf(a->session(), app().content().rubric, view->bestPoints(), name);
    std::ofstream out(path, std::ios::app);
    out << (existing.empty() || existing.back() == '\n' ? "" : "\n") << (existing.empty() ? "" : "\n")
        << test;
    out.flush();
    if (!out) {
        app().setNotice("Could not write " + path.string() + ".");
        return false;
    }
    app().setNotice("Saved as test '" + name + "' in " + path.filename().string() +
                    ": frontline test replays it.");
    return true;
}

void AuthorController::setVariable(const std::string& name, std::string_view typed) {
    Attempt* a = app().attempt();
    if (!a || name.empty()) return;
    if (!a->setVariable(name, typed)) app().setNotice(name + " takes a whole number.");
}

} // namespace frontline::app
