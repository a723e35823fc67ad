// Property tests for scoring and the explorer, over scenarios generated at random from a seed:
// no route scores above the explorer's best; a breach never raises a score; putting a mistake
// right costs less than leaving it and more than never making it; law, critical breaches and
// endings bound the grade; a debrief's findings add up; random plays stay within what the explorer
// found; and the order choices are written in changes nothing the explorer reports.
//
// The generated files read state through helper functions defined at their top (`local function
// h0(s) return s.secret end`), called from `when`, `go` and customer text: code that names no
// variable itself but still depends on one, which the explorer must see through. Every failure
// prints the seed and the whole generated source (its rubric in the opening comment).
#include "core/explorer.hpp"
#include "core/score.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace frontline;

namespace {

// ---- Randomness that reproduces on every platform ------------------------------------------
// std::mt19937's output is fixed by the standard; the library's distributions are not, so a
// seed printed by one compiler's run would not rebuild the same scenario under another's.

using Random = std::mt19937;

int between(Random& r, int lo, int hi) {
    return lo + static_cast<int>(r() % static_cast<std::uint32_t>(hi - lo + 1));
}

bool chance(Random& r, int percent) {
    return between(r, 0, 99) < percent;
}

template <typename T> const T& pick(Random& r, const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(r, 0, static_cast<int>(items.size()) - 1))];
}

template <typename T> void shuffle(Random& r, std::vector<T>& items) {
    for (int i = static_cast<int>(items.size()) - 1; i > 0; --i)
        std::swap(items[static_cast<std::size_t>(i)],
                  items[static_cast<std::size_t>(between(r, 0, i))]);
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ",") + item;
    return out;
}

int rank(Grade grade) {
    return static_cast<int>(grade); // Distinction 0 .. Refer 3: higher is worse
}

// ---- A generated rubric --------------------------------------------------------------------

struct GenPrinciple {
    std::string id;
    PrincipleKind kind = PrincipleKind::Principle;
    int weight = 1;
    bool critical = false;
    std::optional<Grade> cap; // the rubric's own `cap`
};

// What leaving this breached caps the grade at, worked out here rather than by the code under
// test: the principle's own cap, else Pass for law.
std::optional<Grade> expectedCap(const GenPrinciple& p) {
    if (p.cap) return p.cap;
    if (p.kind == PrincipleKind::Law) return Grade::Pass;
    return std::nullopt;
}

std::vector<GenPrinciple> generateRubric(Random& r) {
    const std::vector<PrincipleKind> kinds{PrincipleKind::Law, PrincipleKind::Policy,
                                           PrincipleKind::Principle};
    const std::vector<Grade> caps{Grade::Merit, Grade::Pass, Grade::Pass, Grade::Refer};
    std::vector<GenPrinciple> out;
    const int count = between(r, 3, 7);
    for (int i = 0; i < count; ++i) {
        GenPrinciple p;
        p.kind = pick(r, kinds);
        // policy.* ids come from the organisation, the others from the shared rubric
        const std::string prefix = p.kind == PrincipleKind::Law      ? "law.p"
                                   : p.kind == PrincipleKind::Policy ? "policy.p"
                                                                     : "good.p";
        p.id = prefix + std::to_string(i);
        p.weight = between(r, 1, 5);
        p.critical = chance(r, 12);
        if (chance(r, 25)) p.cap = pick(r, caps);
        out.push_back(p);
    }
    return out;
}

Principle toPrinciple(const GenPrinciple& g) {
    Principle p;
    p.id = g.id;
    p.kind = g.kind;
    p.group = "Generated";
    p.title = "Title of " + g.id;
    p.requirement = "Do " + g.id + ".";
    p.consequenceCustomer = "Worse off.";
    p.consequenceBusiness = "Costs more.";
    p.source = "Source of " + g.id;
    p.weight = g.weight;
    p.critical = g.critical;
    p.cap = g.cap;
    if (g.kind == PrincipleKind::Policy) p.policy = "manual";
    return p;
}

constexpr const char* kOrganisation = "gen";

Rubric toRubric(const std::vector<GenPrinciple>& principles) {
    Rubric rubric;
    Organisation org;
    org.id = kOrganisation;
    org.name = "Generated Ltd";
    org.sector = "Testing";
    org.documents.push_back({"manual", "Manual", "Text.", {}});
    for (const GenPrinciple& g : principles) {
        if (g.kind == PrincipleKind::Policy)
            org.policies.push_back(toPrinciple(g));
        else
            rubric.add(toPrinciple(g));
    }
    rubric.add(std::move(org));
    return rubric;
}

const GenPrinciple& principleById(const std::vector<GenPrinciple>& all, const std::string& id) {
    return *std::find_if(all.begin(), all.end(), [&](const GenPrinciple& p) { return p.id == id; });
}

// ---- A generated scenario, as a model and as Lua ---------------------------------------------

// `local function NAME(s) ... end`, at the top of the file.
struct GenHelper {
    std::string name, code; // code: the function's body
};

