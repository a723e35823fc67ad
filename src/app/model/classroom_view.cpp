#include "classroom_view.hpp"

#include "files.hpp"
#include "report/class_markdown.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>

namespace frontline::app {

namespace {

int stepFrom(const std::vector<int>& steps, int value, int direction) {
    auto it = std::lower_bound(steps.begin(), steps.end(), value);
    auto index = static_cast<int>(it - steps.begin());
    if (it == steps.end() || *it != value) index -= direction > 0 ? 1 : 0;
    index = std::clamp(index + direction, 0, static_cast<int>(steps.size()) - 1);
    return steps[static_cast<std::size_t>(index)];
}

template <typename E> E cycle(E value, int direction, int count) {
    return static_cast<E>((static_cast<int>(value) + direction + count) % count);
}

// A name for a new team that no team has yet: the first unused of the default names.
Team freshTeam(const std::vector<Team>& teams) {
    for (const Team& candidate : defaultTeams(kMaxTeams))
        if (std::none_of(teams.begin(), teams.end(),
                         [&](const Team& t) { return t.name == candidate.name; }))
            return candidate;
    return {"Team " + std::to_string(teams.size() + 1), "#ffffff"};
}

std::string nextColour(const std::string& colour, int direction) {
    const auto looks = defaultTeams(kMaxTeams);
    auto it =
        std::find_if(looks.begin(), looks.end(), [&](const Team& t) { return t.colour == colour; });
    const int at = it == looks.end() ? 0 : static_cast<int>(it - looks.begin());
    const int n = static_cast<int>(looks.size());
    return looks[static_cast<std::size_t>((at + direction + n) % n)].colour;
}

// Local time as `format` (strftime), for the debrief's date and its file's name.
std::string localTime(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, format, &local);
    return text;
}

} // namespace

const std::vector<int>& discussionSteps() {
    static const std::vector<int> steps{0, 15, 30, 45, 60, 90, 120, 180, 240, 300};
    return steps;
}

ClassroomView::ClassroomView(script::Library& content, const std::string& scenarioId)
    : m_content(&content), m_scenarios(content.usable()) {
    bindKeys();
    const script::LoadedFile* file = content.find(scenarioId);
    useScenario(file != nullptr && file->usable()
                    ? file
                    : (m_scenarios.empty() ? nullptr : m_scenarios.front()));
}

void ClassroomView::useScenario(const script::LoadedFile* file) {
    m_file = file;
    setup.scenario = file != nullptr ? file->scenario->id : std::string();
}

std::vector<SetupRow> ClassroomView::rows() const {
    std::vector<SetupRow> out{{SetupField::Scenario}, {SetupField::Mode}};
    if (setup.mode != ClassMode::ClassVote) {
        out.push_back({SetupField::Teams});
        for (std::size_t i = 0; i < setup.teams.size(); ++i)
            out.push_back({SetupField::Team, i});
    }
    for (SetupField f :
         {SetupField::ClassSize, SetupField::Discussion, SetupField::Counts, SetupField::Rules,
          SetupField::Phones, SetupField::Projector, SetupField::Start})
        if (f != SetupField::Counts || setup.mode != ClassMode::SecretVote) // always hidden
            out.push_back({f});
    return out;
}

void ClassroomView::change(const SetupRow& r, int direction) {
    notice.clear();
    switch (r.field) {
    case SetupField::Scenario: {
        if (m_scenarios.empty()) return;
        auto it = std::find(m_scenarios.begin(), m_scenarios.end(), m_file);
        const int n = static_cast<int>(m_scenarios.size());
        const int at = it == m_scenarios.end() ? 0 : static_cast<int>(it - m_scenarios.begin());
        useScenario(m_scenarios[static_cast<std::size_t>((at + direction + n) % n)]);
        return;
    }
    case SetupField::Mode:
        setup.mode = cycle(setup.mode, direction, 3);
        return;
    case SetupField::Teams: {
        const auto count = static_cast<int>(setup.teams.size()) + direction;
        if (count < 1 || count > kMaxTeams) {
            notice = "A class has 1 to " + std::to_string(kMaxTeams) + " teams.";
            return;
        }
        if (direction > 0)
            setup.teams.push_back(freshTeam(setup.teams));
        else
            setup.teams.pop_back();
        return;
    }
    case SetupField::Team:
        if (r.team < setup.teams.size())
            setup.teams[r.team].colour = nextColour(setup.teams[r.team].colour, direction);
        return;
    case SetupField::ClassSize: {
        const int size = setup.classSize + direction;
        if (size < kMinClassSize || size > kMaxClassSize) {
            notice = "A class has " + std::to_string(kMinClassSize) + " to " +
                     std::to_string(kMaxClassSize) + " people.";
            return;
        }
        setup.classSize = size;
        return;
    }
    case SetupField::Discussion:
        setup.discussionSeconds = stepFrom(discussionSteps(), setup.discussionSeconds, direction);
        return;
    case SetupField::Phones:
        phones = !phones;
        return;
    case SetupField::Counts:
        setup.hideUntilReveal = !setup.hideUntilReveal;
        return;
    case SetupField::Rules:
        setup.holdRules = !setup.holdRules;
        return;
    case SetupField::Projector:
        look.projector = !look.projector;
        return;
    case SetupField::Start:
        return;
    }
}

