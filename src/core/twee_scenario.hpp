// A Twine story as a Frontline scenario skeleton, written as Lua source: passages become nodes,
// links choices, passages with no links endings. What a story format would have run is kept as
// comments beside its node, so nothing is lost without a word. Plain text generation: no Lua.
#pragma once

#include "twee.hpp"

#include <string>
#include <vector>

namespace frontline::twee {

struct ImportSettings {
    std::string id;                    // the scenario id, already checked
    std::string start;                 // StoryData's start passage; "" for Start, else the first
    int startLine = 0;                 // where StoryData named it, for a warning
    std::string sourceName;            // the Twee file's name, for the header comment
    std::vector<std::string> commands; // "frontline lint x.lua" and the like, for the header
};

struct Imported {
    std::string lua;                  // empty when problems hold an error
    std::vector<Diagnostic> problems; // at the Twee file's lines
    std::size_t nodes = 0, choices = 0, endings = 0;
    std::size_t stubs = 0;   // endings standing in for passages a link names but none has
    std::size_t leftOut = 0; // passages with something that could not be carried over
    std::string start;       // the start node's id
};

Imported toScenario(const Story& story, const ImportSettings& settings);

} // namespace frontline::twee