struct GenChoice {
    std::string id;
    std::string go;                     // a fixed target; empty when computed:
    std::string goHelper, goIf, goElse; // if goHelper(s) then goIf else goElse
    bool goWrites = false;              // the computed go also sets `secret` (actions may write)
    std::string whenFlag;               // when = "flag" or "not flag"
    std::string whenHelper;             // when = function(s) return [not] helper(s) end
    bool whenNegated = false;
    std::vector<std::pair<std::string, bool>> set;
    bool countUp = false; // effect = function(s) s.count = s.count + 1 end
    int mood = 0;
    std::vector<std::string> credit, breach;
};

struct GenNode {
    std::string id;
    std::string customerHelper; // customer text chosen by a helper, or "" for a literal
    std::vector<GenChoice> choices;
};

struct GenEnding {
    std::string id, kind, cap;
    std::vector<std::string> credit, breach;
};

struct GenScenario {
    std::uint32_t seed = 0;
    std::vector<GenPrinciple> rubric;
    std::vector<std::string> flags; // f0.. and `secret`, which only helpers read
    std::vector<GenHelper> helpers;
    std::vector<GenNode> nodes;
    std::vector<GenEnding> endings;
};

std::vector<GenHelper> generateHelpers(Random& r, const std::vector<std::string>& flags) {
    // h0 is the case the old explorer missed: the condition's own code names no variable.
    std::vector<GenHelper> out{{"h0", "return s.secret"}};
    const int more = between(r, 1, 3);
    for (int i = 1; i <= more; ++i) {
        const std::string flag = pick(r, flags);
        const std::vector<std::string> bodies{
            "return s." + flag + " and s.count >= 1",
            "return s.mood >= " + std::to_string(between(r, 45, 70)),
            "return h0(s) or s." + flag, // a helper calling a helper
            "return not s." + flag, "return s.minutes >= " + std::to_string(between(r, 2, 6)),
            "return s.random(3) == 1", // drawn in a `go`, it moves the random source on
            // reads every variable at once, through pairs
            "for k, v in pairs(s) do if k == \"" + flag + "\" then return v end end return false"};
        out.push_back({"h" + std::to_string(i), pick(r, bodies)});
    }
    return out;
}

// Mostly a node a little further on, sometimes a long jump, near the end an ending: every route
// moves forward, so every play ends, and routes are long enough for flags to matter.
std::string targetAfter(Random& r, std::size_t node, const GenScenario& g) {
    const int last = static_cast<int>(g.nodes.size()) - 1;
    const int at = static_cast<int>(node);
    if (at >= last - 1 || chance(r, 5)) return pick(r, g.endings).id;
    const int reach = chance(r, 15) ? last - at - 1 : std::min(2, last - at - 1);
    return g.nodes[static_cast<std::size_t>(at + 1 + between(r, 0, reach))].id;
}

