// The class debrief as Markdown, for the trainer to keep, print or share with the class.
#pragma once

#include "core/classroom.hpp"

#include <string>

namespace frontline::report {

// `date` is written as given (the caller's clock), so the same session always gives the same text.
std::string classMarkdown(const ClassDebrief& debrief, const std::string& date);

// A file name for it: "class-<stamp>-<scenario title as a slug>.md".
std::string classMarkdownName(const ClassDebrief& debrief, const std::string& stamp);

} // namespace frontline::report
