// The organisation's policy handbook as the learner searches it during play.
#pragma once

#include "core/rubric.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace frontline::app {

// Documents whose title or text holds every word of the query (case-insensitive), in handbook
// order. An empty or blank query matches every document.
std::vector<std::size_t> matchingDocuments(const Organisation& organisation,
                                           std::string_view query);

// Joins the hard-wrapped lines of a policy text so it wraps to the reader's window: a line
// break stays before a numbered or bulleted item, and blank lines still part paragraphs.
std::string reflow(std::string_view text);

// Up to `width` characters of the text around the first query word, with "..." where cut.
std::string snippetFor(std::string_view text, std::string_view query, std::size_t width = 120);

} // namespace frontline::app
