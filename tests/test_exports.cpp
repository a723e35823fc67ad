// Exports of the learner records: the evidence record (Markdown and HTML), CSV, JSON and xAPI,
// from real attempts at library scenarios turned into records as the store would keep them.
#include "core/explorer.hpp"
#include "core/record.hpp"
#include "core/text.hpp"
#include "core/work_on.hpp"
#include "report/evidence_record.hpp"
#include "report/json_text.hpp"
#include "report/records_csv.hpp"
#include "report/records_json.hpp"
#include "report/xapi.hpp"
#include "store/database.hpp"
#include "store/records.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string_view>
#include <unistd.h>

using namespace frontline;
using nlohmann::json;

namespace {

const std::string kHostile = "<script>alert(1)</script> & \"x\"";
const std::regex kUuid("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
const std::regex kDuration(R"(^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$)");

const std::vector<std::string>& kKettleBest = test::kettleBest();
const std::vector<std::string> kBreachHidden{"greeting.acct-number", "acct_number.read-balance",
                                             "breach_made.cover-up"};

const script::Library& library() {
    static const auto loaded = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    return loaded;
}

// A valid v4 UUID, different for each (attempt, n).
std::string uuid(int attempt, int n) {
    char text[40];
    std::snprintf(text, sizeof text, "6fa459ea-ee8a-4ca4-894e-db77%04x%04x", attempt, n);
    return text;
}

std::string stamp(int minute, int second, int millis = 120) {
    char text[64];
    std::snprintf(text, sizeof text, "2026-11-23T14:%02d:%02d.%03dZ", minute, second, millis);
    return text;
}

// An attempt played, debriefed and recorded, as the app would keep it.
struct Attempt {
    Session session;
    Debrief debrief;
    AttemptRecord record;
};

Attempt attempt(const std::string& scenarioId, const std::vector<std::string>& ids,
                bool finish = true, const std::string& learner = "Jo Bloggs") {
    const script::LoadedFile* file = library().find(scenarioId);
    REQUIRE(file != nullptr);
    Attempt a{test::play(*file, ids, 1, Mode::Assessment), {}, {}};
    AttemptRecord& r = a.record;
    r.id = 12;
    r.uuid = uuid(12, 0);
    r.learner = learner;
    r.scenario = scenarioId;
    r.title = a.session.scenario().title;
    r.version = a.session.scenario().version;
    r.organisation = a.session.scenario().organisation;
    r.mode = Mode::Assessment;
    r.seed = 1;
    r.started = stamp(5, 9);
    for (std::size_t i = 0; i < a.session.steps().size(); ++i) {
        const Step& step = a.session.steps()[i];
        ChoiceRecord c;
        c.step = static_cast<int>(i) + 1;
        c.node = step.node;
        c.choice = step.choice;
        c.text = step.text;
        c.millis = 4250 + 1000 * static_cast<std::int64_t>(i);
        c.at = stamp(6 + static_cast<int>(i), 0);
        c.uuid = uuid(12, c.step);
        recordEvidence(c, a.session, c.step);
        r.choices.push_back(std::move(c));
    }
    if (finish) {
        REQUIRE(a.session.finished());
        const Exploration found = explore(file->scenario, file->scripting, library().rubric);
        a.debrief = debriefAgainst(a.session, library().rubric, found);
        r.finished = stamp(12, 14, 370); // 7 min 5.25 s after it started
        r.completionUuid = uuid(12, 999);
        recordOutcome(r, a.session, a.debrief);
    }
    return a;
}

const Attempt& kettle() {
    static const Attempt a = attempt("brightmart.faulty-kettle", kKettleBest);
    return a;
}

const Attempt& breach() {
    static const Attempt a = attempt("northway.not-the-account-holder", kBreachHidden);
    return a;
}

report::EvidenceInput input(const Attempt& a, const std::string& organisation = "Brightmart") {
    return {a.record, a.session, &a.debrief, organisation, "", ""};
}

std::string markdownEscaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

using report::htmlEscaped;

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

// RFC 4180 read back: rows of fields; every row must end in CRLF.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool inQuotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            REQUIRE(field.empty());
            inQuotes = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            REQUIRE(c != '\n'); // a bare LF ends no row
            field += c;
        }
    }
    REQUIRE_FALSE(inQuotes);
    REQUIRE(field.empty());
    REQUIRE(rows.back().empty()); // the last row ended with CRLF
    rows.pop_back();
    return rows;
}

