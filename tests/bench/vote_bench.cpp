#include "vote_bench.hpp"

#include "net/join_server.hpp"
#include "phone_client.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace frontline::bench {

using nlohmann::json;
using SteadyClock = std::chrono::steady_clock;

json voteThroughput(int phones, double seconds) {
    net::ServerOptions options;
    options.bind = "127.0.0.1";
    options.port = 0;
    options.classSize = phones;
    options.perAddress = {1e9, 1e9};
    options.perPhone = {1e9, 1e9};
    std::string problem;
    const auto server = net::JoinServer::start(options, problem);
    if (!server) return {{"votes", {{"error", problem}}}};
    net::Ballot ballot;
    ballot.decision = 1;
    ballot.options = {"A", "B", "C"};
    ballot.open = true;
    server->show(ballot);

    const std::string base = "http://127.0.0.1:" + std::to_string(server->port());
    std::atomic<long> accepted{0}, refused{0};
    std::atomic<bool> go{false};
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(phones));
    std::vector<int> lastVote(static_cast<std::size_t>(phones), -1);
    const auto duration = std::chrono::duration<double>(seconds);
    std::vector<std::thread> threads;
    for (int i = 0; i < phones; ++i) {
        threads.emplace_back([&, i] {
            Phone phone(base, "127.0.0." + std::to_string(10 + i % 240));
            const std::string token = tokenFor(static_cast<unsigned long long>(i));
            phone.get("/api/ballot?room=" + server->roomCode() + "&token=" + token); // connect
            while (!go)
                std::this_thread::yield();
            const auto end = SteadyClock::now() + duration;
            for (int n = 0; SteadyClock::now() < end; ++n) {
                const auto before = SteadyClock::now();
                const int option = (i + n) % 3; // every vote a change of mind
                const bool ok = phone.vote(server->roomCode(), token, 1, option).status == 200;
                latencies[i].push_back(
                    std::chrono::duration<double, std::milli>(SteadyClock::now() - before).count());
                if (ok) {
                    ++accepted;
                    lastVote[i] = option;
                } else {
                    ++refused;
                }
            }
        });
    }
    const auto started = SteadyClock::now();
    go = true;
    for (auto& thread : threads)
        thread.join();
    const double took = std::chrono::duration<double>(SteadyClock::now() - started).count();

    std::vector<double> all;
    for (const auto& each : latencies)
        all.insert(all.end(), each.begin(), each.end());
    std::sort(all.begin(), all.end());
    const auto at = [&](double share) {
        return all.empty() ? 0.0 : all[std::min(all.size() - 1, std::size_t(share * all.size()))];
    };
    // Each phone's last accepted vote is what the tally must hold.
    std::vector<int> expected(3, 0);
    for (int vote : lastVote)
        if (vote >= 0) ++expected[static_cast<std::size_t>(vote)];
    return {{"votes",
             {{"per_s", static_cast<double>(accepted) / took},
              {"phones", phones},
              {"seconds", took},
              {"accepted", accepted.load()},
              {"refused", refused.load()},
              {"median_ms", at(0.5)},
              {"p99_ms", at(0.99)},
              {"tally_exact", server->tally().room == expected}}}};
}

} // namespace frontline::bench
