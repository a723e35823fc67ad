#include "editor_launch.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <cstring>

extern char** environ;

namespace frontline::app {

std::vector<std::string> editorCommand(const std::string& file, int line,
                                       const Environment& environment) {
    const char* editor = environment("VISUAL");
    if (editor == nullptr || *editor == '\0') editor = environment("EDITOR");
    if (editor == nullptr || *editor == '\0') return {"xdg-open", file};
    // The shell splits the editor's own words; the line and file are passed as arguments, never
    // pasted into the script, so a file name with spaces or quotes reaches it whole.
    return {"/bin/sh", "-c", std::string(editor) + " \"$@\"", "editor", "+" + std::to_string(line),
            file};
}

int openInEditor(const std::string& file, int line, std::string& why) {
    std::vector<std::string> words = editorCommand(
        file, line, [](const char* name) { return static_cast<const char*>(std::getenv(name)); });
    std::vector<char*> argv;
    for (std::string& w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    while (waitpid(-1, nullptr, WNOHANG) > 0) {
    }
    pid_t pid = -1;
    if (const int error = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
        error != 0) {
        why = "could not start " + words.front() + ": " + std::strerror(error);
        return -1;
    }
    return pid;
}

} // namespace frontline::app