std::vector<std::string> somePrinciples(Random& r, const GenScenario& g, int percent) {
    std::vector<std::string> out;
    while (out.size() < 2 && chance(r, percent)) {
        const std::string& id = pick(r, g.rubric).id;
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

GenChoice generateChoice(Random& r, const GenScenario& g, std::size_t node, int index) {
    GenChoice c;
    c.id = "c" + std::to_string(index);
    if (chance(r, 25)) {
        c.goHelper = pick(r, g.helpers).name;
        c.goIf = targetAfter(r, node, g);
        c.goElse = targetAfter(r, node, g);
        c.goWrites = chance(r, 20);
    } else {
        c.go = targetAfter(r, node, g);
    }
    // The first choice is always on offer, so no node is a dead end whatever the state.
    if (index > 0 && chance(r, 30)) {
        c.whenFlag = pick(r, g.flags);
        c.whenNegated = chance(r, 30);
    } else if (index > 0 && chance(r, 35)) {
        c.whenHelper = pick(r, g.helpers).name;
        c.whenNegated = chance(r, 25);
    }
    if (chance(r, 40)) c.set.push_back({pick(r, g.flags), !chance(r, 15)});
    c.countUp = chance(r, 15);
    if (chance(r, 30)) c.mood = between(r, -25, 25);
    c.credit = somePrinciples(r, g, 45);
    c.breach = somePrinciples(r, g, 35);
    return c;
}

bool targeted(const GenScenario& g, const std::string& id) {
    for (const GenNode& node : g.nodes)
        for (const GenChoice& c : node.choices)
            if (c.go == id || c.goIf == id || c.goElse == id) return true;
    return false;
}

// Most nodes nothing leads to get a choice leading there from a node shortly before that has
// room for one (four choices at most), so most of the graph is in play; a few are left alone,
// for the explorer to list as unreached.
void linkOrphans(Random& r, GenScenario& g) {
    for (std::size_t j = 1; j < g.nodes.size(); ++j) {
        if (targeted(g, g.nodes[j].id) || chance(r, 10)) continue;
        const std::size_t from = static_cast<std::size_t>(
            between(r, std::max(0, static_cast<int>(j) - 3), static_cast<int>(j) - 1));
        auto& choices = g.nodes[from].choices;
        if (choices.size() >= 4) continue;
        GenChoice c = generateChoice(r, g, from, static_cast<int>(choices.size()));
        c.go = g.nodes[j].id;
        c.goHelper.clear();
        choices.push_back(c);
    }
}

GenScenario generateScenario(std::uint32_t seed) {
    Random r(seed);
    GenScenario g;
    g.seed = seed;
    g.rubric = generateRubric(r);
    const int flags = between(r, 2, 5);
    for (int i = 0; i < flags; ++i)
        g.flags.push_back("f" + std::to_string(i));
    g.flags.push_back("secret");
    g.helpers = generateHelpers(r, g.flags);
    const std::vector<std::string> kinds{"resolved", "escalated", "unresolved", "lost", "lost"};
    const std::vector<std::string> caps{"Merit", "Pass", "Refer"};
    const int endings = between(r, 1, 3);
    for (int i = 0; i < endings; ++i) {
        GenEnding e{"e" + std::to_string(i), pick(r, kinds), "", {}, {}};
        if (chance(r, 30)) e.cap = pick(r, caps);
        g.endings.push_back(e);
    }
    const int nodes = between(r, 5, 30);
    for (int i = 0; i < nodes; ++i)
        g.nodes.push_back({"n" + std::to_string(i), "", {}});
    for (auto& e : g.endings) { // after the nodes, so an ending may name the rubric at random
        e.credit = somePrinciples(r, g, 15);
        e.breach = somePrinciples(r, g, 15);
    }
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        if (chance(r, 40)) g.nodes[i].customerHelper = pick(r, g.helpers).name;
        const int choices = between(r, i == 0 ? 2 : 1, 4);
        for (int c = 0; c < choices; ++c)
            g.nodes[i].choices.push_back(generateChoice(r, g, i, c));
    }
    linkOrphans(r, g);
    return g;
}

std::string quotedList(const std::vector<std::string>& ids) {
    std::string out = "{";
    for (const auto& id : ids)
        out += " \"" + id + "\",";
    return out + " }";
}

std::string rubricComment(const std::vector<GenPrinciple>& rubric) {
    std::string out;
    for (const auto& p : rubric)
        out += "-- rubric: " + p.id + " " + std::string(toString(p.kind)) + " weight " +
               std::to_string(p.weight) + (p.critical ? " critical" : "") +
               (p.cap ? " cap " + std::string(toString(*p.cap)) : "") + "\n";
    return out;
}

std::string choiceLua(const GenChoice& c, const std::string& node) {
    std::ostringstream out;
    out << "  choice { \"Say " << node << "." << c.id << "\", id = \"" << c.id << "\", ";
    if (c.go.empty())
        out << "go = function(s) " << (c.goWrites ? "s.secret = true " : "") << "if " << c.goHelper
            << "(s) then return \"" << c.goIf << "\" end return \"" << c.goElse << "\" end, ";
    else
        out << "go = \"" << c.go << "\", ";
    if (!c.whenFlag.empty())
        out << "when = \"" << (c.whenNegated ? "not " : "") << c.whenFlag << "\", ";
    if (!c.whenHelper.empty())
        out << "when = function(s) return " << (c.whenNegated ? "not " : "") << c.whenHelper
            << "(s) end, ";
    if (!c.set.empty()) {
        out << "set = {";
        for (const auto& [flag, value] : c.set)
            out << " " << flag << " = " << (value ? "true" : "false") << ",";
        out << " }, ";
    }
    if (c.countUp) out << "effect = function(s) s.count = s.count + 1 end, ";
    if (c.mood != 0) out << "mood = " << c.mood << ", ";
    if (!c.credit.empty()) out << "credit = " << quotedList(c.credit) << ", ";
    if (!c.breach.empty()) out << "breach = " << quotedList(c.breach) << ", ";
    out << "why = \"Because.\" },\n";
    return out.str();
}

// The scenario as Lua. With `shuffleSeed`, each node declares its choices in another order
// (same ids, same everything else): nothing the explorer reports may change.
std::string toLua(const GenScenario& g, std::uint32_t shuffleSeed = 0) {
    std::ostringstream out;
    out << "-- generated from seed " << g.seed << "\n" << rubricComment(g.rubric);
    out << "scenario { id = \"gen.s" << g.seed << "\", title = \"Generated " << g.seed
        << "\", brief = \"B\", organisation = \"" << kOrganisation
        << "\", customer = { name = \"Sam\", mood = 50 }, start = \"n0\", state = {";
    for (const auto& flag : g.flags)
        out << " " << flag << " = false,";
    out << " count = 0 } }\n\n";
    for (const auto& h : g.helpers)
        out << "local function " << h.name << "(s) " << h.code << " end\n";
    Random shuffler(shuffleSeed);
    for (const auto& node : g.nodes) {
        out << "\nnode \"" << node.id << "\" {\n";
        if (node.customerHelper.empty())
            out << "  customer = \"At " << node.id << ".\",\n";
        else
            out << "  customer = function(s) if " << node.customerHelper
                << "(s) then return \"Go on.\" end return \"Well?\" end,\n";
        std::vector<GenChoice> choices = node.choices;
        if (shuffleSeed != 0) shuffle(shuffler, choices);
        for (const auto& c : choices)
            out << choiceLua(c, node.id);
        out << "}\n";
    }
    for (const auto& e : g.endings) {
        out << "ending \"" << e.id << "\" { kind = \"" << e.kind << "\", summary = \"Ended at "
            << e.id << ".\"";
        if (!e.cap.empty()) out << ", cap = \"" << e.cap << "\"";
        if (!e.credit.empty()) out << ", credit = " << quotedList(e.credit);
        if (!e.breach.empty()) out << ", breach = " << quotedList(e.breach);
        out << " }\n";
    }
    return out.str();
}

// A generated scenario loaded and ready to play, with its rubric.
struct Generated {
    GenScenario model;
    std::string lua;
    Rubric rubric;
    script::LoadedFile loaded;

    std::string describe() const { return "seed " + std::to_string(model.seed) + ":\n" + lua; }
};

Generated load(GenScenario model, std::uint32_t shuffleSeed = 0) {
    Generated g{std::move(model), {}, {}, {}};
    g.lua = toLua(g.model, shuffleSeed);
    g.rubric = toRubric(g.model.rubric);
    g.loaded = test::loadText(g.lua, "gen-" + std::to_string(g.model.seed) + ".lua");
    INFO(g.describe() << "\n" << Catch::Detail::stringify(test::messages(g.loaded.diagnostics)));
    REQUIRE(g.loaded.usable());
    return g;
}

Generated generated(std::uint32_t seed) {
    return load(generateScenario(seed));
}

// Explores with the default options (seed 1, the seed every play below uses too) and insists the
// walk was complete, without which "best" and "unreached" would promise nothing.
Exploration exploreAll(const script::LoadedFile& file, const Rubric& rubric) {
    Exploration found = explore(file.scenario, file.scripting, rubric);
    INFO(Catch::Detail::stringify(test::messages(found.errors)));
    REQUIRE(found.errors.empty());
    REQUIRE_FALSE(found.budgetHit);
    REQUIRE(found.best);
    return found;
}

// ---- Playing and scoring ---------------------------------------------------------------------

constexpr std::uint64_t kPlaySeed = ExploreOptions{}.seed;

int net(const Choice& c) {
    return static_cast<int>(c.credit.size()) - static_cast<int>(c.breach.size());
}

// A random route to an ending. With `greedy` percent, a step takes the offer that credits most
// instead: high-scoring routes are the ones where caps have something to lower.
Session playRandom(const script::LoadedFile& file, Random& r, int greedy = 0) {
    Session session(file.scenario, file.scripting, kPlaySeed, Mode::Practice);
    for (int step = 0; step < 500 && !session.finished(); ++step) {
        const auto offers = session.offers();
        REQUIRE_FALSE(offers.empty());
        const Offer* taken = &pick(r, offers);
        if (chance(r, greedy))
            for (const Offer& o : offers)
                if (net(*o.choice) > net(*taken->choice)) taken = &o;
        session.choose(taken->choice->id);
    }
    REQUIRE(session.finished());
    return session;
}

Tally tallyOf(const std::vector<Evidence>& evidence) {
    Tally t;
    t.add(evidence);
    return t;
}

Points scoreOf(const Session& s, const Rubric& rubric) {
    return pointsFor(tallyOf(s.evidence()), rubric, s.scenario().organisation,
                     s.node().endingCap());
}

std::string routeOf(const Session& s) {
    return "route " + joined(s.choiceIds()) + " ending " + s.node().id;
}

// ---- Random evidence, for the properties of the score alone ---------------------------------

Evidence word(const std::string& id, EvidenceKind kind) {
    return Evidence{id, kind, 1, "n", "c", {}};
}

// A sequence of credits and breaches over the rubric (and now and then an id it lacks, which
// scores nothing), leaving out `except`.
std::vector<Evidence> randomEvidence(Random& r, const std::vector<GenPrinciple>& rubric,
                                     const std::string& except = {}) {
    std::vector<Evidence> out;
    const int length = between(r, 0, 12);
    for (int i = 0; i < length; ++i) {
        const std::string id = chance(r, 8) ? "unknown.id" : pick(r, rubric).id;
        if (id == except) continue;
        out.push_back(word(id, chance(r, 50) ? EvidenceKind::Credit : EvidenceKind::Breach));
    }
    return out;
}

std::string describe(const std::vector<Evidence>& evidence) {
    std::string out;
    for (const auto& e : evidence)
        out += std::string(e.kind == EvidenceKind::Credit ? " +" : " -") + e.principle;
    return out;
}

Points scoreOf(const std::vector<Evidence>& evidence, const Rubric& rubric,
               std::optional<Grade> endingCap = std::nullopt) {
    return pointsFor(tallyOf(evidence), rubric, kOrganisation, endingCap);
}

template <typename T> std::vector<T> inserted(std::vector<T> items, std::size_t at, T item) {
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
    return items;
}

} // namespace

