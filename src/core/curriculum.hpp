// The qualification's key concepts and marking points, mapped to the principles that show them.
#pragma once

#include "diagnostic.hpp"

#include <string>
#include <vector>

namespace frontline {

struct Unit {
    std::string id;
    std::string title;
    std::string note; // which study note it comes from
    SourceRef where;
};

struct CurriculumPoint {
    std::string id;
    std::string unit;
    std::string kind; // "concept" or "marking"
    std::string text;
    std::vector<std::string> principles;
    std::string whyNot; // why a conversation cannot show it, when principles is empty
    SourceRef where;
};

struct Curriculum {
    std::vector<Unit> units;
    std::vector<CurriculumPoint> points;
};

} // namespace frontline
