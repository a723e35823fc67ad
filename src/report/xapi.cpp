#include "xapi.hpp"

#include "timestamps.hpp"

#include <chrono>

namespace frontline::report {

using nlohmann::ordered_json;

namespace {

constexpr const char* kVerbs = "http://adlnet.gov/expapi/verbs/";
constexpr const char* kActivities = "http://adlnet.gov/expapi/activities/";
constexpr const char* kExtension = "urn:frontline:xapi:";

std::string verbId(const char* verb) {
    return std::string(kVerbs) + verb;
}
std::string activityType(const char* type) {
    return std::string(kActivities) + type;
}
std::string ext(const char* name) {
    return std::string(kExtension) + name;
}

ordered_json inGb(const std::string& text) {
    return {{"en-GB", text}};
}

std::string scenarioId(const AttemptRecord& r) {
    return std::string("urn:frontline:scenario:") + urnPart(r.scenario);
}

ordered_json activity(const std::string& id, const std::string& name, const char* type) {
    return {{"objectType", "Activity"},
            {"id", id},
            {"definition", {{"name", inGb(name)}, {"type", activityType(type)}}}};
}

ordered_json scenarioActivity(const AttemptRecord& r) {
    return activity(scenarioId(r), r.title.empty() ? r.scenario : r.title, "simulation");
}

ordered_json actor(const AttemptRecord& r, const XapiOptions& o) {
    return {{"objectType", "Agent"},
            {"name", r.learner},
            {"account", {{"homePage", o.homePage}, {"name", r.learner}}}};
}

ordered_json verb(const char* name) {
    return {{"id", verbId(name)}, {"display", inGb(name)}};
}

ordered_json context(const AttemptRecord& r, const XapiOptions& o, bool withParent) {
    ordered_json c;
    if (!r.uuid.empty()) c["registration"] = r.uuid;
    c["platform"] = o.platform;
    c["language"] = "en-GB";
    ordered_json activities = ordered_json::object();
    if (withParent) activities["parent"] = ordered_json::array({scenarioActivity(r)});
    if (!r.organisation.empty())
        activities["grouping"] = ordered_json::array(
            {{{"objectType", "Activity"},
              {"id", std::string("urn:frontline:organisation:") + urnPart(r.organisation)}}});
    if (!activities.empty()) c["contextActivities"] = std::move(activities);
    c["extensions"] = {{ext("seed"), r.seed},
                       {ext("version"), r.version},
                       {ext("mode"), std::string(toString(r.mode))}};
    return c;
}

// The parts every statement shares, in the order the spec lists them; an empty id or timestamp
// is left for the LRS to fill in.
ordered_json statement(const std::string& id, const AttemptRecord& r, const XapiOptions& o,
                       const char* verbName, ordered_json object, ordered_json result,
                       bool withParent, const std::string& timestamp) {
    ordered_json s;
    if (!id.empty()) s["id"] = id;
    s["actor"] = actor(r, o);
    s["verb"] = verb(verbName);
    s["object"] = std::move(object);
    s["result"] = std::move(result);
    s["context"] = context(r, o, withParent);
    if (!timestamp.empty()) s["timestamp"] = timestamp;
    s["version"] = "1.0.3";
    return s;
}

ordered_json answered(const AttemptRecord& r, const ChoiceRecord& c, const XapiOptions& o) {
    const std::string title = r.title.empty() ? r.scenario : r.title;
    ordered_json object = activity(scenarioId(r) + ":node:" + urnPart(c.node),
                                   title + ": " + c.node, "cmi.interaction");
    object["definition"]["interactionType"] = "choice";
    ordered_json result{{"response", c.choice},
                        {"duration", isoDuration(c.millis)},
                        {"extensions",
                         {{ext("credited"), c.credited},
                          {ext("breached"), c.breached},
                          {ext("text"), c.text},
                          {ext("step"), c.step}}}};
    return statement(c.uuid, r, o, "answered", std::move(object), std::move(result), true, c.at);
}

std::vector<std::string> breachedIds(const AttemptRecord& r) {
    std::vector<std::string> ids;
    for (const PrincipleResult& p : r.principles)
        if (p.status == Status::Breached || p.status == Status::PutRight)
            ids.push_back(p.principle);
    return ids;
}

ordered_json completed(const AttemptRecord& r, const XapiOptions& o) {
    ordered_json result{
        {"score", {{"scaled", r.percent / 100.0}, {"raw", r.percent}, {"min", 0}, {"max", 100}}},
        {"success", r.grade != Grade::Refer},
        {"completion", true}};
    const auto start = timestampMillis(r.started), end = timestampMillis(r.finished);
    if (start && end && *end >= *start) result["duration"] = isoDuration(*end - *start);
    result["extensions"] = {{ext("grade"), std::string(toString(r.grade))},
                            {ext("points"), r.points},
                            {ext("best"), r.best},
                            {ext("ending"), r.ending},
                            {ext("breached"), breachedIds(r)}};
    return statement(r.completionUuid, r, o, "completed", scenarioActivity(r), std::move(result),
                     false, r.finished);
}

} // namespace

std::string urnPart(std::string_view id) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : id) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
            (byte >= '0' && byte <= '9') || c == '.' || c == '_' || c == '-') {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        }
    }
    return out;
}

ordered_json xapiStatements(const AttemptRecord& record, const XapiOptions& options) {
    ordered_json out = ordered_json::array();
    for (const ChoiceRecord& c : record.choices)
        out.push_back(answered(record, c, options));
    if (record.isFinished()) out.push_back(completed(record, options));
    return out;
}

ordered_json xapiStatements(const std::vector<AttemptRecord>& records, const XapiOptions& options) {
    ordered_json out = ordered_json::array();
    for (const AttemptRecord& r : records)
        for (auto& s : xapiStatements(r, options))
            out.push_back(std::move(s));
    return out;
}

} // namespace frontline::report