// ---- 1 -------------------------------------------------------------------------------------

TEST_CASE("Property: no route scores above the explorer's best, which replays exactly",
          "[property]") {
    for (std::uint32_t seed = 1000; seed < 1500; ++seed) {
        const Generated g = generated(seed);
        INFO(g.describe());
        const Exploration found = exploreAll(g.loaded, g.rubric);
        INFO("best route " << joined(found.best->choices));
        const Rebuilt best =
            rebuild(g.loaded.scenario, g.loaded.scripting, kPlaySeed, found.best->choices);
        INFO(best.stopped.value_or(""));
        REQUIRE_FALSE(best.stopped); // every choice of the best route is on offer when replayed
        REQUIRE(scoreOf(*best.session, g.rubric).points == found.bestPoints());
        REQUIRE(best.session->node().id == found.best->ending);
        Random r(seed);
        for (int play = 0; play < 20; ++play) {
            const Session s = playRandom(g.loaded, r, play % 2 == 0 ? 0 : 70);
            const int points = scoreOf(s, g.rubric).points;
            INFO(routeOf(s) << ": " << points << " points, best " << found.bestPoints());
            REQUIRE(points <= found.bestPoints());
            // percentOf must not need a clamp to stay in range: the best really is the most
            REQUIRE(percentOf(points, found.bestPoints()) <= 100);
        }
    }
}

