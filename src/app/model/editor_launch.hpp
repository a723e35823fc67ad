// Opening a scenario file at a line in the trainer's own editor, for what the map cannot edit
// (a text or a `go` written as code).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace frontline::app {

// Looks an environment variable up; nullptr when it is not set.
using Environment = std::function<const char*(const char*)>;

// The command that opens `file` at `line`: $VISUAL, else $EDITOR, run by the shell as git runs
// it (so "code --wait" or "emacsclient -n" work), with `+LINE FILE` after it, which vi, nano,
// emacs and gedit all take; with neither set, the desktop's opener (xdg-open) for the file.
std::vector<std::string> editorCommand(const std::string& file, int line,
                                       const Environment& environment);

// Starts editorCommand with this process's environment, without waiting for it. Returns the
// process id, or -1 with `why` when it could not be started. Editors started before and since
// closed are reaped here, so none is left a zombie.
int openInEditor(const std::string& file, int line, std::string& why);

} // namespace frontline::app
