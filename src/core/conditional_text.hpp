// Text that depends on the state, written without a function, in any text field:
//
//   "{if verified}Thanks, Mrs Okafor.{else}Before I go on, can I check a few details?{end}"
//   "{if mood < 30}Look, just fix it.{elseif not refunded}Right.{else}Thanks.{end}"
//
// Each {if} (with any {elseif}s and one optional {else}) closes with {end}; blocks nest. The
// conditions are Expressions (word_condition.hpp). The chosen branch keeps its {placeholders}, which
// interpolate fills in afterwards; "{{" stays a literal "{".
#pragma once

#include "state.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// Whether a {name} is one of this syntax's own words ("if ...", "elseif ...", "else", "end")
// rather than a placeholder.
bool isTextDirective(std::string_view braced);

// The text with every block replaced by the branch whose condition holds (nothing when none
// does and there is no {else}). A text whose blocks are malformed comes back as written, so the
// mistake shows; lint reports it.
std::string chooseBranches(std::string_view text, const State& state);

// What is wrong with the text's blocks, for lint ("{else} with no {if} before it", "{if} at
// character 12 is never closed with {end}", "{if mood <> 3}: '>' ..."), or "" when nothing is.
std::string conditionalTextProblem(std::string_view text);

// The variables the text's conditions read, each once.
std::vector<std::string> conditionNames(std::string_view text);

} // namespace frontline