// ---- 2 -------------------------------------------------------------------------------------

TEST_CASE("Property: one more breach never raises a score or a grade", "[property]") {
    SECTION("any evidence, any rubric, a breach inserted anywhere") {
        Random r(2001);
        for (int round = 0; round < 20000; ++round) {
            const auto rubricModel = generateRubric(r);
            const Rubric rubric = toRubric(rubricModel);
            const auto before = randomEvidence(r, rubricModel);
            const std::size_t at =
                static_cast<std::size_t>(between(r, 0, static_cast<int>(before.size())));
            const auto after =
                inserted(before, at, word(pick(r, rubricModel).id, EvidenceKind::Breach));
            const std::optional<Grade> endingCap =
                chance(r, 30) ? std::optional<Grade>(Grade::Merit) : std::nullopt;
            const Points was = scoreOf(before, rubric, endingCap);
            const Points now = scoreOf(after, rubric, endingCap);
            const int best = std::max(was.points, 0) + between(r, 0, 10);
            INFO(rubricComment(rubricModel) << "before:" << describe(before)
                                            << "\nafter:" << describe(after) << "\nbest " << best);
            REQUIRE(now.points <= was.points);
            REQUIRE(rank(gradeOf(now, best)) >= rank(gradeOf(was, best)));
        }
    }
    SECTION("a breach added to a choice on a played route, replayed") {
        for (std::uint32_t seed = 2100; seed < 2400; ++seed) {
            GenScenario model = generateScenario(seed);
            const Generated g = load(model);
            Random r(seed);
            const Session played = playRandom(g.loaded, r, 50);
            const auto ids = played.choiceIds();
            const std::string& chosen = pick(r, ids); // "<node>.<choice>"
            const std::string added = pick(r, model.rubric).id;
            for (GenNode& node : model.nodes)
                for (GenChoice& c : node.choices)
                    if (node.id + "." + c.id == chosen) c.breach.push_back(added);
            const Generated changed = load(model);
            INFO(g.describe() << "\n"
                              << routeOf(played) << "\nadded breach " << added << " to " << chosen);
            // A breach changes no state, so the same ids are a route of the changed file too.
            const Session replayed = test::play(changed.loaded, ids, kPlaySeed);
            REQUIRE(scoreOf(replayed, g.rubric).points <= scoreOf(played, g.rubric).points);
        }
    }
}

// ---- 3 -------------------------------------------------------------------------------------

TEST_CASE("Property: a breach put right costs less than leaving it and more than never making it",
          "[property]") {
    Random r(3001);
    for (int round = 0; round < 3000; ++round) {
        const auto rubricModel = generateRubric(r);
        const Rubric rubric = toRubric(rubricModel);
        for (const GenPrinciple& p : rubricModel) {
            // The same other evidence around it each time, the breach before the credit.
            const auto others = randomEvidence(r, rubricModel, p.id);
            const auto size = static_cast<int>(others.size());
            const auto breachAt = static_cast<std::size_t>(between(r, 0, size));
            const auto creditAt =
                static_cast<std::size_t>(between(r, static_cast<int>(breachAt), size));
            const auto credited = inserted(others, creditAt, word(p.id, EvidenceKind::Credit));
            const auto putRight = inserted(credited, breachAt, word(p.id, EvidenceKind::Breach));
            const auto breached = inserted(others, breachAt, word(p.id, EvidenceKind::Breach));
            const int never = scoreOf(credited, rubric).points;
            const int right = scoreOf(putRight, rubric).points;
            const int left = scoreOf(breached, rubric).points;
            const int untouched = scoreOf(others, rubric).points;
            INFO(rubricComment(rubricModel)
                 << p.id << " among:" << describe(others) << "\ncredit only " << never
                 << ", put right " << right << ", left breached " << left << ", untouched "
                 << untouched);
            REQUIRE(never > right);
            REQUIRE(right > left);
            REQUIRE(right < untouched); // put right, the mistake still costs something
        }
    }
}

