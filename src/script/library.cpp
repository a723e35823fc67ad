#include "library.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace frontline::script {

const LoadedFile* Library::find(const std::string& scenarioId) const {
    for (const auto& entry : entries)
        if (entry.usable() && entry.scenario->id == scenarioId) return &entry;
    return nullptr;
}

const LoadedFile* Library::declaring(const std::string& scenarioId) const {
    if (const LoadedFile* playable = find(scenarioId)) return playable;
    for (const auto& entry : entries)
        if (entry.scenario && entry.scenario->id == scenarioId) return &entry;
    return nullptr;
}

std::vector<const LoadedFile*> Library::usable() const {
    std::vector<const LoadedFile*> out;
    for (const auto& entry : entries)
        if (entry.usable()) out.push_back(&entry);
    return out;
}

std::vector<std::string> filesUnder(const std::string& folder, std::string_view extension) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(folder, fs::directory_options::skip_permission_denied, ec),
         end;
         it != end; it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        if (p.filename().string().front() == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (p.extension() == extension && it->is_regular_file(ec))
            found.push_back(p.generic_string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<std::string> scenarioFiles(const std::vector<std::string>& paths,
                                       std::vector<Diagnostic>& problems) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) {
            files.push_back(path);
            continue;
        }
        if (!fs::is_directory(path, ec)) {
            problems.push_back(errorAt({path, 0}, "no such file or folder"));
            continue;
        }
        const std::vector<std::string> found = filesUnder(path, ".lua");
        files.insert(files.end(), found.begin(), found.end());
    }
    // A file named twice (a folder and a file inside it) is one file, not two with one id.
    std::vector<std::string> unique;
    std::set<fs::path> seen;
    for (std::string& file : files) {
        std::error_code ec;
        const fs::path canonical = fs::weakly_canonical(file, ec);
        if (seen.insert(ec ? fs::path(file) : canonical).second) unique.push_back(std::move(file));
    }
    return unique;
}