void requireSameChoice(const ChoiceRecord& a, const ChoiceRecord& b) {
    CHECK(a.step == b.step);
    CHECK(a.node == b.node);
    CHECK(a.choice == b.choice);
    CHECK(a.text == b.text);
    CHECK(a.millis == b.millis);
    CHECK(a.at == b.at);
    CHECK(a.uuid == b.uuid);
    CHECK(a.credited == b.credited);
    CHECK(a.breached == b.breached);
}

void requireSameRecord(const AttemptRecord& a, const AttemptRecord& b) {
    CHECK(a.id == b.id);
    CHECK(a.uuid == b.uuid);
    CHECK(a.learner == b.learner);
    CHECK(a.scenario == b.scenario);
    CHECK(a.title == b.title);
    CHECK(a.version == b.version);
    CHECK(a.organisation == b.organisation);
    CHECK(a.mode == b.mode);
    CHECK(a.seed == b.seed);
    CHECK(a.started == b.started);
    CHECK(a.finished == b.finished);
    REQUIRE(a.choices.size() == b.choices.size());
    for (std::size_t i = 0; i < a.choices.size(); ++i)
        requireSameChoice(a.choices[i], b.choices[i]);
    CHECK(a.ending == b.ending);
    CHECK(a.endingKind == b.endingKind);
    CHECK(a.grade == b.grade);
    CHECK(a.percent == b.percent);
    CHECK(a.points == b.points);
    CHECK(a.best == b.best);
    CHECK(a.completionUuid == b.completionUuid);
    REQUIRE(a.principles.size() == b.principles.size());
    for (std::size_t i = 0; i < a.principles.size(); ++i) {
        CHECK(a.principles[i].principle == b.principles[i].principle);
        CHECK(a.principles[i].kind == b.principles[i].kind);
        CHECK(a.principles[i].status == b.principles[i].status);
        CHECK(a.principles[i].title == b.principles[i].title);
        CHECK(a.principles[i].source == b.principles[i].source);
    }
}

void requireInvalid(const json& j, const std::string& field) {
    try {
        (void)report::attemptFromJson(j);
        FAIL("no error for " << field);
    } catch (const std::invalid_argument& e) {
        CHECK_THAT(e.what(), Catch::Contains("'" + field + "'"));
    }
}

} // namespace

TEST_CASE("The evidence record in Markdown holds the attempt and room to reflect", "[exports]") {
    const Attempt& a = kettle();
    REQUIRE_FALSE(a.debrief.findings.empty());
    const std::string md = report::evidenceMarkdown(input(a));
    CHECK_THAT(md, Catch::StartsWith("# Evidence record: " + markdownEscaped(a.record.title)));
    CHECK_THAT(md, Catch::Contains("**Learner:** Jo Bloggs"));
    CHECK_THAT(md, Catch::Contains("**Organisation:** Brightmart"));
    CHECK_THAT(md, Catch::Contains("23 November 2026, 14:05 to 14:12 UTC"));
    CHECK_THAT(md, Catch::Contains("Assessment"));
    CHECK_THAT(md, Catch::Contains("Distinction, " + std::to_string(a.debrief.percent) + "%"));
    CHECK_THAT(md, Catch::Contains(markdownEscaped(a.debrief.reason)));
    // The transcript: the customer by name, the learner by name, with the time each choice took.
    CHECK_THAT(md, Catch::Contains("**" + a.session.scenario().customer.name + ":**"));
    for (std::size_t step = 1; step <= kKettleBest.size(); ++step)
        CHECK_THAT(md, Catch::Contains("**Jo Bloggs, step " + std::to_string(step) + ":**"));
    CHECK_THAT(md, Catch::Contains("*(took 4.3 s)*"));
    CHECK_THAT(md, Catch::Contains("*(took 11.3 s)*"));
    CHECK_THAT(md, Catch::Contains("### Law") && Catch::Contains("### Good practice"));
    for (const Finding& f : a.debrief.findings) {
        INFO(f.principle);
        std::string status = statusWithPoints(f); // "demonstrated, +6 points"
        status[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(status[0])));
        CHECK_THAT(md, Catch::Contains("#### " + status + ": " + markdownEscaped(f.title)));
        CHECK_THAT(md, Catch::Contains("**Point:** " + markdownEscaped(f.point)));
        // The rule without the title its heading already gives.
        CHECK_THAT(md, Catch::Contains("**Evidence:** " +
                                       markdownEscaped(f.evidence.substr(f.title.size() + 2))));
        CHECK_THAT(md, Catch::Contains("**Explain:** " + markdownEscaped(f.explain)));
    }
    CHECK_THAT(md, Catch::Contains("## Reflection") && Catch::Contains("### What went well") &&
                       Catch::Contains("### What I would do differently") &&
                       Catch::Contains("### Which rule I will remember, and why"));
}