// ---- 4 -------------------------------------------------------------------------------------

namespace {

// Checks one scored route against the caps of what it left breached and its critical breaches;
// returns whether a cap or a critical breach held the grade below its band.
bool checkPrincipleCaps(const std::vector<GenPrinciple>& rubric, const Tally& tally, Grade grade,
                        Grade band) {
    bool binding = false;
    for (const GenPrinciple& p : rubric) {
        INFO(p.id << " is " << toString(tally.status(p.id)) << "; graded " << toString(grade)
                  << ", band " << toString(band));
        if (p.critical && tally.everBreached(p.id)) {
            REQUIRE(grade == Grade::Refer);
            binding = binding || band != Grade::Refer;
        }
        const auto cap = expectedCap(p);
        if (tally.status(p.id) == Status::Breached && cap) {
            REQUIRE(rank(grade) >= rank(*cap));
            binding = binding || rank(band) < rank(*cap);
        }
    }
    return binding;
}

} // namespace

TEST_CASE("Property: law left breached caps the grade, and a critical breach, even put right, "
          "gives Refer",
          "[property]") {
    SECTION("any evidence, scored against a best it reaches or nearly so") {
        Random r(4001);
        int binding = 0;
        for (int round = 0; round < 20000; ++round) {
            const auto rubricModel = generateRubric(r);
            const auto evidence = randomEvidence(r, rubricModel);
            const Points points = scoreOf(evidence, toRubric(rubricModel));
            // a best at or just above the points puts the band at the top, where caps bite
            const int best = std::max(points.points, 1) + between(r, 0, 1);
            const Grade band = gradeFor(percentOf(points.points, best));
            INFO(rubricComment(rubricModel) << "evidence:" << describe(evidence));
            binding +=
                checkPrincipleCaps(rubricModel, tallyOf(evidence), gradeOf(points, best), band);
        }
        CHECK(binding > 1000); // the property was put to the test, not passed by default
    }
    SECTION("random and greedy plays of generated scenarios, debriefed") {
        int binding = 0;
        for (std::uint32_t seed = 4100; seed < 4400; ++seed) {
            const Generated g = generated(seed);
            INFO(g.describe());
            const Exploration found = exploreAll(g.loaded, g.rubric);
            Random r(seed);
            for (int play = 0; play < 8; ++play) {
                const Session s = playRandom(g.loaded, r, play < 4 ? 90 : 0);
                const Debrief d = debriefAgainst(s, g.rubric, found);
                INFO(routeOf(s));
                binding += checkPrincipleCaps(g.model.rubric, tallyOf(s.evidence()), d.grade,
                                              gradeFor(d.percent));
            }
        }
        CHECK(binding > 0);
    }
}

// ---- 5 -------------------------------------------------------------------------------------

namespace {

// The cap a route ending here must respect, from the generated model: its own, else Pass when
// the customer was lost.
std::optional<Grade> expectedEndingCap(const GenEnding& e) {
    if (!e.cap.empty()) return gradeFrom(e.cap);
    if (e.kind == "lost") return Grade::Pass;
    return std::nullopt;
}

// Returns whether the ending's cap held the grade below its band.
bool checkEndingCap(const GenScenario& model, const std::string& ending, const Points& points,
                    int best) {
    const auto e = std::find_if(model.endings.begin(), model.endings.end(),
                                [&](const GenEnding& x) { return x.id == ending; });
    REQUIRE(e != model.endings.end());
    const auto cap = expectedEndingCap(*e);
    if (!cap) return false;
    const Grade grade = gradeOf(points, best);
    const Grade band = gradeFor(percentOf(points.points, best));
    INFO("ending " << ending << " (" << e->kind << ", cap '" << e->cap << "'): " << toString(grade)
                   << ", band " << toString(band));
    REQUIRE(rank(grade) >= rank(*cap));
    return rank(band) < rank(*cap);
}

// The same scenario with every ending of one kind and cap: then the best route, at 100%, must
// end under the cap.
GenScenario withEndings(GenScenario model, const std::string& kind, const std::string& cap) {
    for (GenEnding& e : model.endings) {
        e.kind = kind;
        e.cap = cap;
    }
    return model;
}

} // namespace

TEST_CASE("Property: an ending caps the grade (a lost customer Pass at best unless it says "
          "otherwise)",
          "[property]") {
    int binding = 0;
    for (std::uint32_t seed = 5000; seed < 5200; ++seed) {
        const GenScenario model = generateScenario(seed);
        for (const GenScenario& variant :
             {model, withEndings(model, "lost", ""), withEndings(model, "resolved", "Merit")}) {
            const Generated g = load(variant);
            INFO(g.describe());
            const Exploration found = exploreAll(g.loaded, g.rubric);
            binding +=
                checkEndingCap(variant, found.best->ending, found.best->points, found.bestPoints());
            REQUIRE(rank(found.gradeOf(found.best->points)) ==
                    rank(gradeOf(found.best->points, found.bestPoints())));
            Random r(seed);
            for (int play = 0; play < 6; ++play) {
                const Session s = playRandom(g.loaded, r, play % 2 == 0 ? 90 : 0);
                INFO(routeOf(s));
                const Debrief d = debriefAgainst(s, g.rubric, found);
                binding += checkEndingCap(variant, s.node().id, scoreOf(s, g.rubric), d.best);
                REQUIRE(d.grade == gradeOf(scoreOf(s, g.rubric), d.best));
            }
        }
    }
    CHECK(binding > 200);
}

