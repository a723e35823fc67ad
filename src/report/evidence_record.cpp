#include "evidence_record.hpp"

#include "core/work_on.hpp"

#include "timestamps.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace frontline::report {

namespace {

// ---- The record's content, written once for both formats ----------------------------------

enum class Style { Plain, Strong, Emphasis };

struct Span {
    std::string text;
    Style style = Style::Plain;
};
using Spans = std::vector<Span>;

// How each format draws a block. Text arrives unescaped: escaping is the writer's job, so no
// piece of a scenario or a learner's name can reach the output without it.
class Writer {
  public:
    virtual ~Writer() = default;
    virtual void heading(int level, const std::string& text) = 0;
    // `role` is a fixed word (customer, learner, narration, note) a format may style by.
    virtual void paragraph(const Spans& spans, std::string_view role = {}) = 0;
    virtual void list(const std::vector<Spans>& items) = 0;
    virtual void answerSpace(const std::string& prompt) = 0; // room to write in, on paper too
};

Spans labelled(const std::string& label, const std::string& value) {
    return {{label + ":", Style::Strong}, {" " + value, Style::Plain}};
}

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string modeLabel(Mode mode) {
    return mode == Mode::Assessment ? "Assessment (no feedback, no undo)"
                                    : "Practice (feedback after each choice, undo allowed)";
}

std::string twoDigits(int n) {
    std::string out = n < 10 ? "0" : "";
    return out.append(std::to_string(n));
}

std::string dayText(const UtcTime& c) {
    static constexpr std::array<const char*, 12> kMonths{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return std::to_string(c.day) + " " + kMonths[static_cast<std::size_t>(c.month - 1)] + " " +
           std::to_string(c.year);
}

std::string timeText(const UtcTime& c) {
    return twoDigits(c.hour) + ":" + twoDigits(c.minute);
}

// "23 November 2026, 14:05 to 14:31 UTC"; a stamp in another shape is shown as it is.
std::string whenText(const AttemptRecord& r) {
    const auto start = utcTimeOf(r.started);
    if (!start) return r.started.empty() ? "not recorded" : r.started;
    std::string out = dayText(*start) + ", " + timeText(*start);
    const auto end = utcTimeOf(r.finished);
    if (end && r.finished.compare(0, 10, r.started, 0, 10) == 0)
        out.append(" to ").append(timeText(*end));
    else if (end)
        out.append(" UTC to ").append(dayText(*end)).append(", ").append(timeText(*end));
    return out + " UTC";
}

// "4.3 s", "1 min 5 s": how long the learner took over a choice.
std::string tookText(std::int64_t millis) {
    if (millis < 60000) {
        const std::int64_t tenths = (millis + 50) / 100;
        return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
    }
    const std::int64_t seconds = (millis + 500) / 1000;
    return std::to_string(seconds / 60) + " min " + std::to_string(seconds % 60) + " s";
}

std::string learnerName(const EvidenceInput& in) {
    return in.record.learner.empty() ? "You" : in.record.learner;
}

std::string customerName(const EvidenceInput& in) {
    if (!in.customerName.empty()) return in.customerName;
    const std::string& named = in.session.scenario().customer.name;
    return named.empty() ? "Customer" : named;
}

std::string scenarioTitle(const EvidenceInput& in) {
    return in.record.title.empty() ? in.record.scenario : in.record.title;
}

std::string pageTitle(const EvidenceInput& in) {
    return std::string("Evidence record: ").append(scenarioTitle(in));
}

std::vector<Spans> resultLines(const EvidenceInput& in) {
    const AttemptRecord& r = in.record;
    if (!r.isFinished())
        return {labelled("Result", std::string("Not finished: stopped at step ") +
                                       std::to_string(r.choices.size() + 1) + ".")};
    const Grade grade = in.debrief ? in.debrief->grade : r.grade;
    const int percent = in.debrief ? in.debrief->percent : r.percent;
    std::vector<Spans> lines{
        labelled("Result", std::string(toString(grade)) + ", " + std::to_string(percent) + "%.")};
    if (in.debrief && !in.debrief->reason.empty())
        lines.push_back(labelled("Why this grade", in.debrief->reason));
    std::string ending = capitalised(toString(r.endingKind)) + ".";
    if (const std::string summary = in.session.finished() ? in.session.summary() : "";
        !summary.empty())
        ending.append(" ").append(summary);
    lines.push_back(labelled("Ending", ending));
    return lines;
}

void header(const EvidenceInput& in, Writer& w) {
    const AttemptRecord& r = in.record;
    w.heading(1, pageTitle(in));
    std::vector<Spans> facts{
        labelled("Learner", learnerName(in)),
        labelled("Organisation",
                 in.organisationName.empty() ? r.organisation : in.organisationName),
        labelled("Date", whenText(r)),
        labelled("Mode", modeLabel(r.mode)),
        labelled("Customer", customerName(in)),
    };
    for (Spans& line : resultLines(in))
        facts.push_back(std::move(line));
    facts.push_back(labelled("Reference", "attempt " + r.uuid + ", scenario " + r.scenario +
                                              " version " + r.version + ", seed " +
                                              std::to_string(r.seed)));
    w.list(facts);
    if (!in.note.empty()) w.paragraph(labelled("Note", in.note), "note");
}

// The choice behind the n-th learner line, when the record and the replay agree on it.
const ChoiceRecord* choiceFor(const AttemptRecord& r, std::size_t n, const Line& line) {
    if (n >= r.choices.size() || r.choices[n].choice != line.choice) return nullptr;
    return &r.choices[n];
}

void transcript(const EvidenceInput& in, Writer& w) {
    w.heading(2, "The conversation");
    const std::string customer = customerName(in), learner = learnerName(in);
    std::size_t said = 0;
    for (const Line& line : in.session.transcript()) {
        switch (line.speaker) {
        case Speaker::Narration:
            w.paragraph({{line.text, Style::Emphasis}}, "narration");
            break;
        case Speaker::Customer:
            w.paragraph(labelled(customer, line.text), "customer");
            break;
        case Speaker::Learner: {
            // Numbered, because each finding's Point names the step it comes from.
            Spans spans = labelled(learner + ", step " + std::to_string(said + 1), line.text);
            const ChoiceRecord* choice = choiceFor(in.record, said++, line);
            if (choice && choice->millis > 0)
                spans.push_back(
                    {std::string(" (took ").append(tookText(choice->millis)).append(")"),
                     Style::Emphasis});
            w.paragraph(spans, "learner");
            break;
        }
        }
    }
}

// The rule and its source, without the title the heading above already gives.
std::string evidenceText(const Finding& f) {
    std::string text = f.evidence;
    if (const std::string lead = f.title + ": "; text.rfind(lead, 0) == 0)
        text.erase(0, lead.size());
    if (f.source.empty() || text.find(f.source) != std::string::npos) return text;
    return text + " (Source: " + f.source + ")";
}

// The status leads the heading so a reader scanning the page sees it first.
void finding(const Finding& f, Writer& w) {
    w.heading(4, capitalised(statusWithPoints(f)) + ": " + f.title);
    w.list({labelled("Point", f.point), labelled("Evidence", evidenceText(f)),
            labelled("Explain", f.explain)});
}

// Breaches in the order they happened, each with the better line: what to practise next.
void workOn(const Debrief& d, Writer& w) {
    w.heading(3, "What to work on");
    if (d.workOn.empty()) w.paragraph({{"Nothing: no rule was broken.", Style::Plain}});
    for (const WorkOn& item : d.workOn) {
        const WorkOnText text = describe(item);
        w.heading(4, std::string(markWord(text.mark)) + ". " + text.headline);
        std::vector<Spans> lines{{{text.said, Style::Plain}}};
        if (!text.better.empty()) lines.push_back({{text.better, Style::Plain}});
        if (!text.cap.empty()) lines.push_back({{text.cap, Style::Emphasis}});
        w.list(lines);
    }
}

void findings(const Debrief& d, Writer& w) {
    w.heading(2, "Findings");
    if (!d.subtotals.empty())
        w.paragraph(labelled("Points", subtotalsLine(d.subtotals, "; ") + "."));
    workOn(d, w);
    std::optional<PrincipleKind> group;
    for (const Finding& f : d.findings) {
        if (group != f.kind) w.heading(3, std::string(kindLabel(f.kind)));
        group = f.kind;
        finding(f, w);
    }
    for (const std::string& id : d.unknownIds)
        w.paragraph({{"Not scored: '" + id + "' is not in the rubric.", Style::Emphasis}});
}

void reflection(Writer& w) {
    w.heading(2, "Reflection");
    w.paragraph({{"Write in your own words, thinking about the rules above.", Style::Plain}});
    for (const char* prompt : {"What went well", "What I would do differently",
                               "Which rule I will remember, and why", "Assessor's comments"})
        w.answerSpace(prompt);
}

void write(const EvidenceInput& in, Writer& w) {
    header(in, w);
    transcript(in, w);
    if (in.record.isFinished() && in.debrief) findings(*in.debrief, w);
    reflection(w);
}

// ---- Markdown ----------------------------------------------------------------------------

// Characters Markdown would read as formatting; a line break would end the paragraph.
std::string markdownEscaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|~").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

// Emphasis markers must touch the text ("**Name:** x", not "**Name: **x"), so spaces at either
// end go outside them.
std::string markdownSpan(const Span& span) {
    const std::string marker = span.style == Style::Strong     ? "**"
                               : span.style == Style::Emphasis ? "*"
                                                               : "";
    const auto first = span.text.find_first_not_of(' ');
    if (marker.empty() || first == std::string::npos) return markdownEscaped(span.text);
    const auto last = span.text.find_last_not_of(' ');
    return span.text.substr(0, first) + marker +
           markdownEscaped(std::string_view(span.text).substr(first, last - first + 1)) + marker +
           span.text.substr(last + 1);
}

std::string markdownSpans(const Spans& spans) {
    std::string out;
    for (const Span& s : spans)
        out += markdownSpan(s);
    return out;
}

class MarkdownWriter final : public Writer {
  public:
    void heading(int level, const std::string& text) override {
        m_out.append(static_cast<std::size_t>(level), '#')
            .append(" ")
            .append(markdownEscaped(text))
            .append("\n\n");
    }
    void paragraph(const Spans& spans, std::string_view role) override {
        m_out.append(role == "note" ? "> " : "").append(markdownSpans(spans)).append("\n\n");
    }
    void list(const std::vector<Spans>& items) override {
        for (const Spans& item : items)
            m_out.append("- ").append(markdownSpans(item)).append("\n");
        m_out += "\n";
    }
    void answerSpace(const std::string& prompt) override {
        heading(3, prompt);
        const std::string rule = ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . "
                                 ". . . . . . . . . .\n\n";
        for (int i = 0; i < 4; ++i)
            m_out += rule;
    }
    std::string text() const { return m_out; }

  private:
    std::string m_out;
};

// ---- HTML --------------------------------------------------------------------------------

std::string htmlSpans(const Spans& spans) {
    std::string out;
    for (const Span& s : spans) {
        const std::string tag = s.style == Style::Strong     ? "strong"
                                : s.style == Style::Emphasis ? "em"
                                                             : "";
        if (tag.empty())
            out += htmlEscaped(s.text);
        else
            out.append("<" + tag + ">").append(htmlEscaped(s.text)).append("</" + tag + ">");
    }
    return out;
}

constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1b1b1b;
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
main { max-width: 50rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 2px solid #c8c8c8; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
ul { padding-left: 1.25rem; margin: .5rem 0 1rem; }
li { margin: .2rem 0; }
p { margin: .6rem 0; }
p.learner { padding-left: .9rem; border-left: 4px solid #1f4e9c; }
p.narration { color: #3f3f3f; }
p.note { padding: .5rem .75rem; border: 1px solid #8a4b00; background: #fff5e6; }
.box { min-height: 7rem; border: 1px solid #4a4a4a; border-radius: 3px; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  li, p, .answer { break-inside: avoid; }
  .box { min-height: 9rem; }
}
)";

class HtmlWriter final : public Writer {
  public:
    void heading(int level, const std::string& text) override {
        const std::string tag = std::string("h").append(std::to_string(level));
        m_out.append("<" + tag + ">").append(htmlEscaped(text)).append("</" + tag + ">\n");
    }
    void paragraph(const Spans& spans, std::string_view role) override {
        m_out += "<p";
        if (!role.empty()) m_out.append(" class=\"").append(role).append("\"");
        m_out.append(">").append(htmlSpans(spans)).append("</p>\n");
    }
    void list(const std::vector<Spans>& items) override {
        m_out += "<ul>\n";
        for (const Spans& item : items)
            m_out.append("<li>").append(htmlSpans(item)).append("</li>\n");
        m_out += "</ul>\n";
    }
    void answerSpace(const std::string& prompt) override {
        m_out += "<section class=\"answer\">\n";
        heading(3, prompt);
        m_out += "<div class=\"box\"></div>\n</section>\n";
    }
    std::string page(const std::string& title) const {
        std::string out =
            "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out.append("<title>").append(htmlEscaped(title)).append("</title>\n<style>");
        out.append(kStyle).append("</style>\n</head>\n<body>\n<main>\n");
        return out.append(m_out).append("</main>\n</body>\n</html>\n");
    }

  private:
    std::string m_out;
};

} // namespace

std::string htmlEscaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string evidenceMarkdown(const EvidenceInput& in) {
    MarkdownWriter writer;
    write(in, writer);
    return writer.text();
}

std::string evidenceHtml(const EvidenceInput& in) {
    HtmlWriter writer;
    write(in, writer);
    return writer.page(pageTitle(in) + " (" + learnerName(in) + ")");
}

} // namespace frontline::report