bool ClassroomView::start(ClassClock::time_point now) {
    const auto problems = problemsWith(setup);
    if (!problems.empty()) {
        notice = problems.front();
        return false;
    }
    m_file = m_content->complete(m_file);
    if (m_file == nullptr || !m_file->usable()) {
        const auto errors = m_file ? m_file->errors() : std::vector<std::string>{};
        notice = "This scenario cannot start: " +
                 (errors.empty() ? std::string("it is no longer in the library") : errors.front());
        return false;
    }
    try {
        session.emplace(setup, m_file->scenario, m_file->scripting, m_content->rubric, now);
    } catch (const std::exception& e) {
        notice = std::string("This scenario cannot start: ") + e.what();
        return false;
    }
    typed.clear();
    blanked = confirmEnd = removing = false;
    debrief.reset();
    notice.clear();
    toTop();
    m_lastNext = now; // the press that started the class must not also lock the first vote
    m_started = store::isoNow();
    stage = ClassStage::Play;
    if (session->phase() == Phase::Ended) {
        finish();
        return true;
    }
    if (phones) openPhones();
    return true;
}

void ClassroomView::openPhones() {
    net::ServerOptions options;
    options.port = port;
    options.bind = bind;
    options.classSize = setup.classSize;
    if (!m_phones.open(options, wake)) {
        notice = "Phones cannot join: " + m_phones.problem() + " Hands still count.";
        return;
    }
    m_phones.sync(*session);
    const JoinInfo& info = m_phones.info();
    notice = "Phones join at " + info.address + " (room " + info.roomCode + ")";
    if (announce) {
        for (const std::string& address : m_phones.addresses())
            announce(address);
    }
}

const JoinInfo* ClassroomView::joinInfo() const {
    if (stage != ClassStage::Play || !phones) return nullptr;
    return &m_phones.info();
}

void ClassroomView::finish() {
    session->end();
    m_phones.close(); // the server listens only while a session plays
    debrief = debriefClass(*session);
    toTop();
    // Kept at once, so closing the program loses nothing; M saves the same file again.
    m_date = localTime("%Y-%m-%d");
    m_stamp = localTime("%Y-%m-%d-%H%M");
    notice.clear();
    if (!exportFolder.empty()) saveMarkdown(exportFolder);
    if (records != nullptr && m_file != nullptr && records->writable()) {
        ClassRecord record = classRecordOf(*debrief, *m_file->scenario);
        record.started = m_started;
        if (!records->addClass(record)) notice = records->problem();
    }
    stage = ClassStage::Debrief;
}

bool ClassroomView::lettersChoose() const {
    if (!session || session->error()) return false;
    if (session->phase() == Phase::Voting) return true;
    return session->phase() == Phase::Revealed && !session->resolution().option;
}

std::optional<std::string> ClassroomView::saveMarkdown(const std::string& folder) {
    if (!debrief) return std::nullopt;
    if (folder.empty()) {
        notice = "Not saved: there is no folder for class debriefs.";
        return std::nullopt;
    }
    const std::string path =
        (std::filesystem::path(folder) / report::classMarkdownName(*debrief, m_stamp)).string();
    std::string problem;
    if (!writeFileAtomically(path, report::classMarkdown(*debrief, m_date), problem)) {
        notice = "Not saved: " + problem;
        return std::nullopt;
    }
    notice = "Saved the class debrief to " + path;
    return path;
}

bool ClassroomView::update(ClassClock::time_point now) {
    if (stage != ClassStage::Play || !session) return false;
    const bool phonesChanged = m_phones.sync(*session);
    if (!session->tick(now)) return phonesChanged;
    if (!confirmEnd) notice = session->note(); // the question asked stays until answered
    return true;
}

std::string ClassroomView::paceLine(ClassClock::time_point now) const {
    if (!session || !session->current()) return {};
    const Pace p = session->pace(now);
    const int step = session->current()->step;
    const int least = p.taken + p.leftShortest, most = p.taken + p.leftLongest;
    std::string of = least == most ? std::to_string(least)
                                   : std::to_string(least) + " to " + std::to_string(most);
    return "Decision " + std::to_string(step) + " of about " + of + " · " +
           std::to_string(p.minutes) + " min";
}

std::optional<ClassClock::time_point>
ClassroomView::nextDeadline(ClassClock::time_point now) const {
    if (stage != ClassStage::Play || !session || blanked) return std::nullopt;
    return session->nextTick(now);
}

} // namespace frontline::app