// ---- 6 -------------------------------------------------------------------------------------

TEST_CASE("Property: every finding carries its points and they add up to the debrief's",
          "[property]") {
    for (std::uint32_t seed = 6000; seed < 6300; ++seed) {
        const Generated g = generated(seed);
        INFO(g.describe());
        const Exploration found = exploreAll(g.loaded, g.rubric);
        Random r(seed);
        for (int play = 0; play < 8; ++play) {
            const Session s = playRandom(g.loaded, r, play % 2 == 0 ? 0 : 60);
            const Debrief d = debriefAgainst(s, g.rubric, found);
            INFO(routeOf(s));
            int sum = 0, subtotals = 0;
            for (const Finding& f : d.findings) {
                INFO(f.principle << " " << toString(f.status) << " " << f.points);
                sum += f.points;
                REQUIRE(f.points ==
                        pointsOf(f.status, principleById(g.model.rubric, f.principle).weight));
                if (f.status == Status::Breached || f.status == Status::PutRight)
                    REQUIRE(f.points < 0);
                if (f.status == Status::Demonstrated) REQUIRE(f.points > 0);
                if (f.status == Status::NotMet) REQUIRE(f.points == 0);
            }
            for (const Subtotal& t : d.subtotals)
                subtotals += t.points;
            REQUIRE(sum == d.points);
            REQUIRE(subtotals == d.points);
            REQUIRE(d.points == scoreOf(s, g.rubric).points);
        }
    }
}

// ---- 7 -------------------------------------------------------------------------------------

namespace {

struct Soundness {
    int plays = 0;
    int throughHelpers = 0; // steps whose choice had a `when` or `go` function
};

bool usesFunctions(const Scenario& scenario, const Step& step) {
    for (const Choice& c : scenario.find(step.node)->choices)
        if (c.id == step.choice) return c.when.function != 0 || c.goFunction != 0;
    return false;
}

// Plays `plays` random routes and checks each against the exploration: every node and ending it
// passes is one the explorer reached, its ending is among the explorer's, and it scores no more
// than the best.
void checkPlays(const script::LoadedFile& file, const Rubric& rubric, int plays, Random& r,
                Soundness& tally) {
    const Exploration found = exploreAll(file, rubric);
    const std::set<std::string> unreached(found.unreached.begin(), found.unreached.end());
    for (int play = 0; play < plays; ++play) {
        const Session s = playRandom(file, r, play % 3 == 0 ? 80 : 0);
        INFO(routeOf(s));
        for (const Step& step : s.steps()) {
            REQUIRE(unreached.count(step.node) == 0);
            tally.throughHelpers += usesFunctions(s.scenario(), step);
        }
        REQUIRE(unreached.count(s.node().id) == 0);
        REQUIRE(found.endings.count(s.node().id) == 1);
        const Points points = scoreOf(s, rubric);
        REQUIRE(points.points <= found.bestPoints());
        REQUIRE(percentOf(points.points, found.bestPoints()) <= 100);
        // A lost customer is never above Pass unless the ending says otherwise.
        if (s.node().endingKind == EndingKind::Lost && !s.node().cap)
            REQUIRE_FALSE(below(Grade::Pass, found.gradeOf(points)));
        ++tally.plays;
    }
}

} // namespace

TEST_CASE("Property: 10000 random plays never go where the explorer says no route goes",
          "[property]") {
    Soundness tally;
    Random r(7001);
    SECTION("every library scenario") {
        const script::Library library = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
        const auto files = library.usable();
        REQUIRE(files.size() >= 10);
        for (const script::LoadedFile* file : files) {
            INFO(file->scenario->id);
            checkPlays(*file, library.rubric, 4000 / static_cast<int>(files.size()), r, tally);
        }
        CHECK(tally.plays >= 3900);
    }
    SECTION("generated scenarios with helper functions") {
        for (std::uint32_t seed = 7100; seed < 7300; ++seed) {
            const Generated g = generated(seed);
            INFO(g.describe());
            checkPlays(g.loaded, g.rubric, 30, r, tally);
        }
        CHECK(tally.plays == 6000);
        CHECK(tally.throughHelpers > 1000); // the routes behind helpers were played
    }
}