namespace {

std::string suggestion(const std::string& word, const std::vector<std::string_view>& known) {
    const std::string near = closestMatch(word, known);
    return near.empty() ? "" : " (did you mean '" + near + "'?)";
}

// Principle ids must be unique across the rubric; organisations by id, their rules by id.
void checkRubric(Library& library) {
    std::map<std::string, const Principle*> seen;
    std::map<std::string, const Organisation*> orgs;
    for (auto& entry : library.entries) {
        for (const Principle& p : entry.principles) {
            auto [it, fresh] = seen.emplace(p.id, &p);
            if (!fresh)
                entry.diagnostics.push_back(
                    errorAt(p.where, "principle '" + p.id + "' is already defined at " +
                                         it->second->where.file + ":" +
                                         std::to_string(it->second->where.line)));
        }
        if (!entry.organisation) continue;
        const Organisation& org = *entry.organisation;
        if (auto [it, fresh] = orgs.emplace(org.id, &org); !fresh)
            entry.diagnostics.push_back(errorAt(org.where, "organisation '" + org.id +
                                                               "' is already defined in " +
                                                               it->second->where.file));
        std::map<std::string, int> rules;
        for (const Principle& p : org.policies) {
            if (auto [it, fresh] = rules.emplace(p.id, p.where.line); !fresh)
                entry.diagnostics.push_back(errorAt(p.where, "'" + p.id +
                                                                 "' is already defined at line " +
                                                                 std::to_string(it->second)));
            if (!p.policy.empty() && org.findDocument(p.policy) == nullptr) {
                std::vector<std::string_view> docs;
                for (const auto& d : org.documents)
                    docs.push_back(d.id);
                entry.diagnostics.push_back(
                    errorAt(p.where, "'" + p.id + "' cites policy document '" + p.policy +
                                         "', which this organisation does not have" +
                                         suggestion(p.policy, docs)));
            }
        }
    }
}

void checkIds(const Library& library, const std::vector<std::string>& ids, const std::string& org,
              const SourceRef& where, std::vector<Diagnostic>& out) {
    for (const std::string& id : ids) {
        if (library.rubric.find(id, org) != nullptr) continue;
        if (Rubric::isPolicyId(id) && library.rubric.organisation(org) == nullptr) {
            out.push_back(
                errorAt(where, "'" + id + "' is a policy rule, but the scenario's organisation '" +
                                   org + "' is not defined, so it cannot be scored"));
            continue;
        }
        out.push_back(errorAt(where, "'" + id + "' is not in the rubric" +
                                         suggestion(id, library.rubric.ids(org))));
    }
}

// Every credit and breach names a rubric entry of the scenario's organisation.
void checkScenario(const Library& library, LoadedFile& entry) {
    const Scenario& s = *entry.scenario;
    if (!s.organisation.empty() && library.rubric.organisation(s.organisation) == nullptr) {
        std::vector<std::string_view> ids;
        for (const auto& o : library.rubric.organisations())
            ids.push_back(o.id);
        entry.diagnostics.push_back(errorAt(s.where, "organisation '" + s.organisation +
                                                         "' is not defined" +
                                                         suggestion(s.organisation, ids)));
    }
    for (const Node& node : s.nodes) {
        checkIds(library, node.credit, s.organisation, node.where, entry.diagnostics);
        checkIds(library, node.breach, s.organisation, node.where, entry.diagnostics);
        for (const Choice& c : node.choices) {
            checkIds(library, c.credit, s.organisation, c.where, entry.diagnostics);
            checkIds(library, c.breach, s.organisation, c.where, entry.diagnostics);
        }
    }
}

// Curriculum points name rubric ids (policy ids are fine if any organisation defines them).
void checkCurriculum(const Library& library, LoadedFile& entry) {
    std::vector<std::string_view> units;
    for (const auto& u : entry.curriculum.units)
        units.push_back(u.id);
    for (const CurriculumPoint& p : entry.curriculum.points) {
        if (std::find(units.begin(), units.end(), p.unit) == units.end())
            entry.diagnostics.push_back(errorAt(p.where, "point '" + p.id + "' names unit '" +
                                                             p.unit + "', which is not declared" +
                                                             suggestion(p.unit, units)));
        for (const std::string& id : p.principles) {
            bool known = library.rubric.find(id, "") != nullptr;
            for (const auto& org : library.rubric.organisations())
                known = known || org.findPolicy(id) != nullptr;
            if (!known)
                entry.diagnostics.push_back(
                    errorAt(p.where, "'" + id + "' is not in the rubric" +
                                         suggestion(id, library.rubric.ids(""))));
        }
    }
}

// Two files declaring one scenario id: both are told, and neither is playable, so a broken draft
// that sorts first cannot take a good scenario's place, nor the good one silently hide the draft.
void reportSharedIds(Library& library) {
    std::map<std::string, std::vector<LoadedFile*>> byId;
    for (auto& entry : library.entries)
        if (entry.scenario != nullptr && !entry.scenario->id.empty())
            byId[entry.scenario->id].push_back(&entry);
    for (auto& [id, files] : byId) {
        if (files.size() < 2) continue;
        for (LoadedFile* entry : files) {
            std::string others;
            for (const LoadedFile* other : files)
                if (other != entry) others += (others.empty() ? "" : ", ") + other->path;
            entry->diagnostics.push_back(
                errorAt(entry->scenario->where, "scenario id '" + id + "' is also used by " +
                                                    others + ": give each scenario its own id"));
        }
    }
}

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ec1, ec2;
    return fs::weakly_canonical(a, ec1) == fs::weakly_canonical(b, ec2) && !ec1 && !ec2;
}

