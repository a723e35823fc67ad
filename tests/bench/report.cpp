#include "report.hpp"

#include <fmt/format.h>

#include <fstream>
#include <ostream>
#include <thread>

namespace frontline::bench {
namespace {

using nlohmann::json;

std::string cpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
    return "unknown";
}

// A figure at a JSON pointer, or nullopt when that measurement did not run.
std::optional<double> at(const json& joined, const std::string& pointer) {
    const json::json_pointer where(pointer);
    if (!joined.contains(where) || !joined.at(where).is_number()) return std::nullopt;
    return joined.at(where).get<double>();
}

void addTarget(json& targets, const std::string& name, std::optional<double> figure, double limit,
               bool atLeast, const std::string& unit) {
    if (!figure) return;
    targets.push_back({{"name", name},
                       {"figure", *figure},
                       {"target", (atLeast ? ">= " : "< ") + fmt::format("{:g}", limit) + unit},
                       {"met", atLeast ? *figure >= limit : *figure < limit}});
}

std::string row(const std::string& name, const std::string& figure, const std::string& target = "",
                const std::string& met = "") {
    return fmt::format("{:<52} {:>16}  {:<10} {}\n", name, figure, target, met);
}

std::string metWord(const json& targets, const std::string& name) {
    for (const json& t : targets)
        if (t["name"] == name) return t["met"].get<bool>() ? "met" : "MISSED";
    return "";
}

std::string targetOf(const json& targets, const std::string& name) {
    for (const json& t : targets)
        if (t["name"] == name) return t["target"].get<std::string>();
    return "";
}

} // namespace

json joinParts(const std::vector<json>& parts) {
    json joined = json::object();
    for (const json& part : parts)
        if (part.is_object()) joined.update(part);
    joined["machine"] = {{"cpu", cpuModel()}, {"cores", std::thread::hardware_concurrency()}};
    const auto ours = at(joined, "/engine/choices_per_s");
    const auto theirs = at(joined, "/inkjs/choices_per_s");
    if (ours && theirs && *theirs > 0) joined["engine_vs_inkjs"] = *ours / *theirs;
    json targets = json::array();
    addTarget(targets, "engine_vs_inkjs", at(joined, "/engine_vs_inkjs"), 30, true, "x");
    double slowest = 0;
    bool explored = false;
    for (const json& row : joined.value("explorer", json::array())) {
        const std::string id = row.value("scenario", "");
        if (id.find(".layered-") != std::string::npos) {
            // Complete or not at all: a budget hit means the figure is not the whole walk.
            const double seconds = row.value("budget_hit", false) ? 1e9 : row.value("seconds", 0.0);
            addTarget(targets, "explorer_layered_s", seconds, 1, false, " s");
        } else if (id.find(".generated-") == std::string::npos) {
            slowest = std::max(slowest, row.value("seconds", 0.0));
            explored = true;
        }
    }
    if (explored) addTarget(targets, "explorer_slowest_library_s", slowest, 1, false, " s");
    addTarget(targets, "startup_generated_ms", at(joined, "/window/startup_generated_ms"), 300,
              false, " ms");
    addTarget(targets, "idle_cpu_percent", at(joined, "/window/idle_cpu_percent"), 0.5, false,
              " %");
    addTarget(targets, "frame_app_ms", at(joined, "/window/frame/app_ms_median"), 1, false, " ms");
    addTarget(targets, "peak_rss_generated_mb", at(joined, "/window/peak_rss_generated_mb"), 150,
              false, " MB");
    joined["targets"] = targets;
    return joined;
}

