#include "support.hpp"

#include "cli/cli.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <sstream>

namespace frontline::test {

std::string fixture(const std::string& relative) {
    return std::string(FRONTLINE_TEST_DATA) + "/fixtures/" + relative;
}
std::string library(const std::string& relative) {
    return std::string(FRONTLINE_SCENARIOS_DIR) + "/" + relative;
}

Scratch::Scratch(const std::string& name) {
    static int made = 0;
    dir = std::filesystem::temp_directory_path() /
          ("frontline-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(++made));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
}

Scratch::~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

std::string Scratch::write(const std::string& file, const std::string& text) const {
    const auto path = dir / file;
    std::ofstream(path) << text;
    return path.string();
}

CliRun runCli(std::vector<std::string> args, const std::string& input) {
    args.insert(args.begin(), "frontline");
    std::istringstream in(input);
    std::ostringstream out, err;
    const int code = cli::run(args, in, out, err);
    return {code, out.str(), err.str()};
}

// The peak memory of a running process (VmHWM), or 0 once it is gone. Sampled, because the
// kernel's own figure for a finished child (ru_maxrss) counts the test runner's memory, which
// the child shared from the fork until its exec.
namespace {

long peakOf(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    return 0;
}

} // namespace

IsolatedRun runCliIsolated(std::vector<std::string> args, double limitSeconds) {
    IsolatedRun run;
    int pipeEnds[2], execEnds[2]; // output; and a pipe that closes when the exec succeeds
    if (pipe(pipeEnds) != 0) return run;
    if (pipe2(execEnds, O_CLOEXEC) != 0) return run;
    const auto started = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) { // the real program, in a process of its own: its memory is its own
        close(execEnds[0]);
        dup2(pipeEnds[1], STDOUT_FILENO);
        dup2(pipeEnds[1], STDERR_FILENO);
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        args.insert(args.begin(), FRONTLINE_BINARY);
        std::vector<char*> argv;
        for (std::string& arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        execv(FRONTLINE_BINARY, argv.data());
        _exit(127);
    }
    close(pipeEnds[1]);
    close(execEnds[1]);
    char ignored;
    while (read(execEnds[0], &ignored, 1) > 0) {
    } // until the exec: before it, the child's memory is a copy of the test runner's
    close(execEnds[0]);
    const auto deadline =
        started + std::chrono::milliseconds(static_cast<long>(limitSeconds * 1000));
    char buffer[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        pollfd watch{pipeEnds[0], POLLIN, 0};
        const int ready = poll(&watch, 1, static_cast<int>(std::min<long>(left.count(), 5)));
        run.peakKiB = std::max(run.peakKiB, peakOf(child));
        if (ready <= 0) continue;
        const ssize_t n = read(pipeEnds[0], buffer, sizeof buffer);
        if (n <= 0) {
            run.finished = true; // the child closed its end: it is exiting
            break;
        }
        run.output.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipeEnds[0]);
    if (!run.finished) kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (WIFSIGNALED(status) && run.finished) run.signal = WTERMSIG(status);
    if (WIFEXITED(status)) run.code = WEXITSTATUS(status);
    return run;
}

std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        out.push_back(format(d));
    return out;
}

bool anyMessage(const std::vector<Diagnostic>& diagnostics, const std::string& fragment, int line) {
    for (const auto& d : diagnostics)
        if (d.message.find(fragment) != std::string::npos && (line < 0 || d.where.line == line))
            return true;
    return false;
}

script::LoadedFile loadUsable(const std::string& path) {
    auto loaded = script::loadScenarioFile(path);
    INFO(Catch::Detail::stringify(messages(loaded.diagnostics)));
    REQUIRE(loaded.usable());
    return loaded;
}

script::LoadedFile loadText(const std::string& source, const std::string& name,
                            const script::Limits& limits) {
    return script::loadScenarioSource(name, source, limits);
}

Session play(const script::LoadedFile& loaded, const std::vector<std::string>& choiceIds,
             std::uint64_t seed, Mode mode) {
    Session session(loaded.scenario, loaded.scripting, seed, mode);
    for (const auto& id : choiceIds)
        session.choose(id);
    return session;
}

namespace {

struct FunctionTest final : Catch::ITestInvoker {
    explicit FunctionTest(std::function<void()> body) : body(std::move(body)) {}
    void invoke() const override { body(); }
    std::function<void()> body;
};

} // namespace

const std::vector<std::string>& kettleBest() {
    static const std::vector<std::string> ids{"arrives.listen",
                                              "describe.test-it",
                                              "tested.ask-proof",
                                              "no_receipt.accept-app",
                                              "options.offer-rights",
                                              "choose.your-choice",
                                              "wants_replacement.replace-properly",
                                              "wrap_up.log"};
    return ids;
}

bool registerTest(std::string name, const char* tags, std::function<void()> body) {
    static std::deque<std::string> names; // Catch keeps references to the names
    names.push_back(std::move(name));
    Catch::AutoReg(new FunctionTest(std::move(body)), CATCH_INTERNAL_LINEINFO, Catch::StringRef(),
                   Catch::NameAndTags{names.back(), tags});
    return true;
}

} // namespace frontline::test
