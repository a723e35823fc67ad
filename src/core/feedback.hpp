// Practice feedback after one choice: a mark (right, partly, wrong, critical or neutral) and the
// sentences that say why, built here once so the window and the terminal use the same words.
#pragma once

#include "rubric.hpp"
#include "session.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// What one choice did to the principles it touched. Never shown by colour alone: every mark has
// a word and a symbol too.
enum class Mark {
    Neutral,  // it touched no principle
    Shown,    // it only credited principles
    Partly,   // it credited some and breached some (none critical)
    Breached, // it breached a principle, none critical, and credited none
    Critical, // it breached a critical principle: this alone fails an assessment
};

std::string_view markWord(Mark mark);   // "Good", "Partly", "Breach", "Critical", "Neutral"
std::string_view markSymbol(Mark mark); // UTF-8: "✓", "~", "✗", "✗✗", "•"

// One principle a step credited or breached, as the rubric names it for the organisation.
struct FeedbackItem {
    std::string id;
    std::string title; // the id itself when the rubric does not know it
    std::string source;
    PrincipleKind kind = PrincipleKind::Principle;
    bool critical = false;
};

struct StepFeedback {
    std::size_t step = 0; // 0-based, as in Session::steps()
    Mark mark = Mark::Neutral;
    std::vector<FeedbackItem> credited; // in the order the evidence has them, each once
    std::vector<FeedbackItem> breached;
    std::string why; // the author's reason for the choice
    int moodBefore = 0;
    int moodAfter = 0;
    // The mark's sentence(s): what was right or wrong, a critical breach said to fail an
    // assessment, a pleased customer set against a broken law.
    std::string headline;

    bool pleased() const { return moodAfter > moodBefore; }
    bool breaksLaw() const;
    // "The customer's mood rose by 5." ("" when it did not change.)
    std::string moodSentence() const;
};

// The feedback for `stepIndex` (0-based) of a session: the evidence whose step is that choice's
// (an ending's evidence counts with the step that reached it), titled from `rubric` for the
// scenario's organisation, and the mood before and after it. `stepIndex` must be below
// session.steps().size().
StepFeedback feedbackFor(const Session& session, std::size_t stepIndex, const Rubric& rubric);

} // namespace frontline
