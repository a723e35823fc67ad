// Which of a few files changed since last asked: their modification time and size, polled (a
// handful of stat calls twice a second costs nothing measurable, and works on every system).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

class FileWatch {
  public:
    // Starts watching these files as they are now.
    void watch(const std::vector<std::string>& paths);
    const std::vector<std::string>& paths() const { return m_paths; }
    // True when any file's time or size differs from the last look (or it appeared or went).
    bool changed();

  private:
    struct Stamp {
        std::optional<std::filesystem::file_time_type> time;
        std::uintmax_t size = 0;
        bool operator==(const Stamp&) const = default;
    };
    static Stamp stampOf(const std::string& path);

    std::vector<std::string> m_paths;
    std::map<std::string, Stamp> m_stamps;
};

} // namespace frontline::app