std::string table(const json& j) {
    const json& targets = j["targets"];
    auto figure = [&](const std::string& pointer, const char* format) {
        const auto value = at(j, pointer);
        return value ? fmt::format(fmt::runtime(format), *value) : std::string("not run");
    };
    auto targeted = [&](const std::string& label, const std::string& name,
                        const std::string& pointer, const char* format) {
        return row(label, figure(pointer, format), targetOf(targets, name), metWord(targets, name));
    };
    std::string out =
        fmt::format("Frontline benchmarks on {} ({} cores)\n\n",
                    j["machine"]["cpu"].get<std::string>(), j["machine"]["cores"].get<unsigned>());
    out += row("measure", "figure", "target", "");
    out += row("Engine: choices/s, generated 200x3, full session",
               figure("/engine/choices_per_s", "{:.0f}"));
    out += row("Engine: play-throughs/s", figure("/engine/playthroughs_per_s", "{:.0f}"));
    out += row("Engine: choices per play-through",
               figure("/engine/choices_per_playthrough", "{:.1f}"));
    out += row("inkjs: choices/s, the same graph", figure("/inkjs/choices_per_s", "{:.0f}"));
    out +=
        row("inkjs: choices per play-through", figure("/inkjs/choices_per_playthrough", "{:.1f}"));
    out += targeted("Engine / inkjs", "engine_vs_inkjs", "/engine_vs_inkjs", "{:.1f}x");
    for (const json& r : j.value("explorer", json::array())) {
        const std::string id = r.value("scenario", "");
        const bool generated = id.find(".generated-") != std::string::npos;
        const bool layered = id.find(".layered-") != std::string::npos;
        out += row("Explorer: " + id, fmt::format("{:.3f} s", r.value("seconds", 0.0)),
                   generated ? ""
                   : layered ? "< 1 s, complete"
                             : "< 1 s",
                   generated ? ""
                   : layered ? metWord(targets, "explorer_layered_s")
                             : (r.value("seconds", 0.0) < 1 ? "met" : "MISSED"));
        out += row(fmt::format("  {} states{}", r.value("states", 0),
                               r.value("budget_hit", false) ? " (budget hit)" : ""),
                   fmt::format("{:.0f}/s", r.value("states_per_s", 0.0)));
    }
    out +=
        row("Start-up to first frame: library", figure("/window/startup_library_ms", "{:.0f} ms"));
    out += targeted("Start-up to first frame: library + 200 generated", "startup_generated_ms",
                    "/window/startup_generated_ms", "{:.0f} ms");
    out += row("Lint of 200 generated scenarios (+ library)",
               figure("/window/lint_generated/seconds", "{:.2f} s"));
    out += targeted("Idle CPU, open window, no input", "idle_cpu_percent",
                    "/window/idle_cpu_percent", "{:.2f} %");
    out += targeted("Frame, play 1920x1080: app's own work (median)", "frame_app_ms",
                    "/window/frame/app_ms_median", "{:.2f} ms");
    out += row("Frame: driver and the rest, CPU (median)",
               figure("/window/frame/driver_ms_median", "{:.2f} ms"));
    out += row("Frame: transcript lines shown", figure("/window/frame/transcript_lines", "{:.0f}"));
    out += row("Frame, class vote, 60 votes: app's own work (median)",
               figure("/window/class_vote_frame/app_ms_median", "{:.2f} ms"));
    out += row("Frame, class vote revealed, 60 votes: app (median)",
               figure("/window/class_reveal_frame/app_ms_median", "{:.2f} ms"));
    out += row("Frame, class vote while 60 phones vote: app (median / p95)",
               at(j, "/window/class_vote_phones_frame/app_ms_p95")
                   ? fmt::format("{:.2f} / {:.2f} ms",
                                 *at(j, "/window/class_vote_phones_frame/app_ms_median"),
                                 *at(j, "/window/class_vote_phones_frame/app_ms_p95"))
                   : "-");
    out += row("  phones' votes taken during those frames",
               figure("/window/class_vote_phones_frame/phone_votes_accepted", "{:.0f}"));
    out += row("Join server: votes/s, 60 phones on keep-alive", figure("/votes/per_s", "{:.0f}"));
    out +=
        row("Join server: vote round trip, median / p99",
            at(j, "/votes/p99_ms") ? fmt::format("{:.2f} / {:.2f} ms", *at(j, "/votes/median_ms"),
                                                 *at(j, "/votes/p99_ms"))
                                   : std::string("not run"));
    out += row("Peak RSS: library", figure("/window/peak_rss_library_mb", "{:.0f} MB"));
    out += targeted("Peak RSS: library + 200 generated", "peak_rss_generated_mb",
                    "/window/peak_rss_generated_mb", "{:.0f} MB");
    return out;
}

int report(const std::vector<std::string>& files, bool asJson, std::ostream& out,
           std::ostream& err) {
    std::vector<json> parts;
    for (const std::string& file : files) {
        std::ifstream in(file);
        json part = json::parse(in, nullptr, false);
        if (part.is_discarded()) {
            err << "frontline_bench: " << file << " holds no JSON object; left out\n";
            continue;
        }
        parts.push_back(std::move(part));
    }
    const json joined = joinParts(parts);
    out << (asJson ? joined.dump(2) + "\n" : table(joined));
    return 0;
}

} // namespace frontline::bench
