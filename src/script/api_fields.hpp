// The named fields each declaration function accepts, in one place: the loaders read tables with
// them, and tests/test_definitions.cpp checks that scenarios/.definitions/frontline.lua (the
// editor definitions for trainers) documents every one of them.
#pragma once

#include <string_view>
#include <vector>

namespace frontline::script::fields {

// scenario { ... }
inline const std::vector<std::string_view> scenario{
    "id",     "title",    "brief", "organisation", "role",     "level",        "minutes",
    "topics", "customer", "start", "state",        "guessing", "practice_only"};
// scenario { customer = { ... } }
inline const std::vector<std::string_view> customer{"name", "look", "mood"};
// node "id" { ... } (besides its choices)
inline const std::vector<std::string_view> node{"customer", "narration"};
// ending "id" { ... }
inline const std::vector<std::string_view> ending{"kind",   "customer", "narration", "summary",
                                                  "credit", "breach",   "cap"};
// choice { "learner's line", ... }
inline const std::vector<std::string_view> choice{
    "go", "when", "set", "effect", "mood", "minutes", "credit", "breach", "why", "id", "default"};
// expect { ... }
inline const std::vector<std::string_view> expect{"best_grade", "best_ending", "worst_grade",
                                                  "reachable",  "breaching",   "grade"};

// principle "id" { ... } (rubric files, and policy.* rules in organisation files)
inline const std::vector<std::string_view> principle{"kind",        "group",  "title",  "requires",
                                                     "consequence", "source", "weight", "critical",
                                                     "cap",         "policy"};
// principle "id" { consequence = { ... } }
inline const std::vector<std::string_view> consequence{"customer", "business"};
// organisation { ... }
inline const std::vector<std::string_view> organisation{"id", "name", "sector", "about"};
// policy "id" { ... }: one of an organisation's policy documents
inline const std::vector<std::string_view> document{"title", "text"};

// unit "id" { ... } (the curriculum file)
inline const std::vector<std::string_view> unit{"title", "note"};
// point "id" { ... } (the curriculum file)
inline const std::vector<std::string_view> point{"unit", "kind", "text", "principles", "why_not"};

} // namespace frontline::script::fields
