#include "records_json.hpp"

#include <limits>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace frontline::report {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

std::string name(std::string_view view) {
    return std::string(view);
}

ordered_json choiceJson(const ChoiceRecord& c) {
    return {{"step", c.step}, {"node", c.node},         {"choice", c.choice},
            {"text", c.text}, {"millis", c.millis},     {"at", c.at},
            {"uuid", c.uuid}, {"credited", c.credited}, {"breached", c.breached}};
}

ordered_json principleJson(const PrincipleResult& p) {
    return {{"principle", p.principle},
            {"kind", name(toString(p.kind))},
            {"status", name(toString(p.status))},
            {"title", p.title},
            {"source", p.source}};
}

// A field's value, or null while the attempt has no result to give it.
template <typename T> ordered_json ifFinished(const AttemptRecord& r, const T& value) {
    return r.isFinished() ? ordered_json(value) : ordered_json(nullptr);
}

// ---- Reading -----------------------------------------------------------------------------

// One JSON object and where it sits ("choices[2]"), so every complaint names its field.
class Fields {
  public:
    Fields(const json& object, std::string path) : m_object(object), m_path(std::move(path)) {
        if (!object.is_object())
            throw std::invalid_argument(std::string("attempt JSON: ") + where() +
                                        " must be an object, not " + object.type_name());
    }

    bool isNull(const char* key) const { return at(key).is_null(); }

    std::string text(const char* key) const {
        const json& v = at(key);
        if (!v.is_string()) wrong(key, "a string", v);
        return v.get<std::string>();
    }

    std::int64_t integer(const char* key) const {
        const json& v = at(key);
        if (v.is_number_unsigned() &&
            v.get<std::uint64_t>() >
                static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            wrong(key, "an integer in range", v);
        if (!v.is_number_integer()) wrong(key, "an integer", v);
        return v.get<std::int64_t>();
    }

    int small(const char* key) const {
        const std::int64_t n = integer(key);
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            wrong(key, "an integer in range", at(key));
        return static_cast<int>(n);
    }

    std::uint64_t unsignedInteger(const char* key) const {
        const json& v = at(key);
        if (v.is_number_unsigned()) return v.get<std::uint64_t>();
        if (v.is_number_integer() && v.get<std::int64_t>() >= 0)
            return static_cast<std::uint64_t>(v.get<std::int64_t>());
        wrong(key, "a non-negative integer", v);
    }

    std::vector<std::string> texts(const char* key) const {
        const json& v = array(key);
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string())
                wrong(key + std::string("[") + std::to_string(i) + "]", "a string", v[i]);
            out.push_back(v[i].get<std::string>());
        }
        return out;
    }

    const json& array(const char* key) const {
        const json& v = at(key);
        if (!v.is_array()) wrong(key, "an array", v);
        return v;
    }

    // An enum by its name, through the matching ...From function in core.
    template <typename From> auto named(const char* key, From from) const {
        const std::string text = this->text(key);
        const auto value = from(text);
        if (!value) wrong(key, "a known name", at(key));
        return *value;
    }

    std::string path(const char* key) const { return m_path.empty() ? key : m_path + "." + key; }

  private:
    std::string where() const { return m_path.empty() ? "the attempt" : "'" + m_path + "'"; }

    const json& at(const char* key) const {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            throw std::invalid_argument(std::string("attempt JSON: field '") + path(key) +
                                        "' is missing");
        return *it;
    }

    [[noreturn]] void wrong(const std::string& key, const char* wanted, const json& v) const {
        std::string message =
            std::string("attempt JSON: field '") + path(key.c_str()) + "' must be ";
        message.append(wanted).append(", not ");
        message.append(v.is_string() ? "\"" + v.get<std::string>() + "\"" : v.type_name());
        throw std::invalid_argument(message);
    }

    const json& m_object;
    std::string m_path;
};

ChoiceRecord choiceFrom(const Fields& f) {
    ChoiceRecord c;
    c.step = f.small("step");
    c.node = f.text("node");
    c.choice = f.text("choice");
    c.text = f.text("text");
    c.millis = f.integer("millis");
    c.at = f.text("at");
    c.uuid = f.text("uuid");
    c.credited = f.texts("credited");
    c.breached = f.texts("breached");
    return c;
}

PrincipleResult principleFrom(const Fields& f) {
    PrincipleResult p;
    p.principle = f.text("principle");
    p.kind = f.named("kind", principleKindFrom);
    p.status = f.named("status", statusFrom);
    p.title = f.text("title");
    p.source = f.text("source");
    return p;
}

template <typename T, typename Read>
std::vector<T> each(const Fields& f, const char* key, Read read) {
    const json& items = f.array(key);
    std::vector<T> out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out.push_back(read(Fields(items[i], f.path(key) + "[" + std::to_string(i) + "]")));
    return out;
}

// Null says "no result yet": allowed while unfinished, missing data once finished.
bool given(const Fields& f, const char* key, bool finished) {
    if (!f.isNull(key)) return true;
    if (finished)
        throw std::invalid_argument(std::string("attempt JSON: field '") + f.path(key) +
                                    "' must not be null in a finished attempt");
    return false;
}

