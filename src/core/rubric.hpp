// What choices are scored against: principles (law, policy, good practice) and the organisations
// whose policy documents and rules a scenario is played under.
#pragma once

#include "diagnostic.hpp"
#include "grade.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

enum class PrincipleKind { Law, Policy, Principle };
std::string_view toString(PrincipleKind kind);
std::optional<PrincipleKind> principleKindFrom(std::string_view name);
// For people: "Law", "Policy", "Good practice" (the debrief's headings everywhere).
std::string_view kindLabel(PrincipleKind kind);

struct Principle {
    std::string id;
    PrincipleKind kind = PrincipleKind::Principle;
    std::string group;
    std::string title;
    std::string requirement; // what it asks of the agent (the `requires` field)
    std::string consequenceCustomer;
    std::string consequenceBusiness;
    std::string source;
    int weight = 1;
    bool critical = false;
    // The best grade an attempt can get while this is left breached at the end (`cap`); law
    // defaults to Pass, so an uncorrected misstatement of someone's rights never earns Merit.
    std::optional<Grade> cap;
    std::string policy; // the organisation document it comes from (kind policy)
    SourceRef where;

    std::optional<Grade> capWhenBreached() const;
};

// A document a learner can open and search during play.
struct PolicyDocument {
    std::string id;
    std::string title;
    std::string text;
    SourceRef where;
};

struct Organisation {
    std::string id;
    std::string name;
    std::string sector;
    std::string about;
    std::vector<PolicyDocument> documents;
    std::vector<Principle> policies; // its own version of each policy.* id
    SourceRef where;

    const Principle* findPolicy(std::string_view id) const;
    const PolicyDocument* findDocument(std::string_view id) const;
};

// The shared rubric plus the organisations; resolves a principle id for one organisation.
class Rubric {
  public:
    void add(Principle principle);
    void add(Organisation organisation);

    const std::vector<Principle>& principles() const { return m_principles; }
    const std::vector<Organisation>& organisations() const { return m_organisations; }
    const Organisation* organisation(std::string_view id) const;

    // policy.* ids come from the organisation; every other id from the shared rubric.
    const Principle* find(std::string_view id, std::string_view organisation) const;

    // Every id known for this organisation, for "did you mean" suggestions.
    std::vector<std::string_view> ids(std::string_view organisation) const;

    static bool isPolicyId(std::string_view id) { return id.substr(0, 7) == "policy."; }

  private:
    std::vector<Principle> m_principles;
    std::vector<Organisation> m_organisations;
};

} // namespace frontline
