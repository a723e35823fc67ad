#include "process.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace frontline::bench {
namespace {

[[noreturn]] void execute(const std::vector<std::string>& argv, const Environment& env) {
    for (const auto& [name, value] : env)
        setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> args;
    for (const std::string& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    std::perror(args[0]);
    _exit(127);
}

// The nanoseconds every thread of `pid` has run, from the scheduler's own count.
long long cpuNs(pid_t pid) {
    long long total = 0;
    const std::filesystem::path tasks =
        std::filesystem::path("/proc") / std::to_string(pid) / "task";
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator(tasks, error)) {
        std::ifstream in(task.path() / "schedstat");
        long long ns = 0;
        if (in >> ns) total += ns;
    }
    return total;
}

} // namespace

long long monotonicNs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

Finished runToEnd(const std::vector<std::string>& argv, const Environment& env, double timeout,
                  const std::function<void(const std::string&)>& heard) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0) return {};
    const long long start = monotonicNs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        execute(argv, env);
    }
    close(pipeFds[1]);
    Finished done;
    const long long deadline = start + static_cast<long long>(timeout * 1e9);
    char buffer[4096];
    for (;;) {
        pollfd fd{pipeFds[0], POLLIN, 0};
        const long long left = (deadline - monotonicNs()) / 1000000;
        if (left <= 0 || poll(&fd, 1, static_cast<int>(left)) <= 0) {
            kill(pid, SIGKILL);
            break;
        }
        const ssize_t got = read(pipeFds[0], buffer, sizeof buffer);
        if (got <= 0) break;
        done.out.append(buffer, static_cast<std::size_t>(got));
        if (heard) heard(done.out);
    }
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    done.seconds = static_cast<double>(monotonicNs() - start) / 1e9;
    done.peakRssKb = usage.ru_maxrss;
    done.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return done;
}

double idleCpuPercent(const std::vector<std::string>& argv, const Environment& env, double settle,
                      double seconds) {
    const pid_t pid = fork();
    if (pid == 0) execute(argv, env);
    std::this_thread::sleep_for(std::chrono::duration<double>(settle));
    const long long before = cpuNs(pid), startNs = monotonicNs();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const long long used = cpuNs(pid) - before, wallNs = monotonicNs() - startNs;
    int status = 0;
    const bool running = waitpid(pid, &status, WNOHANG) == 0;
    if (!running) return -1; // it stopped: there is no idle figure to give
    kill(pid, SIGTERM);
    waitpid(pid, &status, 0);
    return 100.0 * static_cast<double>(used) / static_cast<double>(wallNs);
}

} // namespace frontline::bench