void resultFrom(const Fields& f, AttemptRecord& r) {
    const bool done = r.isFinished();
    if (given(f, "ending", done)) r.ending = f.text("ending");
    if (given(f, "ending_kind", done)) r.endingKind = f.named("ending_kind", endingKindFrom);
    if (given(f, "grade", done)) r.grade = f.named("grade", gradeFrom);
    if (given(f, "percent", done)) r.percent = f.small("percent");
    if (given(f, "points", done)) r.points = f.small("points");
    if (given(f, "best", done)) r.best = f.small("best");
}

} // namespace

nlohmann::ordered_json toJson(const Debrief& d) {
    nlohmann::ordered_json j;
    j["grade"] = std::string(toString(d.grade));
    j["percent"] = d.percent;
    j["points"] = d.points;
    j["best_points"] = d.best;
    j["reason"] = d.reason;
    auto& subtotals = j["subtotals"] = nlohmann::ordered_json::object();
    for (const Subtotal& s : d.subtotals)
        subtotals[std::string(toString(s.kind))] = {{"points", s.points}, {"possible", s.possible}};
    auto& workOn = j["work_on"] = nlohmann::ordered_json::array();
    for (const WorkOn& w : d.workOn)
        workOn.push_back({{"principle", w.principle},
                          {"kind", std::string(toString(w.kind))},
                          {"status", std::string(toString(w.status))},
                          {"title", w.title},
                          {"source", w.source},
                          {"critical", w.critical},
                          {"cap", w.cap ? nlohmann::ordered_json(std::string(toString(*w.cap)))
                                        : nlohmann::ordered_json()},
                          {"step", w.step},
                          {"at_ending", w.atEnding},
                          {"said", w.said},
                          {"better_step", w.betterStep},
                          {"better", w.better},
                          {"same_node", w.sameNode},
                          {"points", w.points}});
    auto& findings = j["findings"] = nlohmann::ordered_json::array();
    for (const Finding& f : d.findings)
        findings.push_back({{"principle", f.principle},
                            {"kind", std::string(toString(f.kind))},
                            {"status", std::string(toString(f.status))},
                            {"title", f.title},
                            {"source", f.source},
                            {"weight", f.weight},
                            {"critical", f.critical},
                            {"points", f.points},
                            {"best_step", f.bestStep},
                            {"best_line", f.bestLine},
                            {"point", f.point},
                            {"evidence", f.evidence},
                            {"explain", f.explain}});
    j["unknown_ids"] = d.unknownIds;
    return j;
}

ordered_json toJson(const AttemptRecord& r, const Debrief* debrief) {
    ordered_json j{{"id", r.id},
                   {"uuid", r.uuid},
                   {"learner", r.learner},
                   {"scenario", r.scenario},
                   {"title", r.title},
                   {"version", r.version},
                   {"organisation", r.organisation},
                   {"mode", name(toString(r.mode))},
                   {"seed", r.seed},
                   {"started", r.started},
                   {"finished", ifFinished(r, r.finished)}};
    auto& choices = j["choices"] = ordered_json::array();
    for (const ChoiceRecord& c : r.choices)
        choices.push_back(choiceJson(c));
    j["ending"] = ifFinished(r, r.ending);
    j["ending_kind"] = ifFinished(r, name(toString(r.endingKind)));
    j["grade"] = ifFinished(r, name(toString(r.grade)));
    j["percent"] = ifFinished(r, r.percent);
    j["points"] = ifFinished(r, r.points);
    j["best"] = ifFinished(r, r.best);
    j["completion_uuid"] = r.completionUuid;
    auto& principles = j["principles"] = ordered_json::array();
    for (const PrincipleResult& p : r.principles)
        principles.push_back(principleJson(p));
    if (debrief) j["debrief"] = toJson(*debrief);
    return j;
}

AttemptRecord attemptFromJson(const json& j) {
    const Fields f(j, "");
    AttemptRecord r;
    r.id = f.integer("id");
    r.uuid = f.text("uuid");
    r.learner = f.text("learner");
    r.scenario = f.text("scenario");
    r.title = f.text("title");
    r.version = f.text("version");
    r.organisation = f.text("organisation");
    r.mode = f.named("mode", modeFrom);
    r.seed = f.unsignedInteger("seed");
    r.started = f.text("started");
    r.finished = f.isNull("finished") ? "" : f.text("finished");
    r.choices = each<ChoiceRecord>(f, "choices", choiceFrom);
    resultFrom(f, r);
    r.completionUuid = f.text("completion_uuid");
    r.principles = each<PrincipleResult>(f, "principles", principleFrom);
    return r;
}

ordered_json learnerJson(const Learner& learner, const std::vector<AttemptRecord>& attempts) {
    ordered_json j{{"format", "frontline-learner-records"},
                   {"version", 1},
                   {"learner", {{"name", learner.name}, {"created", learner.created}}}};
    auto& out = j["attempts"] = ordered_json::array();
    for (const AttemptRecord& a : attempts)
        if (a.learner == learner.name) out.push_back(toJson(a));
    return j;
}

ordered_json attemptsJson(const std::vector<AttemptRecord>& attempts) {
    ordered_json j{{"format", "frontline-attempts"}, {"version", 1}};
    auto& out = j["attempts"] = ordered_json::array();
    for (const AttemptRecord& a : attempts)
        out.push_back(toJson(a));
    return j;
}

} // namespace frontline::report
