#include "work_on.hpp"

namespace frontline {

namespace {

std::string quoted(const std::string& text) {
    return "\u201c" + text + "\u201d";
}

std::string consequence(const WorkOn& item) {
    if (item.critical) return "critical: this alone fails an assessment";
    if (item.status == Status::PutRight) return "put right later";
    return "breached";
}

} // namespace

std::string signedPoints(int points) {
    const int size = points < 0 ? -points : points;
    const std::string sign = points > 0 ? "+" : points < 0 ? "-" : "";
    return sign + std::to_string(size) + (size == 1 ? " point" : " points");
}

WorkOnText describe(const WorkOn& item) {
    WorkOnText out;
    out.mark = item.critical                     ? Mark::Critical
               : item.status == Status::PutRight ? Mark::Partly
                                                 : Mark::Breached;
    out.headline = "Step " + std::to_string(item.step) + ": " + item.title + " (" + item.source +
                   "): " + consequence(item) + ", " + signedPoints(item.points);
    out.said = (item.atEnding ? "How it ended: " : "You said: ") + quoted(item.said);
    if (item.betterStep > 0)
        out.better = (item.sameNode ? "Better here, as the best path said at step "
                                    : "Better, from the nearest point the best path shares (its "
                                      "step ") +
                     std::to_string(item.betterStep) + (item.sameNode ? "" : ")") + ": " +
                     quoted(item.better);
    if (item.cap && !item.critical)
        out.cap = "Left breached, this limits the grade to " + std::string(toString(*item.cap)) +
                  " at best.";
    return out;
}

std::string statusWithPoints(const Finding& finding) {
    return std::string(toString(finding.status)) + (finding.critical ? " (critical)" : "") + ", " +
           signedPoints(finding.points);
}

std::string subtotalsLine(const std::vector<Subtotal>& subtotals, const std::string& separator) {
    std::string out;
    for (const Subtotal& s : subtotals)
        out.append(out.empty() ? "" : separator)
            .append(std::string(kindLabel(s.kind)) + " " + std::to_string(s.points) +
                    " (best route " + std::to_string(s.possible) + ")");
    return out;
}

} // namespace frontline