// The library's rubric, organisations and curriculum under the folder's own: a folder may add
// principles and organisations, but one that redefines the library's is an error at its line,
// and the library's definition stands (every other scenario is still scored as before).
void lendContext(Library& library, const Library& lent) {
    for (const Principle& p : lent.rubric.principles())
        library.rubric.add(p);
    for (const Organisation& o : lent.rubric.organisations())
        library.rubric.add(o);
    for (auto& entry : library.entries) {
        for (const Principle& p : entry.principles) {
            const Principle* theirs = lent.rubric.find(p.id, "");
            if (theirs != nullptr && !sameFile(theirs->where.file, p.where.file))
                entry.diagnostics.push_back(errorAt(
                    p.where, "principle '" + p.id + "' is already defined in the library at " +
                                 theirs->where.file + ":" + std::to_string(theirs->where.line) +
                                 "; a folder can add principles, not redefine them"));
        }
        if (!entry.organisation) continue;
        const Organisation* theirs = lent.rubric.organisation(entry.organisation->id);
        if (theirs != nullptr && !sameFile(theirs->where.file, entry.organisation->where.file))
            entry.diagnostics.push_back(errorAt(
                entry.organisation->where,
                "organisation '" + theirs->id + "' is already defined in the library at " +
                    theirs->where.file + "; a folder can add organisations, not redefine them"));
    }
    library.lentCurriculum = lent.curriculum;
}

using FileLoader = LoadedFile (*)(const std::string&, const Limits&);

Library assemble(const std::vector<std::string>& paths, const Limits& limits,
                 const LibraryProvider& context, FileLoader load) {
    Library library;
    library.limits = limits;
    for (const std::string& file : scenarioFiles(paths, library.problems))
        library.entries.push_back(load(file, limits));
    reportSharedIds(library);
    checkRubric(library);
    if (context) lendContext(library, context());
    for (const auto& entry : library.entries) {
        for (const Principle& p : entry.principles)
            if (library.rubric.find(p.id, "") == nullptr) library.rubric.add(p);
        if (entry.organisation && library.rubric.organisation(entry.organisation->id) == nullptr)
            library.rubric.add(*entry.organisation);
        for (const auto& u : entry.curriculum.units)
            library.curriculum.units.push_back(u);
        for (const auto& p : entry.curriculum.points)
            library.curriculum.points.push_back(p);
    }
    if (library.curriculum.points.empty() && library.lentCurriculum)
        library.curriculum = std::move(*library.lentCurriculum);
    library.lentCurriculum.reset();
    // Without any rubric (a lone scenario, no library) ids cannot be checked, only recorded.
    const bool haveRubric = !library.rubric.principles().empty();
    for (auto& entry : library.entries) {
        if (haveRubric && entry.scenario != nullptr) checkScenario(library, entry);
        if (haveRubric && entry.kind == ContentKind::Curriculum) checkCurriculum(library, entry);
        sortDiagnostics(entry.diagnostics);
    }
    return library;
}

} // namespace

Library loadLibrary(const std::vector<std::string>& paths, const Limits& limits,
                    const LibraryProvider& context) {
    return assemble(paths, limits, context, loadScenarioFile);
}

Library loadLibraryHeaders(const std::vector<std::string>& paths, const Limits& limits,
                           const LibraryProvider& context) {
    return assemble(paths, limits, context, loadScenarioHeader);
}

const LoadedFile* Library::complete(const LoadedFile* entry) {
    if (entry == nullptr || !entry->deferred) return entry;
    auto at = std::find_if(entries.begin(), entries.end(),
                           [&](const LoadedFile& e) { return &e == entry; });
    if (at == entries.end()) return entry;
    LoadedFile full = loadScenarioFile(at->path, limits);
    // What the library found when it read the header (an id used twice) still holds.
    full.diagnostics.insert(full.diagnostics.end(), at->diagnostics.begin(), at->diagnostics.end());
    if (full.scenario != nullptr && !rubric.principles().empty()) checkScenario(*this, full);
    sortDiagnostics(full.diagnostics);
    *at = std::move(full); // in place: pointers into `entries` stay good
    return &*at;
}

} // namespace frontline::script
