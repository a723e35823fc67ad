// The window's screens by name: one table for the window's Screen enum (its first entries, in
// the enum's order), `--screen` and its help, and the screenshots. Names only, so the command
// line can list them without the window.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace frontline {

struct ScreenName {
    std::string_view name;
    std::string_view what;
};

// The screens themselves, then views of them that a screenshot can ask for.
inline constexpr std::array kScreenNames{
    ScreenName{"library", "the scenarios, with filters and search"},
    ScreenName{"briefing", "a scenario's briefing"},
    ScreenName{"play", "playing a scenario"},
    ScreenName{"debrief", "the debrief's findings"},
    ScreenName{"settings", "text size, theme, font"},
    ScreenName{"class-setup", "a class's setup"},
    ScreenName{"class-play", "a class's decision on the projector"},
    ScreenName{"class-debrief", "a class's debrief"},
    ScreenName{"author", "the author's map of a scenario"},
    ScreenName{"progress", "a learner's progress and records"},
    ScreenName{"handbook", "play with the policy handbook open"},
    ScreenName{"playtest", "an author's playtest, with the inspector"},
    ScreenName{"debrief-path", "the debrief's path beside the best"},
    ScreenName{"class-vote", "a class vote"},
    ScreenName{"class-reveal", "a class vote revealed"},
    ScreenName{"class-card", "a class's consequence card"},
};
inline constexpr std::size_t kScreenCount = 10; // the entries above that are screens

// "library, briefing, ...": every name --screen takes.
inline std::string screenNameList() {
    std::string out;
    for (const ScreenName& s : kScreenNames)
        out += (out.empty() ? "" : ", ") + std::string(s.name);
    return out;
}

} // namespace frontline
