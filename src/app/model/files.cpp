#include "files.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace frontline::app {

std::optional<std::string> readSmallFile(const std::string& path, std::string& problem) {
    constexpr std::uintmax_t kLimit = 1u << 20;
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;
    const auto size = fs::file_size(path, ec);
    if (ec || size > kLimit) {
        problem = path + ": " + (ec ? ec.message() : "larger than 1 MiB") + "; using the defaults";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (!(in && text << in.rdbuf())) {
        if (size == 0) return std::string();
        problem = path + ": cannot be read; using the defaults";
        return std::nullopt;
    }
    return text.str();
}

bool writeFileAtomically(const std::string& path, const std::string& text, std::string& problem) {
    std::error_code ec;
    const fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    const fs::path temporary = target.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!(out << text) || !out.flush()) {
            problem = temporary.string() + ": cannot be written";
            return false;
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        problem = path + ": " + ec.message();
        return false;
    }
    return true;
}

} // namespace frontline::app
