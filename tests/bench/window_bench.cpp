#include "window_bench.hpp"

#include "engine_bench.hpp"
#include "process.hpp"

#include "phone_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>
#include <thread>

namespace frontline::bench {
namespace {

using nlohmann::json;

// Every run reads and writes its settings and records in a folder of its own making, never the
// user's: the first run makes them, and is not counted (a person's second start is the usual one).
Environment quietHome() {
    const std::string home =
        (std::filesystem::temp_directory_path() / ("frontline-bench-" + std::to_string(::getpid())))
            .string();
    std::filesystem::create_directories(home + "/data");
    std::filesystem::create_directories(home + "/config");
    return {{"XDG_DATA_HOME", home + "/data"}, {"XDG_CONFIG_HOME", home + "/config"}};
}

// The JSON line the window prints with --bench-frames, or null when it printed none.
json benchLine(const Finished& run) {
    const auto at = run.out.rfind("{\"bench\"");
    if (run.exitCode != 0 || at == std::string::npos) return nullptr;
    return json::parse(run.out.substr(at), nullptr, false)["bench"];
}

struct Series {
    std::vector<double> firstFrameMs, peakRssMb;
};

Series startUps(const WindowBenchSetup& setup, const std::string& dir, Environment env) {
    Series series;
    for (int run = 0; run <= setup.runs; ++run) {
        env["FRONTLINE_BENCH_T0"] = std::to_string(monotonicNs());
        const Finished done = runToEnd(
            {setup.frontline, "--scenarios", dir, "--size", "1920x1080", "--bench-frames", "1"},
            env, 120);
        const json line = benchLine(done);
        if (line.is_null()) {
            std::cerr << "frontline_bench: the window printed no figures (exit " << done.exitCode
                      << ")\n";
            break;
        }
        if (run == 0) continue; // the warm-up
        series.firstFrameMs.push_back(line.value("first_frame_ms", 0.0));
        series.peakRssMb.push_back(static_cast<double>(done.peakRssKb) / 1024.0);
    }
    return series;
}

// Once: lint explores every scenario, which takes minutes over 200 generated ones.
json lintSeconds(const WindowBenchSetup& setup, const Environment& env) {
    const Finished done = runToEnd({setup.frontline, "lint", setup.generated}, env, 1800);
    return {{"seconds", done.seconds}, {"exit_code", done.exitCode}};
}

json frameCost(const WindowBenchSetup& setup, Environment env) {
    // The generated scenario's first choice always leads on: 100 of them make 201 lines.
    std::string choose = "1";
    for (int i = 1; i < 100; ++i)
        choose += ",1";
    env["FRONTLINE_BENCH_T0"] = std::to_string(monotonicNs());
    const Finished done = runToEnd({setup.frontline, "--scenarios", setup.generated, "--size",
                                    "1920x1080", "--screen", "play", "--scenario", setup.scenario,
                                    "--choose", choose, "--bench-frames", "300"},
                                   env, 300);
    return benchLine(done);
}

// The projector's class-vote screen with 60 phones' worth of votes (30, 20 and 10 on the kettle's
// first decision): while the vote is open (the counts hidden, as the setup starts) and revealed
// (the bars drawn).
json classFrameCost(const WindowBenchSetup& setup, Environment env, const std::string& screen) {
    env["FRONTLINE_BENCH_T0"] = std::to_string(monotonicNs());
    const Finished done = runToEnd(
        {setup.frontline, "--scenarios", setup.library, "--size", "1920x1080", "--screen", screen,
         "--scenario", "brightmart.faulty-kettle", "--votes", "30,20,10", "--bench-frames", "300"},
        env, 300);
    return benchLine(done);
}

// A free port on this machine now (the kernel's pick), for a window's join server.
int freePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0) close(fd);
    return port;
}

// The projector's class vote while 60 phones vote on it for real: the window runs its join
// server, and from the moment it prints the address each phone votes (and changes its mind)
// four times a second, inside the server's per-phone limit, until the frames are drawn.
json classFrameCostWithPhones(const WindowBenchSetup& setup, Environment env) {
    constexpr int kPhones = 60;
    const int port = freePort();
    std::atomic<bool> stop{false};
    std::atomic<long> accepted{0}, sent{0};
    std::vector<std::thread> phones;
    const std::regex joinAt("phones join at (http://127\\.0\\.0\\.1:[0-9]+)/\\?room=([A-Z]{4})");
    const auto heard = [&](const std::string& out) {
        std::smatch m;
        if (!phones.empty() || !std::regex_search(out, m, joinAt)) return;
        const std::string base = m[1], room = m[2];
        for (int i = 0; i < kPhones; ++i)
            phones.emplace_back([&, base, room, i] {
                Phone phone(base, "127.0.0." + std::to_string(10 + i));
                const std::string token = tokenFor(static_cast<unsigned long long>(i) + 1);
                for (int n = 0; !stop; ++n) {
                    ++sent;
                    if (phone.vote(room, token, 1, (i + n) % 3).status == 200) ++accepted;
                    std::this_thread::sleep_for(std::chrono::milliseconds(250));
                }
            });
    };
    env["FRONTLINE_BENCH_T0"] = std::to_string(monotonicNs());
    const Finished done =
        runToEnd({setup.frontline, "--scenarios", setup.library, "--size", "1920x1080", "--screen",
                  "class-vote", "--scenario", "brightmart.faulty-kettle", "--phones", "--port",
                  std::to_string(port), "--bench-frames", "300"},
                 env, 300, heard);
    stop = true;
    for (auto& phone : phones)
        phone.join();
    json line = benchLine(done);
    if (line.is_null()) return line;
    line["phones"] = phones.size();
    line["phone_votes_sent"] = sent.load();
    line["phone_votes_accepted"] = accepted.load();
    return line;
}

} // namespace

json windowFigures(const WindowBenchSetup& setup) {
    const Environment env = quietHome();
    const Series library = startUps(setup, setup.library, env);
    const Series generated = startUps(setup, setup.generated, env);
    const double idle =
        idleCpuPercent({setup.frontline, "--scenarios", setup.library, "--size", "1280x720"}, env,
                       3, setup.idleSeconds);
    return {{"window",
             {{"startup_library_ms", median(library.firstFrameMs)},
              {"startup_generated_ms", median(generated.firstFrameMs)},
              {"peak_rss_library_mb", median(library.peakRssMb)},
              {"peak_rss_generated_mb", median(generated.peakRssMb)},
              {"lint_generated", lintSeconds(setup, env)},
              {"idle_cpu_percent", idle},
              {"idle_seconds", setup.idleSeconds},
              {"frame", frameCost(setup, env)},
              {"class_vote_frame", classFrameCost(setup, env, "class-vote")},
              {"class_vote_phones_frame", classFrameCostWithPhones(setup, env)},
              {"class_reveal_frame", classFrameCost(setup, env, "class-reveal")}}}};
}

} // namespace frontline::bench
