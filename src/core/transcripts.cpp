#include "transcripts.hpp"

#include "score.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <stdexcept>

namespace frontline {

namespace {

// Tests a person writes: a file far larger than any such is refused rather than read.
constexpr std::size_t kMaxTranscriptBytes = 8u << 20;
// A binary file or a pasted log would otherwise bury the first mistakes under thousands more.
constexpr std::size_t kMaxProblems = 30;

constexpr std::string_view kForms =
    "a transcript line is one of: `test: NAME`, `choose: ID`, `choose: \"START OF THE LEARNER'S "
    "LINE\"`, `customer: TEXT` (or `... TEXT ...` for part of it), `offers: ID, ID, ...`, "
    "`ending: ID`, `grade: Distinction|Merit|Pass|Refer`, `breach: PRINCIPLE`, `credit: "
    "PRINCIPLE`, `seed: NUMBER`, `stop`, or a comment starting with #";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

std::string trim(std::string_view text) {
    std::size_t first = 0, last = text.size();
    while (first < last && isSpace(text[first]))
        ++first;
    while (last > first && isSpace(text[last - 1]))
        --last;
    return std::string(text.substr(first, last - first));
}

// Runs of spaces, tabs and line breaks as one space: how a line wraps in the file or in the
// scenario's Lua is not what a test is about.
std::string collapsed(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A piece of what was written, short and valid UTF-8, to quote in a message.
std::string excerpt(std::string_view text) {
    constexpr std::size_t kMost = 60;
    if (text.size() <= kMost) return validUtf8(text);
    return validUtf8(text.substr(0, kMost)) + "...";
}

bool hasSpace(std::string_view text) {
    return std::any_of(text.begin(), text.end(), isSpace);
}

bool startsWith(std::string_view text, std::string_view start) {
    return text.substr(0, start.size()) == start;
}

bool endsWith(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

class Reader {
  public:
    explicit Reader(TranscriptFile& file) : m_file(file) {}

    void line(std::string_view raw, int number) {
        const std::string text = trim(raw);
        if (text.empty() || text.front() == '#') return;
        if (lowered(text) == "stop") return stop(number);
        const auto colon = text.find(':');
        if (colon == std::string::npos)
            return problem(number, "'" + excerpt(text) +
                                       "' is not a transcript line: " + std::string(kForms));
        const std::string key = lowered(trim(std::string_view(text).substr(0, colon)));
        const std::string value = trim(std::string_view(text).substr(colon + 1));
        if (key == "test") return startTest(value, number);
        if (!isKey(key))
            return problem(number, "'" + excerpt(key) +
                                       ":' is not a transcript line: " + std::string(kForms));
        if (m_file.tests.empty())
            return problem(number, "'" + key +
                                       ":' comes before any test: start each test with a line "
                                       "`test: NAME`");
        if (m_stopped)
            return problem(number, "'" + key +
                                       ":' comes after `stop`: only a new `test: NAME` "
                                       "line may follow it");
        TranscriptLine out;
        out.written = collapsed(text);
        out.line = number;
        if (read(key, value, out, number)) m_file.tests.back().lines.push_back(std::move(out));
    }

    void finish() {
        for (TranscriptTest& test : m_file.tests) {
            const bool chooses =
                std::any_of(test.lines.begin(), test.lines.end(), [](const TranscriptLine& l) {
                    return l.kind == TranscriptLine::Kind::Choose;
                });
            if (!chooses && !test.malformed)
                problemIn(test, test.line,
                          "test '" + excerpt(test.name) +
                              "' has no `choose:` line: a test plays at least one choice");
        }
        if (m_file.tests.empty() && m_count == 0)
            problem(1, "no tests: start each test with a line `test: NAME`");
        sortDiagnostics(m_file.problems);
        if (m_count > kMaxProblems)
            m_file.problems.push_back(
                errorAt({m_file.path, m_last},
                        "... and " + std::to_string(m_count - kMaxProblems) + " more problems"));
    }

  private:
    static bool isKey(const std::string& key) {
        for (const char* known :
             {"choose", "customer", "offers", "ending", "grade", "breach", "credit", "seed"})
            if (key == known) return true;
        return false;
    }

    void problem(int number, std::string message) {
        // A line after `stop` belongs to no test's route: the test before it was read whole.
        if (!m_file.tests.empty() && !m_stopped) m_file.tests.back().malformed = true;
        ++m_count;
        m_last = number;
        if (m_count <= kMaxProblems)
            m_file.problems.push_back(errorAt({m_file.path, number}, std::move(message)));
    }
    void problemIn(TranscriptTest& test, int number, std::string message) {
        test.malformed = true;
        ++m_count;
        m_last = std::max(m_last, number);
        if (m_count <= kMaxProblems)
            m_file.problems.push_back(errorAt({m_file.path, number}, std::move(message)));
    }
    void stop(int number) {
        if (m_file.tests.empty())
            return problem(number, "`stop` comes before any test: start each test with a line "
                                   "`test: NAME`");
        m_stopped = true;
    }

    void startTest(const std::string& name, int number) {
        m_stopped = false;
        TranscriptTest test;
        test.name = collapsed(name);
        test.line = number;
        m_file.tests.push_back(std::move(test));
        if (name.empty()) return problem(number, "`test:` needs a name, e.g. test: best route");
        if (!m_names.insert(m_file.tests.back().name).second)
            problem(number, "a second test named '" + excerpt(name) +
                                "': give each test in the file its own name");
    }

    bool read(const std::string& key, const std::string& value, TranscriptLine& out, int number) {
        using Kind = TranscriptLine::Kind;
        if (value.empty() && key != "customer") {
            problem(number, "'" + key + ":' needs " + needs(key));
            return false;
        }
        if (key == "choose") return readChoose(value, out, number);
        if (key == "customer") return readCustomer(value, out, number);
        if (key == "offers") return readOffers(value, out, number);
        if (key == "grade") {
            if (!gradeFrom(value)) {
                problem(number, "grade: write Distinction, Merit, Pass or Refer, not '" +
                                    excerpt(value) + "'");
                return false;
            }
            out.kind = Kind::Grade;
            out.value = value;
            return true;
        }
        if (key == "seed") return readSeed(value, out, number);
        if (hasSpace(value)) {
            problem(number,
                    "'" + key + ":' takes one id, with no spaces, not '" + excerpt(value) + "'");
            return false;
        }
        out.kind = key == "ending" ? Kind::Ending : key == "breach" ? Kind::Breach : Kind::Credit;
        out.value = value;
        return true;
    }

    static std::string needs(const std::string& key) {
        if (key == "choose")
            return "a choice id, e.g. choose: listen, or the start of the learner's line in "
                   "quotes, e.g. choose: \"I'm sorry\"";
        if (key == "offers") return "the ids of the choices on offer, e.g. offers: listen, blame";
        if (key == "ending") return "an ending id, e.g. ending: replaced";
        if (key == "grade") return "a grade: Distinction, Merit, Pass or Refer";
        if (key == "seed") return "a whole number, e.g. seed: 1";
        return "a principle id, e.g. " + key + ": heat.hear";
    }

    bool readChoose(const std::string& value, TranscriptLine& out, int number) {
        out.kind = TranscriptLine::Kind::Choose;
        if (value.front() == '"') {
            const std::string inner =
                value.size() >= 2 && value.back() == '"'
                    ? collapsed(std::string_view(value).substr(1, value.size() - 2))
                    : std::string();
            if (inner.empty()) {
                problem(number, value.size() >= 2 && value.back() == '"'
                                    ? "choose: the quotes hold nothing: write the start of the "
                                      "learner's line between them"
                                    : "choose: the learner's words need a closing quote, e.g. "
                                      "choose: \"I'm sorry\"");
                return false;
            }
            out.quoted = true;
            out.value = inner;
            return true;
        }
        if (hasSpace(value)) {
            problem(number, "choose: '" + excerpt(value) +
                                "' is not an id (ids have no spaces): to choose by the learner's "
                                "words, put them in quotes, e.g. choose: \"" +
                                excerpt(value) + "\"");
            return false;
        }
        out.value = value;
        return true;
    }

    bool readCustomer(const std::string& value, TranscriptLine& out, int number) {
        out.kind = TranscriptLine::Kind::Customer;
        std::string_view text = value;
        if (startsWith(text, "...")) {
            out.anyBefore = true;
            text.remove_prefix(3);
        }
        if (endsWith(text, "...")) {
            out.anyAfter = true;
            text.remove_suffix(3);
        }
        out.value = collapsed(text);
        if (out.value.empty()) {
            problem(number, "'customer:' needs the customer's line, or a part of it between "
                            "`...`, e.g. customer: ... refund ...");
            return false;
        }
        return true;
    }

    bool readOffers(const std::string& value, TranscriptLine& out, int number) {
        out.kind = TranscriptLine::Kind::Offers;
        std::size_t from = 0;
        for (;;) {
            const auto comma = value.find(',', from);
            const std::string id = trim(std::string_view(value).substr(
                from, comma == std::string::npos ? std::string::npos : comma - from));
            if (id.empty() || hasSpace(id)) {
                problem(number, "offers: write choice ids separated by commas, e.g. offers: "
                                "listen, blame, not '" +
                                    excerpt(value) + "'");
                return false;
            }
            out.ids.push_back(id);
            if (comma == std::string::npos) return true;
            from = comma + 1;
        }
    }

    bool readSeed(const std::string& value, TranscriptLine& out, int number) {
        out.kind = TranscriptLine::Kind::Seed;
        const auto& lines = m_file.tests.back().lines;
        if (!lines.empty()) {
            problem(number, "seed: goes first in a test, right after its `test:` line");
            return false;
        }
        if (value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos) {
            problem(number,
                    "seed: needs a whole number, e.g. seed: 1, not '" + excerpt(value) + "'");
            return false;
        }
        out.seed = std::stoull(value);
        return true;
    }

    TranscriptFile& m_file;
    std::set<std::string> m_names;
    bool m_stopped = false;
    std::size_t m_count = 0; // problems found, shown or not
    int m_last = 1;
};

// ---- running ----

std::string localId(const std::string& choiceId, const std::string& node) {
    return startsWith(choiceId, node + ".") ? choiceId.substr(node.size() + 1) : choiceId;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The customer's line at the node the route is at: said since the learner last spoke.
std::optional<std::string> customerHere(const Session& session) {
    const auto& lines = session.transcript();
    for (auto i = lines.size(); i-- > 0;) {
        if (lines[i].speaker == Speaker::Learner) break;
        if (lines[i].speaker == Speaker::Customer) return lines[i].text;
    }
    return std::nullopt;
}

bool matches(const TranscriptLine& expected, const std::string& actual) {
    const std::string& want = expected.value;
    if (expected.anyBefore && expected.anyAfter) return actual.find(want) != std::string::npos;
    if (expected.anyBefore) return endsWith(actual, want);
    if (expected.anyAfter) return startsWith(actual, want);
    return actual == want;
}

class Player {
  public:
    Player(const TranscriptTest& test, const std::string& path, Session& session,
           const Rubric& rubric, int bestPoints)
        : m_test(test), m_path(path), m_session(session), m_rubric(rubric), m_best(bestPoints) {}

    std::optional<TranscriptFailure> play() {
        for (const TranscriptLine& line : m_test.lines) {
            std::optional<TranscriptFailure> failed;
            try {
                failed = check(line);
            } catch (const ScriptError& e) {
                failed = failure(line, std::string("the scenario's code failed: ") + e.what(), {});
            } catch (const std::invalid_argument& e) {
                failed = failure(line, e.what(), {});
            }
            if (failed) return failed;
            m_held.push_back(line.written);
        }
        return std::nullopt;
    }

  private:
    using Kind = TranscriptLine::Kind;

    std::optional<TranscriptFailure> check(const TranscriptLine& line) {
        switch (line.kind) {
        case Kind::Seed:
            return std::nullopt; // used when the session started
        case Kind::Choose:
            return choose(line);
        case Kind::Customer:
            return customer(line);
        case Kind::Offers:
            return offers(line);
        case Kind::Ending:
            return ending(line);
        case Kind::Grade:
            return grade(line);
        case Kind::Breach:
        case Kind::Credit:
            return evidence(line);
        }
        return std::nullopt;
    }

    const std::string& node() const { return m_session.node().id; }

    TranscriptFailure failure(const TranscriptLine& line, std::string message,
                              std::vector<std::string> actual) const {
        TranscriptFailure f;
        f.where = {m_path, line.line};
        f.test = m_test.name;
        f.message = std::move(message);
        const std::size_t context = std::min<std::size_t>(m_held.size(), 2);
        f.context.assign(m_held.end() - static_cast<std::ptrdiff_t>(context), m_held.end());
        f.expected = {line.written};
        f.actual = std::move(actual);
        return f;
    }

    std::optional<TranscriptFailure> notEnded(const TranscriptLine& line) const {
        return failure(line, "the route has not ended: it is at node '" + node() + "'",
                       {"(not ended: at node '" + node() + "')"});
    }

    std::optional<TranscriptFailure> choose(const TranscriptLine& line) {
        if (m_session.finished())
            return failure(line, "the route has already ended, at '" + node() + "'",
                           {"ending: " + node()});
        const std::vector<Offer> offered = m_session.offers();
        std::vector<const Offer*> found;
        for (const Offer& o : offered) {
            const bool hit = line.quoted ? startsWith(collapsed(o.text), line.value)
                                         : o.choice->id == line.value ||
                                               o.choice->id == node() + "." + line.value;
            if (hit) found.push_back(&o);
        }
        if (found.size() == 1) {
            m_session.choose(found.front()->choice->id);
            return std::nullopt;
        }
        const std::string at = " at node '" + node() + "' (choice " +
                               std::to_string(m_session.steps().size() + 1) + ")";
        std::vector<std::string> actual;
        if (line.quoted) {
            for (const Offer& o : offered)
                if (found.empty() || std::find(found.begin(), found.end(), &o) != found.end())
                    actual.push_back("choose: \"" + collapsed(o.text) + "\"");
        } else {
            actual.push_back("offers: " + offerIds(offered));
        }
        if (offered.empty()) actual = {"(no choice on offer)"};
        if (found.empty())
            return failure(line,
                           (line.quoted
                                ? "no choice on offer starts with \"" + excerpt(line.value) + "\""
                                : "choice '" + excerpt(line.value) + "' is not on offer") +
                               at + elsewhere(line),
                           std::move(actual));
        return failure(line,
                       std::to_string(found.size()) + " choices on offer start with \"" +
                           excerpt(line.value) + "\"" + at +
                           ": quote more of the line, or choose by id",
                       std::move(actual));
    }

    std::string offerIds(const std::vector<Offer>& offered) const {
        std::vector<std::string> ids;
        for (const Offer& o : offered)
            ids.push_back(localId(o.choice->id, node()));
        return joined(ids);
    }

    // A choice of another node, or one whose condition does not hold here, says why.
    std::string elsewhere(const TranscriptLine& line) const {
        if (line.quoted) return {};
        for (const Node& n : m_session.scenario().nodes)
            for (const Choice& c : n.choices)
                if (c.id == line.value || c.id == n.id + "." + line.value)
                    return n.id == node() ? ": its condition does not hold here"
                                          : ": it is a choice at node '" + n.id + "'";
        return ": the scenario has no such choice";
    }

    std::optional<TranscriptFailure> customer(const TranscriptLine& line) const {
        const auto said = customerHere(m_session);
        if (!said)
            return failure(line, "the customer says nothing at node '" + node() + "'",
                           {"(no customer line at node '" + node() + "')"});
        const std::string actual = collapsed(*said);
        if (matches(line, actual)) return std::nullopt;
        return failure(line,
                       std::string("the customer's line at node '") + node() + "' " +
                           (line.anyBefore || line.anyAfter ? "does not hold the words written"
                                                            : "is not the one written"),
                       {"customer: " + actual});
    }

    std::optional<TranscriptFailure> offers(const TranscriptLine& line) const {
        const std::vector<Offer> offered = m_session.offers();
        std::set<std::string> want, have;
        for (const std::string& id : line.ids)
            want.insert(localId(id, node()));
        for (const Offer& o : offered)
            have.insert(localId(o.choice->id, node()));
        if (want == have) return std::nullopt;
        std::vector<std::string> missing, extra;
        std::set_difference(want.begin(), want.end(), have.begin(), have.end(),
                            std::back_inserter(missing));
        std::set_difference(have.begin(), have.end(), want.begin(), want.end(),
                            std::back_inserter(extra));
        std::string message =
            "the choices on offer at node '" + node() + "' are not the ones written";
        if (!missing.empty()) message += "; not on offer: " + joined(missing);
        if (!extra.empty()) message += "; also on offer: " + joined(extra);
        return failure(line, message,
                       {offered.empty() ? "(no choice on offer at node '" + node() + "')"
                                        : "offers: " + offerIds(offered)});
    }

    std::optional<TranscriptFailure> ending(const TranscriptLine& line) const {
        if (!m_session.finished()) return notEnded(line);
        if (node() == line.value) return std::nullopt;
        return failure(line,
                       "the route ended at '" + node() + "', not '" + excerpt(line.value) + "'",
                       {"ending: " + node()});
    }

    std::optional<TranscriptFailure> grade(const TranscriptLine& line) const {
        if (!m_session.finished()) return notEnded(line);
        const Points points = pointsOf(m_session, m_rubric);
        const Grade got = gradeOf(points, m_best);
        const std::string name(toString(got));
        if (name == line.value) return std::nullopt;
        return failure(line,
                       "the route grades " + name + " (" +
                           std::to_string(percentOf(points.points, m_best)) + "%, " +
                           std::to_string(points.points) + " of " + std::to_string(m_best) +
                           " points), not " + line.value,
                       {"grade: " + name});
    }

    std::optional<TranscriptFailure> evidence(const TranscriptLine& line) const {
        const EvidenceKind kind =
            line.kind == Kind::Breach ? EvidenceKind::Breach : EvidenceKind::Credit;
        std::vector<std::string> seen;
        for (const Evidence& e : m_session.evidence())
            if (e.kind == kind && std::find(seen.begin(), seen.end(), e.principle) == seen.end())
                seen.push_back(e.principle);
        if (std::find(seen.begin(), seen.end(), line.value) != seen.end()) return std::nullopt;
        const std::string word = kind == EvidenceKind::Breach ? "breach" : "credit";
        std::vector<std::string> actual;
        for (const std::string& p : seen)
            actual.push_back(word + ": " + p);
        if (actual.empty())
            actual.push_back(std::string("(nothing ") +
                             (kind == EvidenceKind::Breach ? "breached" : "credited") + " so far)");
        return failure(line, "the route so far does not " + word + " '" + excerpt(line.value) + "'",
                       std::move(actual));
    }

    const TranscriptTest& m_test;
    const std::string& m_path;
    Session& m_session;
    const Rubric& m_rubric;
    int m_best;
    std::vector<std::string> m_held; // the lines that held so far, for the diff's context
};

std::optional<TranscriptFailure> runTest(const TranscriptTest& test, const std::string& path,
                                         const std::shared_ptr<const Scenario>& scenario,
                                         const std::shared_ptr<Scripting>& scripting,
                                         const Rubric& rubric, int bestPoints) {
    std::uint64_t seed = 1;
    if (!test.lines.empty() && test.lines.front().kind == TranscriptLine::Kind::Seed)
        seed = test.lines.front().seed;
    // Each test draws on its own allowance, so one slow test cannot starve the others.
    Allowing allowance(scripting.get());
    std::unique_ptr<Session> session;
    try {
        session = std::make_unique<Session>(scenario, scripting, seed, Mode::Practice);
    } catch (const std::exception& e) {
        return TranscriptFailure{{path, test.line},
                                 test.name,
                                 std::string("the scenario could not start: ") + e.what(),
                                 {},
                                 {},
                                 {}};
    }
    return Player(test, path, *session, rubric, bestPoints).play();
}

} // namespace

TranscriptFile parseTranscript(std::string_view text, const std::string& path) {
    TranscriptFile file;
    file.path = path;
    if (startsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3); // a byte order mark
    Reader reader(file);
    int number = 0;
    std::size_t from = 0;
    while (from <= text.size()) {
        const auto end = text.find('\n', from);
        ++number;
        reader.line(
            text.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from),
            number);
        if (end == std::string_view::npos) break;
        from = end + 1;
    }
    reader.finish();
    return file;
}

TranscriptFile readTranscript(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    TranscriptFile file;
    file.path = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) { // opens, and reads as empty
        file.problems.push_back(errorAt({path, 0}, "is a folder: a transcript is a text file"));
        return file;
    }
    if (!in) {
        file.problems.push_back(errorAt({path, 0}, "cannot be read"));
        return file;
    }
    std::string text(kMaxTranscriptBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxTranscriptBytes) {
        file.problems.push_back(errorAt(
            {path, 0}, "is larger than " + std::to_string(kMaxTranscriptBytes >> 20) +
                           " MB: a transcript holds tests a person writes, so it is not read"));
        return file;
    }
    return parseTranscript(text, path);
}

std::string transcriptPathFor(const std::string& scenarioPath) {
    const auto dot = scenarioPath.rfind('.');
    const auto slash = scenarioPath.find_last_of("/\\");
    const bool hasExtension =
        dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (hasExtension ? scenarioPath.substr(0, dot) : scenarioPath) + ".transcript";
}

std::string failureText(const TranscriptFailure& failure, std::string_view indent) {
    // A customer's line runs to a few hundred characters; a hostile file's run to megabytes.
    constexpr std::size_t kLongest = 2000;
    const auto shortened = [](const std::string& text) {
        return text.size() <= kLongest ? text : validUtf8(text.substr(0, kLongest)) + "...";
    };
    std::string out = failure.where.file + ":" + std::to_string(failure.where.line) + ": test '" +
                      excerpt(failure.test) + "': " + failure.message + "\n";
    const auto add = [&](std::string_view mark, const std::vector<std::string>& lines) {
        for (const std::string& line : lines)
            out.append(indent).append(mark).append(shortened(line)).append("\n");
    };
    add("  ", failure.context);
    add("- ", failure.expected);
    add("+ ", failure.actual);
    return out;
}

TranscriptRun runTranscript(const TranscriptFile& file,
                            const std::shared_ptr<const Scenario>& scenario,
                            const std::shared_ptr<Scripting>& scripting, const Rubric& rubric,
                            int bestPoints) {
    TranscriptRun run;
    for (const TranscriptTest& test : file.tests) {
        if (test.malformed) { // its problem is already reported at its line
            ++run.failed;
            continue;
        }
        if (auto failed = runTest(test, file.path, scenario, scripting, rubric, bestPoints)) {
            ++run.failed;
            run.failures.push_back(std::move(*failed));
        } else {
            ++run.passed;
        }
    }
    return run;
}

std::string transcriptOf(const Session& session, const Rubric& rubric, int bestPoints,
                         const std::string& name) {
    std::string title = collapsed(name);
    std::string out = "test: " + (title.empty() ? std::string("route") : title) + "\n";
    if (session.edited())
        out += "# Variables were set by hand in this playtest: its choices alone may not replay "
               "it.\n";
    if (session.seed() != 1) out += "seed: " + std::to_string(session.seed()) + "\n";
    for (const Line& line : session.transcript()) {
        if (line.speaker == Speaker::Learner) {
            out += "choose: " + localId(line.choice, line.node) + "\n";
        } else if (line.speaker == Speaker::Customer) {
            const std::string text = collapsed(line.text);
            if (text.empty()) continue;
            // A line that itself starts or ends with "..." is written as containing itself, so
            // the dots are not read as "anything here".
            const bool dotted = startsWith(text, "...") || endsWith(text, "...");
            out += "customer: " + (dotted ? "... " + text + " ..." : text) + "\n";
        }
    }
    if (!session.finished()) return out;
    out += "ending: " + session.node().id + "\n";
    out += "grade: " + std::string(toString(gradeOf(pointsOf(session, rubric), bestPoints))) + "\n";
    std::vector<std::string> breached;
    for (const Evidence& e : session.evidence())
        if (e.kind == EvidenceKind::Breach &&
            std::find(breached.begin(), breached.end(), e.principle) == breached.end())
            breached.push_back(e.principle);
    for (const std::string& p : breached)
        out += "breach: " + p + "\n";
    return out;
}

} // namespace frontline