TEST_CASE("The kettle: telling Joan the manufacturer will sort it no longer earns Distinction",
          "[property][library]") {
    const script::Library library = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    const script::LoadedFile* kettle = library.find("brightmart.faulty-kettle");
    REQUIRE(kettle != nullptr);
    const Exploration found = exploreAll(*kettle, library.rubric);
    REQUIRE_FALSE(found.budgetHit);
    // The best route that ever says it, put right or not, and whatever follows.
    for (const char* id : {"cra.retailer-liable", "ucp.misleading-rights"}) {
        INFO(id);
        REQUIRE(found.bestWhenBreached.count(id) == 1);
        const auto& route = found.bestWhenBreached.at(id);
        REQUIRE(route);
        CHECK(found.gradeOf(route->points) != Grade::Distinction);
    }
    // Left uncorrected, a misstatement of her rights is Pass at best, on every route played.
    Random r(8001);
    int uncorrected = 0;
    for (int play = 0; play < 2000; ++play) {
        const Session s = playRandom(*kettle, r, 0);
        const Points points = scoreOf(s, library.rubric);
        if (tallyOf(s.evidence()).status("ucp.misleading-rights") != Status::Breached) continue;
        ++uncorrected;
        INFO(routeOf(s));
        REQUIRE_FALSE(below(Grade::Pass, found.gradeOf(points)));
    }
    CHECK(uncorrected > 100);
}

// ---- 8 -------------------------------------------------------------------------------------

TEST_CASE("Property: the order choices are declared in changes nothing the explorer reports",
          "[property]") {
    int differentText = 0;
    for (std::uint32_t seed = 8000; seed < 8400; ++seed) {
        const GenScenario model = generateScenario(seed);
        const Generated g = load(model);
        const Generated shuffled = load(model, seed * 7 + 3);
        INFO(g.describe() << "\nshuffled:\n" << shuffled.lua);
        differentText += g.lua != shuffled.lua;
        const Exploration a = exploreAll(g.loaded, g.rubric);
        const Exploration b = exploreAll(shuffled.loaded, shuffled.rubric);
        REQUIRE(a.bestPoints() == b.bestPoints());
        std::set<std::string> endsA, endsB;
        for (const auto& [id, count] : a.endings)
            endsA.insert(id);
        for (const auto& [id, count] : b.endings)
            endsB.insert(id);
        REQUIRE(endsA == endsB);
        REQUIRE(a.unreached == b.unreached); // both in declaration order of nodes, not choices
    }
    CHECK(differentText > 300);
}

// ---- Calibration ------------------------------------------------------------------------------

namespace {

Grade replayedGrade(const Generated& g, const PathResult& route, const Exploration& found) {
    Session s(g.loaded.scenario, g.loaded.scripting, kPlaySeed, Mode::Practice);
    for (const std::string& id : route.choices)
        s.choose(id);
    REQUIRE(s.finished());
    return gradeOf(scoreOf(s, g.rubric), found.bestPoints());
}

} // namespace

TEST_CASE("Property: calibration bounds every route: a breach grades between its best and worst, "
          "an ending no better than its best, and each named route replays to its grade",
          "[property][calibration]") {
    int bounded = 0;
    for (std::uint32_t seed = 9000; seed < 9120; ++seed) {
        const Generated g = generated(seed);
        INFO(g.describe());
        ExploreOptions options;
        options.calibrate = true;
        const Exploration found = explore(g.loaded.scenario, g.loaded.scripting, g.rubric, options);
        REQUIRE_FALSE(found.budgetHit);
        REQUIRE(found.best);
        CHECK(found.worstWhenBreached.size() == found.breachable.size());
        CHECK(found.bestAtEnding.size() == found.endings.size());
        for (const auto& [id, route] : found.worstWhenBreached) {
            REQUIRE(route);
            CHECK(replayedGrade(g, *route, found) == found.gradeOf(route->points));
        }
        for (const auto& [ending, route] : found.bestAtEnding) {
            REQUIRE(route);
            CHECK(route->ending == ending);
            CHECK(replayedGrade(g, *route, found) == found.gradeOf(route->points));
        }
        Random r(seed);
        for (int play = 0; play < 12; ++play) {
            const Session s = playRandom(g.loaded, r, play % 3 == 0 ? 70 : 0);
            INFO(routeOf(s));
            const Grade grade = gradeOf(scoreOf(s, g.rubric), found.bestPoints());
            const auto& atEnding = found.bestAtEnding.at(s.node().id);
            REQUIRE(atEnding);
            CHECK_FALSE(below(found.gradeOf(atEnding->points), grade)); // never better than best
            std::set<std::string> breached;
            for (const Evidence& e : s.evidence())
                if (e.kind == EvidenceKind::Breach) breached.insert(e.principle);
            for (const std::string& id : breached) {
                INFO(id);
                const auto& worst = found.worstWhenBreached.at(id);
                REQUIRE(worst);
                CHECK_FALSE(below(grade, found.gradeOf(worst->points))); // never worse than worst
                const auto& best = found.bestWhenBreached.at(id);
                if (best)
                    CHECK_FALSE(below(found.gradeOf(best->points), grade));
                else
                    CHECK(grade == Grade::Refer);
                ++bounded;
            }
        }
    }
    CHECK(bounded > 500);
}
