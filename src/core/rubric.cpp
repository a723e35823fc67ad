#include "rubric.hpp"

#include "names.hpp"

#include <algorithm>
#include <array>

namespace frontline {

namespace {
constexpr NameTable<PrincipleKind, 3> kKindNames{{
    {PrincipleKind::Law, "law"},
    {PrincipleKind::Policy, "policy"},
    {PrincipleKind::Principle, "principle"},
}};

template <typename T> const T* byId(const std::vector<T>& items, std::string_view id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

std::string_view toString(PrincipleKind kind) {
    return nameIn(kKindNames, kind);
}
std::string_view kindLabel(PrincipleKind kind) {
    switch (kind) {
    case PrincipleKind::Law:
        return "Law";
    case PrincipleKind::Policy:
        return "Policy";
    case PrincipleKind::Principle:
        break;
    }
    return "Good practice";
}

std::optional<PrincipleKind> principleKindFrom(std::string_view name) {
    return valueIn(kKindNames, name);
}

const Principle* Organisation::findPolicy(std::string_view id) const {
    return byId(policies, id);
}
const PolicyDocument* Organisation::findDocument(std::string_view id) const {
    return byId(documents, id);
}

void Rubric::add(Principle principle) {
    m_principles.push_back(std::move(principle));
}
void Rubric::add(Organisation organisation) {
    m_organisations.push_back(std::move(organisation));
}

const Organisation* Rubric::organisation(std::string_view id) const {
    return byId(m_organisations, id);
}

const Principle* Rubric::find(std::string_view id, std::string_view organisationId) const {
    if (!isPolicyId(id)) return byId(m_principles, id);
    const Organisation* org = organisation(organisationId);
    return org == nullptr ? nullptr : org->findPolicy(id);
}

std::vector<std::string_view> Rubric::ids(std::string_view organisationId) const {
    std::vector<std::string_view> out;
    for (const auto& p : m_principles)
        out.push_back(p.id);
    if (const Organisation* org = organisation(organisationId))
        for (const auto& p : org->policies)
            out.push_back(p.id);
    return out;
}

} // namespace frontline

namespace frontline {

std::optional<Grade> Principle::capWhenBreached() const {
    if (cap) return cap;
    if (kind == PrincipleKind::Law) return Grade::Pass;
    return std::nullopt;
}

} // namespace frontline
