// The `frontline` command line. A function of (arguments, streams) so tests drive it in-process.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace frontline::cli {

// args[0] is the program name. Returns the process exit code.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

} // namespace frontline::cli
