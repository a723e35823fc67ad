#include "feedback.hpp"

#include "names.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <stdexcept>

namespace frontline {

namespace {

// "Title (Law, Source)" with the parts asked for that are known.
std::string named(const FeedbackItem& item, bool kind, bool source) {
    std::string detail;
    if (kind) detail = std::string(kindLabel(item.kind));
    if (source && !item.source.empty()) detail += (detail.empty() ? "" : ", ") + item.source;
    return detail.empty() ? item.title : item.title + " (" + detail + ")";
}

// Titles are often sentences ("Check identity before sharing account details"), so a list of
// them is kept apart with semicolons rather than run together with "and".
std::string listed(const std::vector<FeedbackItem>& items, bool kind, bool source) {
    std::string out;
    for (const FeedbackItem& item : items)
        out += (out.empty() ? "" : "; ") + named(item, kind, source);
    return out;
}

template <typename Keep>
std::vector<FeedbackItem> only(const std::vector<FeedbackItem>& items, Keep keep) {
    std::vector<FeedbackItem> out;
    std::copy_if(items.begin(), items.end(), std::back_inserter(out), keep);
    return out;
}

bool isLaw(const FeedbackItem& item) {
    return item.kind == PrincipleKind::Law;
}

FeedbackItem itemFor(const std::string& id, const Rubric& rubric, const std::string& organisation) {
    FeedbackItem item;
    item.id = id;
    item.title = id;
    if (const Principle* p = rubric.find(id, organisation)) {
        item.title = p->title.empty() ? id : p->title;
        item.source = p->source;
        item.kind = p->kind;
        item.critical = p->critical;
    }
    return item;
}

Mark markOf(const StepFeedback& f) {
    if (std::any_of(f.breached.begin(), f.breached.end(),
                    [](const FeedbackItem& item) { return item.critical; }))
        return Mark::Critical;
    if (!f.breached.empty()) return f.credited.empty() ? Mark::Breached : Mark::Partly;
    return f.credited.empty() ? Mark::Neutral : Mark::Shown;
}

// Said after the mark's word ("Good", "Critical"), so it does not repeat it. The sources (often
// long legal citations) are named only for a critical rule; the debrief gives every source.
std::string headlineOf(const StepFeedback& f) {
    // A pleased customer never hides a broken law: that sentence takes the law breaches and the
    // others are said apart from it.
    const bool pleasedButUnlawful = f.pleased() && f.breaksLaw();
    const bool critical = f.mark == Mark::Critical;
    const auto criticals = only(f.breached, [](const FeedbackItem& i) { return i.critical; });
    const auto rest = only(f.breached, [&](const FeedbackItem& i) {
        return !(critical && i.critical) && !(pleasedButUnlawful && isLaw(i));
    });
    std::vector<std::string> sentences;
    switch (f.mark) {
    case Mark::Neutral:
        return "No principle turns on this choice: it neither shows nor goes against one.";
    case Mark::Shown:
        return "This shows: " + listed(f.credited, true, false) + ".";
    case Mark::Partly:
        sentences.push_back("This shows: " + listed(f.credited, true, false) + ".");
        break;
    case Mark::Breached:
        break;
    case Mark::Critical:
        sentences.push_back(
            "This would fail an assessment: " + listed(criticals, false, true) +
            (criticals.size() == 1 ? " is a critical rule." : " are critical rules."));
        break;
    }
    if (pleasedButUnlawful) {
        // Laws already named as critical are not named twice.
        const auto unnamed = only(f.breached, [&](const FeedbackItem& i) {
            return isLaw(i) && !(critical && i.critical);
        });
        sentences.push_back(
            "The customer is happier, but this breaks the law" +
            (unnamed.empty() ? std::string(".") : ": " + listed(unnamed, false, false) + "."));
    }
    if (!rest.empty()) {
        const bool also = critical || pleasedButUnlawful;
        sentences.push_back((also                     ? "It also goes against: "
                             : f.mark == Mark::Partly ? "But it goes against: "
                                                      : "This goes against: ") +
                            listed(rest, true, false) + ".");
    }
    if (critical && !f.credited.empty())
        sentences.push_back("It does show: " + listed(f.credited, true, false) + ".");
    std::string out;
    for (const std::string& s : sentences)
        out += (out.empty() ? "" : " ") + s;
    return out;
}

void addOnce(std::vector<FeedbackItem>& items, FeedbackItem item) {
    const bool seen = std::any_of(items.begin(), items.end(),
                                  [&](const FeedbackItem& other) { return other.id == item.id; });
    if (!seen) items.push_back(std::move(item));
}

// The first entry of each table is the fallback.
constexpr NameTable<Mark, 5> kMarkWords{{
    {Mark::Neutral, "Neutral"},
    {Mark::Shown, "Good"},
    {Mark::Partly, "Partly"},
    {Mark::Breached, "Breach"},
    {Mark::Critical, "Critical"},
}};

constexpr NameTable<Mark, 5> kMarkSymbols{{
    {Mark::Neutral, "\u2022"},
    {Mark::Shown, "\u2713"},
    {Mark::Partly, "~"},
    {Mark::Breached, "\u2717"},
    {Mark::Critical, "\u2717\u2717"},
}};

} // namespace

std::string_view markWord(Mark mark) {
    return nameIn(kMarkWords, mark);
}

std::string_view markSymbol(Mark mark) {
    return nameIn(kMarkSymbols, mark);
}

bool StepFeedback::breaksLaw() const {
    return std::any_of(breached.begin(), breached.end(), isLaw);
}

std::string StepFeedback::moodSentence() const {
    if (moodAfter == moodBefore) return "";
    return std::string("The customer's mood ") + (pleased() ? "rose by " : "fell by ") +
           std::to_string(std::abs(moodAfter - moodBefore)) + ".";
}

StepFeedback feedbackFor(const Session& session, std::size_t stepIndex, const Rubric& rubric) {
    if (stepIndex >= session.steps().size())
        throw std::out_of_range("feedbackFor: step " + std::to_string(stepIndex + 1) +
                                " has not been taken");
    const Step& step = session.steps()[stepIndex];
    const std::string& organisation = session.scenario().organisation;
    StepFeedback f;
    f.step = stepIndex;
    f.why = step.why;
    f.moodBefore = step.moodBefore;
    f.moodAfter = step.moodAfter;
    for (const Evidence& e : session.evidence()) {
        if (e.step != static_cast<int>(stepIndex) + 1) continue;
        addOnce(e.kind == EvidenceKind::Credit ? f.credited : f.breached,
                itemFor(e.principle, rubric, organisation));
    }
    f.mark = markOf(f);
    f.headline = headlineOf(f);
    return f;
}

} // namespace frontline
