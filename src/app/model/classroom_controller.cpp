// The classroom's screens follow ClassroomView's stage; with the projector preset on, the size
// and fullscreen keys change the preset, never the learner's saved settings.
#include "app_state.hpp"

namespace frontline::app {

bool ClassroomController::open(const std::string& scenarioId) {
    view.emplace(m_app.contentToComplete(), scenarioId);
    if (view->file() == nullptr) {
        view.reset();
        m_app.setNotice("There is no playable scenario for a class.");
        return false;
    }
    if (m_lastSetup) { // the trainer's teams and timings, for the scenario chosen now
        const std::string scenario = view->setup.scenario;
        view->setup = *m_lastSetup;
        view->setup.scenario = scenario;
    }
    const auto& phones = m_app.classPhones;
    view->exportFolder = m_app.classExportFolder;
    view->phones = phones.on;
    view->port = phones.port;
    view->bind = phones.bind;
    view->wake = phones.wake;
    view->announce = phones.announce;
    view->records = m_app.records();
    m_app.setNotice("");
    m_app.go(Screen::ClassSetup);
    return true;
}

void ClassroomController::changed() {
    if (!view) return;
    switch (view->stage) {
    case ClassStage::Setup:
        m_app.go(Screen::ClassSetup);
        break;
    case ClassStage::Play:
        m_app.go(Screen::ClassPlay);
        break;
    case ClassStage::Debrief:
        m_app.go(Screen::ClassDebrief);
        break;
    case ClassStage::Left:
        m_lastSetup = view->setup;
        view.reset();
        m_app.go(Screen::Library);
        break;
    }
}

bool ClassroomController::lookKey(const KeyPress& press, bool typing) {
    if (!view || typing) return false;
    ClassLook& look = view->look;
    if (!look.projector) {
        // The preset is off: the learner's own look, where Escape leaves fullscreen first.
        if (press.key != Key::Escape || view->stage != ClassStage::Play ||
            !m_app.settings().fullscreen)
            return false;
        m_app.changeSetting(SettingRow::Fullscreen, 1);
        return true;
    }
    switch (press.key) {
    case Key::Fullscreen:
        look.fullscreen = !look.fullscreen;
        break;
    case Key::ZoomIn:
    case Key::ZoomOut:
        look.textScale =
            clampTextScale(look.textScale + (press.key == Key::ZoomIn ? 0.25f : -0.25f));
        break;
    case Key::ZoomReset:
        look.textScale = 2.5f;
        break;
    default:
        return false;
    }
    m_app.lookMayHaveChanged();
    return true;
}

bool ClassroomController::perform(const Action& action, Clock::time_point now) {
    if (!view) return false;
    const bool changedHere = view->perform(action, now);
    changed();
    return changedHere;
}

bool ClassroomController::handleKey(const KeyPress& press, bool typing, Clock::time_point now) {
    if (!view) return false;
    const bool changedHere = view->handleKey(press, now, typing);
    changed();
    return changedHere;
}

} // namespace frontline::app
