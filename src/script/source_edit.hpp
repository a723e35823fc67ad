// Writing a trainer's edit back into a scenario's Lua text: one declaration's field changes and
// every other byte (the author's layout, comments, other nodes) stays as it was, so `git diff`
// shows only the edited lines. Pure functions over the file's text; nothing here runs Lua.
//
// Declarations are found by the line the loader records for them (Node::where, Choice::where):
// the line of the `node`, `ending` or `choice` word that starts the call.
//
// New text is written as one Lua literal (luaLiteral, in core/lua_literal.hpp): quoted with
// escapes, or a long string `[[...]]` for text over several lines, as the header there says.
// A value written as `"a" .. "b"` is replaced whole by the one new literal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace frontline::script {

// Which text of a declaration to change.
enum class TextField {
    Customer,    // node or ending: `customer = ...`
    Narration,   // node or ending: `narration = ...`
    Summary,     // ending: `summary = ...`
    LearnerLine, // choice: its first entry, the unlabelled learner's line
    Why,         // choice: `why = ...`
    Go,          // choice: `go = ...`
};

struct EditTarget {
    TextField field = TextField::Customer;
    // For a choice's fields: its id, short ("listen") or full ("arrives.listen"). A choice
    // without `id = ...` is found by its position number ("2") when it is the only such choice
    // on its line.
    std::string choiceId;
    // For a node's fields, optional: the node or ending's id, checked when given (and used to
    // pick one when a line declares several).
    std::string nodeId;
};

// What an edit did. On success `text` holds the whole new file text and lines
// firstLine..lastLine (1-based, in the new text) are the ones that changed. Otherwise `text` is
// empty and `message` says why; when the value is not plain text (a function, a variable, a
// call) the message is "not a plain text: open the file at line N" and openAtLine is N, the line
// where that value starts, for the trainer's editor.
struct SourceEdit {
    std::optional<std::string> text;
    int firstLine = 0;
    int lastLine = 0;
    std::string message;
    int openAtLine = 0;

    bool ok() const { return text.has_value(); }
};

// A choice for addChoice and addNode. `why` may be empty: then no `why` is written.
struct NewChoice {
    std::string learnerLine;
    std::string id;
    std::string go;
    std::string why;
};

// Sets one text of the declaration on `declarationLine`, replacing its value; inserts the field
// when it is missing (narration after the customer line, summary after kind, a choice's why or
// go at its end, the learner's line first).
SourceEdit setField(std::string_view text, int declarationLine, const EditTarget& target,
                    std::string_view newValue);

// Adds `choice { "line", id = "...", go = "...", why = "..." }` as the last choice of the node
// declared on `nodeLine` (whose id must be `nodeId`), indented like the node's other choices.
SourceEdit addChoice(std::string_view text, int nodeLine, std::string_view nodeId,
                     const NewChoice& choice);

// Adds `node "id" { customer = "...", choice { ... } }` (on lines of their own) after the
// top-level declaration that ends at or after `afterLine`; with none there (or afterLine <= 0),
// at the end of the file, before any `expect` lines that end it.
SourceEdit addNode(std::string_view text, std::string_view nodeId, std::string_view customer,
                   const NewChoice& choice, int afterLine);

} // namespace frontline::script