TEST_CASE("A critical breach shows in the evidence record as critical", "[exports]") {
    const Attempt& a = breach();
    CHECK(a.debrief.grade == Grade::Refer);
    const std::string md = report::evidenceMarkdown(input(a, "Northway"));
    CHECK_THAT(md, Catch::Contains("Refer, "));
    CHECK_THAT(md, Catch::Contains("#### Breached (critical), -"));
    // What to work on leads the findings, the critical breach marked as such.
    const auto work = md.find("### What to work on");
    REQUIRE(work != std::string::npos);
    CHECK(md.find("#### Critical. Step ", work) != std::string::npos);
    CHECK(work < md.find("### Law"));
}

TEST_CASE("htmlEscaped turns every character HTML reads into an entity", "[exports]") {
    CHECK(htmlEscaped("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    CHECK(htmlEscaped("plain") == "plain");
}

TEST_CASE("The evidence record in HTML is one printable page with every finding", "[exports]") {
    const Attempt& a = kettle();
    const std::string html = report::evidenceHtml(input(a));
    CHECK_THAT(html, Catch::StartsWith("<!doctype html>"));
    CHECK_THAT(html, Catch::Contains("<html lang=\"en-GB\">") &&
                         Catch::Contains("<meta charset=\"utf-8\">") &&
                         Catch::Contains("<title>Evidence record: ") &&
                         Catch::Contains("<style>") && Catch::Contains("@media print") &&
                         Catch::Contains("max-width: 50rem"));
    CHECK_THAT(html, Catch::Contains("<h1>Evidence record: " + htmlEscaped(a.record.title)));
    CHECK_THAT(html, Catch::Contains("<strong>Learner:</strong> Jo Bloggs"));
    for (const Finding& f : a.debrief.findings) {
        INFO(f.principle);
        CHECK_THAT(html, Catch::Contains(": " + htmlEscaped(f.title) + "</h4>"));
        CHECK_THAT(html, Catch::Contains(htmlEscaped(f.point)));
        CHECK_THAT(html, Catch::Contains(htmlEscaped(f.evidence.substr(f.title.size() + 2))));
        CHECK_THAT(html, Catch::Contains(htmlEscaped(f.explain)));
    }
    CHECK_THAT(html, Catch::Contains("<h2>Reflection</h2>"));
    CHECK(count(html, "<div class=\"box\"></div>") == 4);
    CHECK(count(html, "<input") + count(html, "<textarea") == 0);
    CHECK_THAT(html, Catch::EndsWith("</html>\n"));
}

TEST_CASE("Hostile names and lines are escaped in both evidence formats", "[exports]") {
    const auto loaded = test::loadText(R"(
scenario { id = "t.hostile", title = 'Q&A <b>', brief = "b", customer = { name = "S" }, start = "a" }
node "a" {
  customer = '<script>alert(1)</script> & "x"',
  choice { '<script>alert(1)</script> & "x"', id = "say", go = "end", why = "w" },
}
ending "end" { kind = "resolved", summary = "s" }
)");
    REQUIRE(loaded.usable());
    const Session session = test::play(loaded, {"a.say"});
    AttemptRecord r;
    r.uuid = uuid(1, 0);
    r.learner = kHostile;
    r.scenario = "t.hostile";
    r.title = session.scenario().title;
    r.started = stamp(5, 0);
    ChoiceRecord said;
    said.step = 1;
    said.node = "a";
    said.choice = "a.say";
    said.text = session.steps()[0].text;
    said.millis = 1200;
    r.choices.push_back(said);
    const report::EvidenceInput in{r, session, nullptr, kHostile, kHostile, kHostile};

    const std::string html = report::evidenceHtml(in);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    CHECK_THAT(html, Catch::Contains("<title>Evidence record: Q&amp;A &lt;b&gt;"));
    CHECK(count(html, "&lt;script&gt;") >= 5); // learner, organisation, customer, note, lines

    const std::string md = report::evidenceMarkdown(in);
    for (auto at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1))
        CHECK(md[at - 1] == '\\');
    CHECK_THAT(md, Catch::Contains("\\<script\\>alert(1)\\</script\\> & \"x\""));
}

TEST_CASE("An unfinished attempt says where it stopped and has no findings", "[exports]") {
    Attempt a = attempt("brightmart.faulty-kettle", {"arrives.listen", "describe.test-it"}, false);
    const report::EvidenceInput in{
        a.record, a.session, nullptr, "", "", "The scenario has changed since this attempt."};
    const std::string md = report::evidenceMarkdown(in);
    CHECK_THAT(md, Catch::Contains("Not finished: stopped at step 3"));
    CHECK_THAT(md, Catch::Contains("> **Note:** The scenario has changed since this attempt."));
    CHECK_THAT(md, Catch::Contains("**Organisation:** brightmart"));
    CHECK_THAT(md, Catch::Contains("**Date:** 23 November 2026, 14:05 UTC"));
    CHECK(md.find("Findings") == std::string::npos);
    CHECK(md.find("Point:") == std::string::npos);
    CHECK_THAT(md, Catch::Contains("## Reflection"));
    const std::string html = report::evidenceHtml(in);
    CHECK_THAT(html, Catch::Contains("Not finished: stopped at step 3"));
    CHECK(html.find("Findings") == std::string::npos);
    CHECK(html.find("Explain:") == std::string::npos);
}

TEST_CASE("Attempts CSV quotes guards formulas and keeps its columns", "[exports]") {
    AttemptRecord odd = kettle().record;
    odd.id = 13;
    odd.learner = "=HYPERLINK(\"http://x\")";
    odd.title = "Kettle, \"faulty\"\nagain";
    odd.organisation = "-2+3";
    AttemptRecord unfinished =
        attempt("brightmart.faulty-kettle", {"arrives.listen"}, false, "@SUM(A1)").record;
    const std::string csv = report::attemptsCsv({kettle().record, odd, unfinished});
    const auto rows = parseCsv(csv);
    REQUIRE(rows.size() == 4);
    for (const auto& row : rows)
        CHECK(row.size() == 18);
    CHECK(rows[0][0] == "attempt_id");
    CHECK(rows[0][17] == "choices");
    CHECK(rows[1][2] == "Jo Bloggs");
    CHECK(rows[1][8] == "1");
    CHECK(rows[1][13] == "Distinction");
    CHECK(rows[1][17] == std::to_string(kKettleBest.size()));
    CHECK(rows[2][2] == "'=HYPERLINK(\"http://x\")");
    CHECK(rows[2][4] == "Kettle, \"faulty\"\nagain");
    CHECK(rows[2][6] == "'-2+3");
    CHECK(rows[3][2] == "'@SUM(A1)");
    for (std::size_t column : {10, 11, 12, 13, 14, 15, 16})
        CHECK(rows[3][column].empty());
    CHECK_THAT(csv, Catch::Contains("\"Kettle, \"\"faulty\"\"\nagain\""));
    CHECK_THAT(csv, Catch::EndsWith("\r\n"));
}

TEST_CASE("Choices CSV has one row per choice with its evidence", "[exports]") {
    AttemptRecord r = breach().record;
    r.choices[0].text = "\tTab, then \"quote\"";
    const std::string csv = report::choicesCsv({kettle().record, r});
    const auto rows = parseCsv(csv);
    REQUIRE(rows.size() == 1 + kKettleBest.size() + kBreachHidden.size());
    for (const auto& row : rows)
        CHECK(row.size() == 11);
    CHECK(rows[0] == std::vector<std::string>{"attempt_id", "learner", "scenario", "step", "node",
                                              "choice", "text", "millis", "at", "credited",
                                              "breached"});
    CHECK(rows[1][5] == "arrives.listen");
    CHECK(rows[1][7] == "4250");
    const auto& first = rows[1 + kKettleBest.size()];
    CHECK(first[6] == "'\tTab, then \"quote\"");
    bool anyBreach = false;
    for (std::size_t i = 1 + kKettleBest.size(); i < rows.size(); ++i)
        anyBreach = anyBreach || !rows[i][10].empty();
    CHECK(anyBreach);
}

TEST_CASE("An attempt survives a JSON round trip field by field", "[exports]") {
    for (const Attempt* a : {&kettle(), &breach()}) {
        const auto j = report::toJson(a->record, &a->debrief);
        CHECK(j["seed"].is_number_unsigned());
        CHECK(j["mode"] == "assessment");
        CHECK(j["debrief"]["grade"] == std::string(toString(a->debrief.grade)));
        CHECK(j["debrief"]["findings"].size() == a->debrief.findings.size());
        requireSameRecord(report::attemptFromJson(json::parse(j.dump())), a->record);
    }
    AttemptRecord big = kettle().record;
    big.seed = 18446744073709551615ull;
    requireSameRecord(report::attemptFromJson(json::parse(report::toJson(big).dump())), big);
    const AttemptRecord open =
        attempt("brightmart.faulty-kettle", {"arrives.listen"}, false).record;
    const auto j = report::toJson(open);
    CHECK(j["finished"].is_null());
    CHECK(j["grade"].is_null());
    requireSameRecord(report::attemptFromJson(j), open);
}

TEST_CASE("Reading a broken attempt names the field", "[exports]") {
    const json good = json::parse(report::toJson(breach().record).dump());
    json missing = good;
    missing.erase("seed");
    requireInvalid(missing, "seed");
    json wrong = good;
    wrong["seed"] = "3";
    requireInvalid(wrong, "seed");
    wrong = good;
    wrong["choices"][1]["millis"] = "slow";
    requireInvalid(wrong, "choices[1].millis");
    wrong = good;
    wrong["choices"][0]["credited"] = {1};
    requireInvalid(wrong, "choices[0].credited[0]");
    wrong = good;
    wrong["grade"] = "Excellent";
    requireInvalid(wrong, "grade");
    wrong = good;
    wrong["grade"] = nullptr; // finished, so it must have a grade
    requireInvalid(wrong, "grade");
    wrong = good;
    wrong["principles"][0].erase("status");
    requireInvalid(wrong, "principles[0].status");
    CHECK_THROWS_AS(report::attemptFromJson(json::array()), std::invalid_argument);
}

TEST_CASE("Learner and attempts JSON say what they are", "[exports]") {
    const AttemptRecord other =
        attempt("brightmart.faulty-kettle", {"arrives.listen"}, false, "Someone Else").record;
    const auto learner = report::learnerJson({4, "Jo Bloggs", "2026-11-01T09:00:00.000Z"},
                                             {kettle().record, other, breach().record});
    CHECK(learner["format"] == "frontline-learner-records");
    CHECK(learner["version"] == 1);
    CHECK(learner["learner"]["name"] == "Jo Bloggs");
    CHECK(learner["learner"]["created"] == "2026-11-01T09:00:00.000Z");
    REQUIRE(learner["attempts"].size() == 2); // not Someone Else's
    for (const auto& item : learner["attempts"])
        CHECK(report::attemptFromJson(item).learner == "Jo Bloggs");
    const auto all = report::attemptsJson({kettle().record, other});
    CHECK(all["format"] == "frontline-attempts");
    CHECK(all["version"] == 1);
    CHECK(all["attempts"].size() == 2);
}

TEST_CASE("xAPI gives one statement per choice and one completed per finished attempt",
          "[exports]") {
    const AttemptRecord& r = kettle().record;
    const AttemptRecord open =
        attempt("brightmart.faulty-kettle", {"arrives.listen", "describe.test-it"}, false).record;
    const auto finished = report::xapiStatements(r);
    REQUIRE(finished.size() == r.choices.size() + 1);
    const auto unfinished = report::xapiStatements(open);
    REQUIRE(unfinished.size() == 2);
    for (const auto& s : unfinished)
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(report::xapiStatements({r, open}).size() == finished.size() + unfinished.size());

    for (const auto& s : finished) {
        INFO(s.dump(2));
        CHECK(std::regex_match(s["id"].get<std::string>(), kUuid));
        CHECK(s["actor"]["objectType"] == "Agent");
        CHECK(s["actor"]["name"] == "Jo Bloggs");
        CHECK(s["actor"]["account"]["homePage"] == "https://localhost/frontline");
        CHECK(s["actor"]["account"]["name"] == "Jo Bloggs");
        CHECK(s["verb"]["display"].contains("en-GB"));
        CHECK(s["object"]["objectType"] == "Activity");
        CHECK_THAT(s["object"]["id"].get<std::string>(),
                   Catch::StartsWith("urn:frontline:scenario:brightmart.faulty-kettle"));
        CHECK(s["context"]["registration"] == r.uuid);
        CHECK(s["context"]["platform"] == "Frontline");
        CHECK(s["context"]["language"] == "en-GB");
        CHECK(s["context"]["contextActivities"]["grouping"][0]["id"] ==
              "urn:frontline:organisation:brightmart");
        CHECK(s["context"]["extensions"]["urn:frontline:xapi:seed"] == 1);
        CHECK(s["context"]["extensions"]["urn:frontline:xapi:mode"] == "assessment");
        CHECK(std::regex_match(s["result"]["duration"].get<std::string>(), kDuration));
        CHECK(s.contains("timestamp"));
        CHECK(s["version"] == "1.0.3");
    }

    const auto& first = finished[0];
    CHECK(first["id"] == r.choices[0].uuid);
    CHECK(first["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(first["verb"]["display"]["en-GB"] == "answered");
    CHECK(first["object"]["id"] == "urn:frontline:scenario:brightmart.faulty-kettle:node:arrives");
    CHECK(first["object"]["definition"]["type"] ==
          "http://adlnet.gov/expapi/activities/cmi.interaction");
    CHECK(first["object"]["definition"]["interactionType"] == "choice");
    CHECK(first["result"]["response"] == "arrives.listen");
    CHECK(first["result"]["duration"] == "PT4.25S");
    CHECK(first["result"]["extensions"]["urn:frontline:xapi:step"] == 1);
    CHECK(first["result"]["extensions"]["urn:frontline:xapi:text"] == r.choices[0].text);
    CHECK(first["result"]["extensions"]["urn:frontline:xapi:credited"] == r.choices[0].credited);
    CHECK(first["timestamp"] == r.choices[0].at);
    CHECK(first["context"]["contextActivities"]["parent"][0]["id"] ==
          "urn:frontline:scenario:brightmart.faulty-kettle");

    const auto& done = finished.back();
    CHECK(done["id"] == r.completionUuid);
    CHECK(done["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(done["object"]["definition"]["name"]["en-GB"] == r.title);
    CHECK(done["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/simulation");
    const auto& score = done["result"]["score"];
    CHECK(score["scaled"].get<double>() >= 0.0);
    CHECK(score["scaled"].get<double>() <= 1.0);
    CHECK(score["scaled"].get<double>() == Approx(r.percent / 100.0));
    CHECK(score["raw"].get<int>() >= score["min"].get<int>());
    CHECK(score["raw"].get<int>() <= score["max"].get<int>());
    CHECK(done["result"]["success"] == true);
    CHECK(done["result"]["completion"] == true);
    CHECK(done["result"]["duration"] == "PT7M5.25S");
    CHECK(done["result"]["extensions"]["urn:frontline:xapi:grade"] == "Distinction");
    CHECK(done["timestamp"] == r.finished);
}

TEST_CASE("A referred attempt completes without success and lists its breaches", "[exports]") {
    const auto statements = report::xapiStatements(breach().record);
    const auto& done = statements.back();
    CHECK(done["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(done["result"]["success"] == false);
    CHECK_FALSE(done["result"]["extensions"]["urn:frontline:xapi:breached"].empty());
    CHECK(done["result"]["extensions"]["urn:frontline:xapi:ending"] == breach().record.ending);
}

TEST_CASE("Durations timestamps and URN parts follow their standards", "[exports]") {
    CHECK(report::isoDuration(0) == "PT0S");
    CHECK(report::isoDuration(4250) == "PT4.25S");
    CHECK(report::isoDuration(4005) == "PT4.005S");
    CHECK(report::isoDuration(65000) == "PT1M5S");
    CHECK(report::isoDuration(120000) == "PT2M");
    CHECK(report::isoDuration(3723400) == "PT1H2M3.4S");
    CHECK(report::isoDuration(-5) == "PT0S");
    for (std::int64_t ms : {0, 1, 999, 60000, 3600000, 90061001})
        CHECK(std::regex_match(report::isoDuration(ms), kDuration));

    CHECK(report::timestampMillis("1970-01-01T00:00:01.5Z") == 1500);
    CHECK(report::timestampMillis("1970-01-02T00:00:00Z") == 86400000);
    const auto a = report::timestampMillis("2026-11-23T14:05:09.120Z");
    const auto b = report::timestampMillis("2026-11-24T00:00:00.000Z");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*b - *a == ((9 * 60 + 54) * 60 + 50) * 1000 + 880);
    CHECK_FALSE(report::timestampMillis("2026-02-30T00:00:00Z"));
    CHECK_FALSE(report::timestampMillis("yesterday"));
    CHECK_FALSE(report::timestampMillis("2026-11-23T14:05:09+01:00"));

    CHECK(report::urnPart("node_1.a-b") == "node_1.a-b");
    CHECK(report::urnPart("a b/c:d") == "a%20b%2Fc%3Ad");
    CHECK(report::urnPart("caf\xc3\xa9") == "caf%C3%A9");
}

// ---- Text that is not UTF-8 --------------------------------------------------------------------

TEST_CASE("JSON text replaces bytes that are not UTF-8 instead of throwing", "[exports]") {
    const std::string bad = "I said \xc0\xaf and \xff then \xe2\x82"; // overlong, stray, cut short
    const json plain = {{"line", bad}, {"name", "Zo\xeb"}};
    CHECK_THROWS(plain.dump()); // what every export and --json used to call
    std::string text;
    REQUIRE_NOTHROW(text = report::jsonText(plain, 2));
    CHECK_FALSE(firstInvalidUtf8(text));
    const json back = json::parse(text);
    CHECK(back["name"] == "Zo\xef\xbf\xbd");
    CHECK_THAT(back["line"].get<std::string>(),
               Catch::StartsWith("I said \xef\xbf\xbd") && Catch::Contains(" then \xef\xbf\xbd"));

    nlohmann::ordered_json ordered = {{"z", "\x80"}, {"a", "caf\xc3\xa9"}};
    REQUIRE_NOTHROW(text = report::jsonText(ordered));
    CHECK(text == "{\"z\":\"\xef\xbf\xbd\",\"a\":\"caf\xc3\xa9\"}"); // compact, order kept

    // The records as JSON and xAPI, whatever an attempt's text holds.
    AttemptRecord r = kettle().record;
    r.learner = "Zo\xeb";
    r.choices.at(0).text = bad;
    for (const auto& out : {report::jsonText(report::attemptsJson({r}), 2),
                            report::jsonText(report::xapiStatements(r), 2)}) {
        CHECK_FALSE(firstInvalidUtf8(out));
        CHECK_NOTHROW(json::parse(out));
    }
}

namespace {

struct DataDir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("frontline-exports-" + std::to_string(::getpid()));
    DataDir() {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~DataDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    test::CliRun run(std::vector<std::string> args) const {
        args.insert(args.end(), {"--data-dir", path.string()});
        if (args[0] != "learners")
            args.insert(args.end(), {"--scenarios", FRONTLINE_SCENARIOS_DIR});
        return test::runCli(std::move(args));
    }
};

} // namespace

TEST_CASE("A records file an older Frontline filled with bad bytes exports in every format",
          "[exports][records]") {
    DataDir dir;
    REQUIRE(dir.run({"play", "brightmart.faulty-kettle", "--learner", "Zoe", "--choose", "3,1",
                     "--record"})
                .code == 0);
    const std::string file = store::recordsPath(dir.path.string());
    {
        // Written straight into the file, as nothing in Frontline writes them now: a Latin-1
        // name, an overlong '/', a lone continuation byte, a surrogate, a terminal escape, a
        // right-to-left override and a NUL.
        store::Database db(file, store::Database::Access::ReadWrite);
        db.exec("UPDATE learner SET name = CAST(X'5A6FEB' AS TEXT)");
        db.exec("UPDATE choice SET text = text || CAST(X'20C0AF2080201B5B324A20E280AE' AS TEXT) "
                "|| CAST(X'0041' AS TEXT)");
        db.exec("UPDATE attempt SET title = title || CAST(X'20EDA080' AS TEXT)");
        db.exec("UPDATE principle_result SET title = title || CAST(X'20FF' AS TEXT), "
                "source = CAST(X'C3' AS TEXT)");
        auto raw = db.prepare("SELECT hex(name) FROM learner");
        REQUIRE(raw.step());
        REQUIRE(raw.text(0) == "5A6FEB"); // the bytes really are in the file
    }
    const std::string shown = "Zo\xef\xbf\xbd";
    const std::vector<std::vector<std::string>> formats{
        {"--format", "json"},
        {"--format", "json", "--learner", shown},
        {"--format", "json", "--attempt", "1"},
        {"--format", "xapi"},
        {"--format", "xapi", "--learner", "Zo\xeb"},
        {"--format", "csv"},
        {"--format", "csv", "--table", "choices"},
        {"--format", "evidence", "--attempt", "1"},
        {"--format", "evidence-html", "--learner", shown}};
    for (const auto& format : formats) {
        std::vector<std::string> args{"export"};
        args.insert(args.end(), format.begin(), format.end());
        const auto exported = dir.run(args);
        INFO(format[1] << (format.size() > 2 ? " " + format[2] : "") << ": " << exported.err);
        REQUIRE(exported.code == 0);
        CHECK_FALSE(firstInvalidUtf8(exported.out));
        CHECK_THAT(exported.out, Catch::Contains("\xef\xbf\xbd"));
        if (format[1] == "json" || format[1] == "xapi") {
            json parsed;
            REQUIRE_NOTHROW(parsed = json::parse(exported.out));
            CHECK_FALSE(parsed.empty());
        }
    }
    // The learner is listed, found and deleted under the name shown for them.
    const auto listed = dir.run({"learners"});
    CHECK_FALSE(firstInvalidUtf8(listed.out));
    CHECK_THAT(listed.out, Catch::Contains(shown));
    CHECK(dir.run({"learners", "--delete", shown, "--yes"}).code == 0);
    store::Records records(file);
    CHECK(records.learners().empty());
    CHECK(records.attempts().empty());
}

TEST_CASE("play --json prints a line a script built from bad bytes", "[exports]") {
    DataDir dir;
    std::ifstream in(test::library("library/faulty-kettle.lua"));
    std::string source{std::istreambuf_iterator<char>(in), {}};
    // The customer's first line, computed as the conversation runs.
    const std::string first = "customer = \"Hello. I bought", last = "on the hob all weekend.\",";
    const auto from = source.find(first), to = source.find(last);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    source.replace(to, last.size(), "on the hob all weekend.\" end,");
    source.replace(from, first.size(),
                   "customer = function(s) return \"Hello \" .. string.char(0xC0, 0xAF, 0xFF) .. "
                   "\". I bought");
    const std::string path = (dir.path / "bad-bytes.lua").string();
    std::ofstream(path) << source;
    const auto played = dir.run({"play", path, "--choose", "3,1", "--json", "--no-record"});
    INFO(played.err);
    REQUIRE(played.code == 0);
    CHECK_FALSE(firstInvalidUtf8(played.out));
    CHECK_THAT(played.out, Catch::Contains("Hello \xef\xbf\xbd"));
    CHECK_NOTHROW(json::parse(played.out));
}
