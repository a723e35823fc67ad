// The immutable picture of one scenario: its nodes, choices and endings, read once from Lua.
// Only the author's functions stay in the script; the model refers to them by FunctionRef.
#pragma once

#include "diagnostic.hpp"
#include "word_condition.hpp"
#include "grade.hpp"
#include "value.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontline {

// A handle on an author's function kept by the scripting layer; 0 means "none".
using FunctionRef = int;

// Text written by the author: a literal (which may hold {placeholders}) or a function of state.
struct Text {
    std::string literal;
    FunctionRef function = 0;

    bool isFunction() const { return function != 0; }
    bool blank() const;
};

// `when`: a flag name (optionally "not flag"), a condition in words, or a function of the state.
struct Condition {
    std::string flag;
    bool negated = false;
    std::optional<WordCondition> expression; // "verified and mood < 30"
    FunctionRef function = 0;

    bool present() const { return function != 0 || !flag.empty() || expression.has_value(); }
    // As the author wrote it, for the map ("not verified", "mood < 30"); "" for a function.
    std::string written() const;
};

// One rule of a table-form `go`: where to go when the condition holds (always, without one).
struct GoRule {
    std::optional<WordCondition> when;
    std::string go;
};

struct Choice {
    std::string id; // "<node>.<id>", unique within the scenario
    Text line;      // what the learner says or does
    std::string go; // fixed target, or empty when goFunction decides
    FunctionRef goFunction = 0;
    std::vector<GoRule> goRules; // a table-form go: the first rule that holds decides
    // Quoted words in a computed go's source: where it may lead, for structural checks only.
    std::vector<std::string> goHints;
    // Of those, the ones it returns as they are (`return "refunded"`): ids for sure, so lint
    // checks each names a node or ending.
    std::vector<std::string> goReturns;
    Condition when;
    std::vector<std::pair<std::string, Value>> set; // applied in this order
    FunctionRef effect = 0;
    int mood = 0;
    int minutes = 1;
    std::vector<std::string> credit;
    std::vector<std::string> breach;
    Text why;
    bool isDefault = false; // taken in a classroom vote when the timer ends with no votes
    SourceRef where;

    // The next node depends on the state: a function or rules decide it.
    bool computedGo() const { return goFunction != 0 || !goRules.empty(); }
};

enum class EndingKind { Resolved, Escalated, Unresolved, Lost };

std::string_view toString(EndingKind kind);
// What happened, in words for a learner ("Passed on to someone who can help"): endings carry no
// title of their own, and their ids are the author's names.
std::string_view endingTitle(EndingKind kind);
std::optional<EndingKind> endingKindFrom(std::string_view name);

struct Node {
    std::string id;
    Text customer;
    Text narration;
    std::vector<Choice> choices;
    SourceRef where;

    bool isEnding = false;
    EndingKind endingKind = EndingKind::Unresolved;
    Text summary;
    std::vector<std::string> credit; // endings only
    std::vector<std::string> breach;
    std::optional<Grade> cap; // endings only: the best grade a route ending here can get

    // The ending's own cap, else Pass for a lost customer.
    std::optional<Grade> endingCap() const;
};

// What the author promises about their scenario; `frontline test` checks it with the explorer.
struct Expectation {
    enum class Kind { BestGrade, BestEnding, WorstGrade, Reachable, Breaching };
    Kind kind = Kind::BestGrade;
    std::string value; // grade name, ending id, node id or principle id
    std::string grade; // for Breaching: the grade every such path must get
    SourceRef where;
};

struct Customer {
    std::string name;
    std::string look;
    int mood = 50;
};

struct Scenario {
    std::string id;
    std::string title;
    std::string brief;
    std::string organisation;
    std::string role;
    int level = 2;
    int minutes = 0;
    std::vector<std::string> topics;
    Customer customer;
    std::string start;
    Variables initial;
    std::vector<Node> nodes; // declaration order
    std::vector<Expectation> expectations;
    // The highest grade a naive strategy (always the longest answer, random picks...) may reach
    // before lint calls it an error: "Merit" (when empty), "Pass" or "Refer".
    std::string guessing;
    // A short drill, a starter or a test: too small for guessing to be ruled out, so it is never
    // assessed (a Session refuses assessment mode) and lint reports guessing without judging it.
    bool practiceOnly = false;
    // Names that conditions, computed gos and effects mention (flags, and words in their function
    // bodies). Only these variables, and mood if named, can change what happens next: the
    // explorer tells situations apart by them alone.
    std::set<std::string> decisive;
    SourceRef where;     // the `scenario {...}` call
    std::string version; // hash of the file's text: results are cached per version

    // Call once the nodes are final; find() uses the index it builds.
    void reindex();
    const Node* find(std::string_view nodeId) const;
    // Where a choice may lead: its fixed `go`, or the nodes a computed `go` names in its code
    // (none: it could lead anywhere, and only playing it can say where).
    std::vector<const Node*> targetsOf(const Choice& choice) const;
    std::size_t indexOf(const Node& node) const {
        return static_cast<std::size_t>(&node - nodes.data());
    }

  private:
    std::map<std::string, std::size_t, std::less<>> m_index;
};

} // namespace frontline
