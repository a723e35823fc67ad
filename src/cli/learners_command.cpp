// `frontline learners`: who the records hold, and the learner's right to erasure.
#include "commands.hpp"

#include "core/record.hpp"
#include "store/records.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <istream>
#include <ostream>

namespace frontline::cli {

namespace {

int list(store::Records& records, Io io) {
    const auto learners = records.learners();
    if (learners.empty()) {
        fmt::print(io.out, "No learners in {} yet.\n", records.path());
        return 0;
    }
    fmt::print(io.out, "{:<24} {:>8} {:>8}  {}\n", "Learner", "Attempts", "Finished",
               "Last attempt");
    for (const auto& l : learners)
        fmt::print(io.out, "{:<24} {:>8} {:>8}  {}\n", l.name, l.attempts, l.finished,
                   l.lastActive.empty() ? "-" : l.lastActive.substr(0, 10));
    return 0;
}

// Deleting cannot be undone, so without --yes the learner's name must be typed back.
bool confirmed(const store::LearnerSummary& learner, Io io) {
    fmt::print(io.out,
               "Delete {} and their {} {}, with every choice and result? This cannot be "
               "undone.\nType the name to confirm: ",
               learner.name, learner.attempts, learner.attempts == 1 ? "attempt" : "attempts");
    io.out.flush();
    std::string answer;
    return std::getline(io.in, answer) && answer == learner.name;
}

} // namespace

int learnersCommand(const LearnersOptions& options, Io io) {
    store::Records records(
        store::recordsPath(options.dataDir.empty() ? store::defaultDataDir() : options.dataDir));
    if (records.availability() == store::Availability::Off) {
        io.err << "error: " << records.problem() << "\n";
        return 1;
    }
    if (options.remove.empty()) return list(records, io);
    const std::string name = learnerName(options.remove);
    const auto learners = records.learners();
    const auto it = std::find_if(learners.begin(), learners.end(),
                                 [&](const auto& l) { return l.name == name; });
    if (it == learners.end()) {
        io.err << "error: there is no learner called \"" << name << "\" in " << records.path()
               << "\n";
        return 1;
    }
    if (!options.yes && !confirmed(*it, io)) {
        fmt::print(io.out, "Nothing deleted.\n");
        return 1;
    }
    if (!records.deleteLearner(name)) {
        io.err << "error: " << records.problem() << "\n";
        return 1;
    }
    fmt::print(io.out, "Deleted {} and {} {} from {}.\n", it->name, it->attempts,
               it->attempts == 1 ? "attempt" : "attempts", records.path());
    return 0;
}

} // namespace frontline::cli
