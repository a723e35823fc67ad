// Reading Twine's Twee 3 text format: passages, the links between them, and what a story format
// would have run (macros, HTML, variables), so `frontline import` can turn a conversation drafted
// in Twine into a scenario skeleton. The standard library only: StoryData's JSON is handed on
// as text for the caller to read.
#pragma once

#include "diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::twee {

struct Passage {
    std::string name; // escapes decoded: "\[" is "["
    std::vector<std::string> tags;
    std::string body; // the content, lines ended by \n, trailing blank lines dropped
    int line = 0;     // the header's line; the content starts on the next
};

struct Story {
    std::string file;
    std::string title;                // StoryTitle's text on one line, "" without one
    std::optional<Passage> storyData; // its JSON as written, for the caller to read
    std::vector<Passage> passages;    // the story's own passages, in file order
    std::vector<Passage> skipped;     // scripts, stylesheets, special passages a format runs
    std::vector<Diagnostic> problems; // any error means there is nothing to import
};

// Twee 3 source as read from `file` (named in every diagnostic). Bad input (empty, not Twee, not
// UTF-8, a broken header, two passages with one name) becomes errors, never an exception.
Story parse(std::string_view source, const std::string& file);

struct Link {
    std::string text;   // what the reader clicks: the learner's line
    std::string target; // the passage it leads to
    int line = 0;
};

// What a passage's content comes to without a story format to run it.
struct Content {
    std::string text;                 // plain text: links and macros out, paragraphs kept
    std::vector<Link> links;          // in order of appearance
    std::vector<std::string> leftOut; // macros, HTML, variables and setters, as written, once each
};

Content readContent(const Passage& passage);

// `text` on one line, cut to `limit` characters (not bytes) with "…" when cut: fit for a comment.
std::string shortened(std::string_view text, std::size_t limit);

} // namespace frontline::twee
