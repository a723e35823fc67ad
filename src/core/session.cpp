#include "session.hpp"

#include "rng.hpp"
#include "text.hpp"

#include <algorithm>
#include <stdexcept>

namespace frontline {

std::string_view toString(Speaker speaker) {
    switch (speaker) {
    case Speaker::Customer:
        return "customer";
    case Speaker::Learner:
        return "learner";
    case Speaker::Narration:
        return "narration";
    }
    return "customer";
}

std::string_view toString(Mode mode) {
    switch (mode) {
    case Mode::Practice:
        return "practice";
    case Mode::Assessment:
        return "assessment";
    case Mode::Silent:
        return "silent";
    }
    return "practice";
}

std::optional<Mode> modeFrom(std::string_view name) {
    for (const Mode m : {Mode::Practice, Mode::Assessment, Mode::Silent})
        if (toString(m) == name) return m;
    return std::nullopt;
}

std::string_view toString(EvidenceKind kind) {
    return kind == EvidenceKind::Credit ? "credit" : "breach";
}

namespace {

int clampMood(int mood) {
    return std::clamp(mood, 0, 100);
}

void record(std::vector<Evidence>& out, const std::vector<std::string>& ids, EvidenceKind kind,
            int step, const std::string& node, const std::string& choice, const SourceRef& where) {
    for (const auto& id : ids)
        out.push_back({id, kind, step, node, choice, where});
}

// Mood and the clock are ordinary names in `set`, so authors need learn no second way.
void assign(State& state, const std::string& name, const Value& value, const SourceRef& at) {
    if (name == "mood" || name == "minutes") {
        const auto* whole = std::get_if<std::int64_t>(&value);
        if (whole == nullptr) throw ScriptError(at, "set " + name + " needs a whole number");
        const int v = static_cast<int>(std::clamp<std::int64_t>(*whole, -1000000, 1000000));
        (name == "mood" ? state.mood : state.minutes) = v;
        return;
    }
    state.vars[name] = value;
}

// Assessment mode: the choices on offer in an order fixed by the seed, the node and the step, so
// "the right answer is always first" cannot be learnt, and the same seed and choice ids (a replay,
// a resumed attempt) show the same order again. The scenario's own random source is untouched.
void shuffle(std::vector<Offer>& offers, std::uint64_t seed, const std::string& node,
             std::size_t step) {
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a of the node id
    for (const char c : node) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    Rng rng(seed ^ (hash * 0x9E3779B97F4A7C15ull) ^ (step * 0xD1B54A32D192ED03ull));
    for (std::size_t i = offers.size(); i > 1; --i) // Fisher-Yates
        std::swap(offers[i - 1], offers[static_cast<std::size_t>(rng.next() % i)]);
}

} // namespace

Session::Session(std::shared_ptr<const Scenario> scenario, std::shared_ptr<Scripting> scripting,
                 std::uint64_t seed, Mode mode)
    : m_scenario(std::move(scenario)), m_scripting(std::move(scripting)), m_seed(seed),
      m_mode(mode), m_state{m_scenario->initial, clampMood(m_scenario->customer.mood), 0,
                            Rng(seed)} {
    if (mode == Mode::Assessment && m_scenario->practiceOnly)
        throw std::invalid_argument("'" + m_scenario->title +
                                    "' is for practice only (`practice_only = true`): it is too "
                                    "short to rule out guessing, so it cannot be assessed");
    const Node* start = m_scenario->find(m_scenario->start);
    if (start == nullptr)
        throw std::invalid_argument("scenario '" + m_scenario->id + "' has no start node '" +
                                    m_scenario->start + "'");
    m_node = m_scenario->indexOf(*start);
    enter(*start, m_state, 0, m_transcript, m_evidence);
}

std::vector<std::string> Session::choiceIds() const {
    std::vector<std::string> ids;
    for (const auto& step : m_steps)
        ids.push_back(step.choice);
    return ids;
}

std::string Session::summary() const {
    return finished() ? render(node().summary, m_state, node().where) : std::string();
}

std::string Session::render(const Text& text, const State& state, const SourceRef& at) const {
    if (text.isFunction()) return m_scripting->text(text.function, state, at);
    return interpolate(text.literal, state, m_scenario->customer.name);
}

bool Session::holds(const Condition& when, const SourceRef& at) const {
    if (when.function != 0) return m_scripting->test(when.function, m_state, at);
    if (when.expression)
        return when.expression->holds(m_state, m_scripting ? m_scripting->reads() : nullptr);
    if (when.flag.empty()) return true;
    if (ReadLog* log = m_scripting ? m_scripting->reads() : nullptr) log->read(when.flag);
    auto it = m_state.vars.find(when.flag);
    const bool set = it != m_state.vars.end() && truthy(it->second);
    return set != when.negated;
}

std::vector<Offer> Session::offers() const {
    std::vector<Offer> out;
    if (finished()) return out;
    for (const Choice& choice : node().choices)
        if (holds(choice.when, choice.where))
            out.push_back({&choice, m_mode == Mode::Silent
                                        ? std::string()
                                        : render(choice.line, m_state, choice.where)});
    if (m_mode == Mode::Assessment) shuffle(out, m_seed, node().id, m_steps.size() + 1);
    return out;
}

void Session::enter(const Node& target, const State& state, int step, std::vector<Line>& lines,
                    std::vector<Evidence>& evidence) const {
    if (target.isEnding) {
        record(evidence, target.credit, EvidenceKind::Credit, step, target.id, {}, target.where);
        record(evidence, target.breach, EvidenceKind::Breach, step, target.id, {}, target.where);
    }
    if (m_mode == Mode::Silent) return;
    if (!target.narration.blank())
        lines.push_back(
            {Speaker::Narration, render(target.narration, state, target.where), target.id, {}});
    if (!target.customer.blank())
        lines.push_back(
            {Speaker::Customer, render(target.customer, state, target.where), target.id, {}});
}

std::string Session::ruleTarget(const Choice& choice, const State& state) const {
    ReadLog* reads = m_scripting ? m_scripting->reads() : nullptr;
    for (const GoRule& rule : choice.goRules)
        if (!rule.when || rule.when->holds(state, reads)) return rule.go;
    throw ScriptError(choice.where, "no rule of choice '" + choice.id +
                                        "''s `go` holds here: end its rules with one that has no "
                                        "`when`, such as \"describe\"");
}

std::size_t Session::resolveTarget(const Choice& choice, State& state) const {
    const std::string target = choice.goFunction != 0
                                   ? m_scripting->target(choice.goFunction, state, choice.where)
                               : choice.goRules.empty() ? choice.go
                                                        : ruleTarget(choice, state);
    const Node* next = m_scenario->find(target);
    if (next == nullptr)
        throw ScriptError(choice.where, "choice '" + choice.id + "' goes to '" + target +
                                            "', which is not a node or ending");
    return m_scenario->indexOf(*next);
}

const Step& Session::choose(const std::string& choiceId) {
    if (finished()) throw std::invalid_argument("the scenario has ended; no choice is on offer");
    const auto offered = offers();
    auto it = std::find_if(offered.begin(), offered.end(),
                           [&](const Offer& o) { return o.choice->id == choiceId; });
    if (it == offered.end())
        throw std::invalid_argument("choice '" + choiceId + "' is not on offer at node '" +
                                    node().id + "'");
    const Choice& choice = *it->choice;

    // Everything is computed on copies and committed at the end, so a failing author function
    // leaves the session exactly as it was.
    State next = m_state;
    for (const auto& [name, value] : choice.set)
        assign(next, name, value, choice.where);
    if (choice.effect != 0) m_scripting->effect(choice.effect, next, choice.where);
    next.mood = clampMood(next.mood + choice.mood);
    next.minutes += choice.minutes;
    const std::size_t target = resolveTarget(choice, next);
    next.mood = clampMood(next.mood); // a `go` function may have changed it too

    const int stepNumber = static_cast<int>(m_steps.size()) + 1;
    const bool silent = m_mode == Mode::Silent;
    const std::string why = silent ? std::string() : render(choice.why, m_state, choice.where);
    std::vector<Line> lines;
    if (!silent) lines.push_back({Speaker::Learner, it->text, node().id, choice.id});
    std::vector<Evidence> evidence;
    record(evidence, choice.credit, EvidenceKind::Credit, stepNumber, node().id, choice.id,
           choice.where);
    record(evidence, choice.breach, EvidenceKind::Breach, stepNumber, node().id, choice.id,
           choice.where);
    enter(m_scenario->nodes[target], next, stepNumber, lines, evidence);

    if (silent) {
        m_evidence = std::move(evidence);
        m_lastStep = {node().id, choice.id, {}, {}, m_state.mood, next.mood};
        m_state = std::move(next);
        m_node = target;
        return m_lastStep;
    }
    m_history.push_back({m_node, m_state, m_transcript.size(), m_evidence.size(), m_steps.size()});
    m_steps.push_back({node().id, choice.id, it->text, why, m_state.mood, next.mood});
    m_transcript.insert(m_transcript.end(), lines.begin(), lines.end());
    m_evidence.insert(m_evidence.end(), evidence.begin(), evidence.end());
    m_state = std::move(next);
    m_node = target;
    return m_steps.back();
}

bool Session::setVariable(const std::string& name, const Value& value) {
    State next = m_state;
    try {
        assign(next, name, value, node().where);
    } catch (const ScriptError&) {
        return false; // mood and minutes stay whole numbers
    }
    next.mood = clampMood(next.mood);
    m_state = std::move(next);
    m_edited = true;
    return true;
}

bool Session::undo() {
    if (!canUndo()) return false;
    const Snapshot& s = m_history.back();
    m_node = s.node;
    m_state = s.state;
    m_transcript.resize(s.transcript);
    m_evidence.resize(s.evidence);
    m_steps.resize(s.steps);
    m_history.pop_back();
    return true;
}

Rebuilt rebuild(std::shared_ptr<const Scenario> scenario, std::shared_ptr<Scripting> scripting,
                std::uint64_t seed, const std::vector<std::string>& choiceIds, Mode mode) {
    Rebuilt out{
        std::make_unique<Session>(std::move(scenario), std::move(scripting), seed, mode), 0, {}};
    Session& session = *out.session;
    for (const std::string& id : choiceIds) {
        const std::string where =
            "step " + std::to_string(out.applied + 1) + ", node '" + session.node().id + "'";
        if (session.finished()) {
            out.stopped = where + ": the scenario had already ended before choice '" + id + "'";
            return out;
        }
        std::vector<Offer> offered;
        try {
            offered = session.offers();
        } catch (const ScriptError& e) {
            out.stopped = where + ": " + e.what();
            return out;
        }
        const bool onOffer = std::any_of(offered.begin(), offered.end(),
                                         [&](const Offer& o) { return o.choice->id == id; });
        if (!onOffer) {
            const auto& all = session.node().choices;
            const bool exists =
                std::any_of(all.begin(), all.end(), [&](const Choice& c) { return c.id == id; });
            // A choice of another node means the route went elsewhere before this step.
            std::string elsewhere;
            for (const Node& n : session.scenario().nodes)
                for (const Choice& c : n.choices)
                    if (c.id == id && elsewhere.empty()) elsewhere = n.id;
            out.stopped =
                where + ": choice '" + id + "' " +
                (exists               ? "is not on offer here (its condition does not hold)"
                 : !elsewhere.empty() ? "belongs to node '" + elsewhere + "': the route reached '" +
                                            session.node().id + "' instead"
                                      : "no longer exists in the scenario");
            return out;
        }
        try {
            session.choose(id);
        } catch (const ScriptError& e) {
            out.stopped = where + ": choice '" + id + "' failed: " + e.what();
            return out;
        }
        ++out.applied;
    }
    return out;
}

} // namespace frontline
