#include "file_watch.hpp"

namespace frontline::app {

FileWatch::Stamp FileWatch::stampOf(const std::string& path) {
    std::error_code error;
    Stamp stamp;
    const auto time = std::filesystem::last_write_time(path, error);
    if (error) return stamp; // missing or unreadable: no time
    stamp.time = time;
    const auto size = std::filesystem::file_size(path, error);
    stamp.size = error ? 0 : size;
    return stamp;
}

void FileWatch::watch(const std::vector<std::string>& paths) {
    m_paths = paths;
    m_stamps.clear();
    for (const std::string& path : paths)
        m_stamps[path] = stampOf(path);
}

bool FileWatch::changed() {
    bool any = false;
    for (const std::string& path : m_paths) {
        Stamp now = stampOf(path);
        Stamp& last = m_stamps[path];
        if (now == last) continue;
        last = now;
        any = true;
    }
    return any;
}

} // namespace frontline::app
