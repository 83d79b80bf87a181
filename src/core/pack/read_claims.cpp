// read_claims.cpp — what every section shares: claims (sources and certainty), ids
// unique across the pack, and the checks run once all is read: cross-references, and
// how well each claim's sources bear out its certainty and the pack's date.
#include <map>

#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

// [SECTION] Claims -------------------------------------------------------------------

Claim PackReader::ReadClaim(const json& item, const std::string& p, bool sources_may_be_empty) {
    Claim claim;
    claim.source_ids = r_.StringList(item, p, "sources", Need::Required);
    // Only an empty list is reported here; a missing or mistyped one already was.
    if (!sources_may_be_empty && claim.source_ids.empty() && item.contains("sources") &&
        item.find("sources")->is_array() && item.find("sources")->empty())
        r_.Report(DiagnosticCode::ClaimWithoutSource, p + "/sources", "a claim needs at least one source");
    Refer(Target::Source, claim.source_ids, p + "/sources");
    std::optional<Certainty> certainty = r_.Choice(item, p, "certainty", kCertaintyNames);
    claim.certainty = certainty.value_or(Certainty::Reported);
    claims_.push_back({p, claim.source_ids, certainty});
    return claim;
}

ClaimText PackReader::ReadClaimText(const json& value, const std::string& p) {
    ClaimText out;
    if (!r_.Object(value, p)) return out;
    out.text = r_.String(value, p, "text", Need::Required);
    out.claim = ReadClaim(value, p);
    r_.WarnUnknownFields(value, p, {"text", "sources", "certainty"});
    return out;
}

// [SECTION] Ids ----------------------------------------------------------------------

// Selection and links address items by id alone, so an id is unique across all
// sections, not just within its list.
std::string PackReader::Identify(const json& item, const std::string& p) {
    std::string id = r_.Id(item, p);
    if (id.empty()) return id;
    auto [it, inserted] = all_ids_.emplace(id, p);
    if (!inserted)
        r_.Report(DiagnosticCode::DuplicateId, p + "/id", "id \"" + id + "\" is already used at " + it->second);
    return id;
}

// [SECTION] What claims cite -------------------------------------------------------

// Warnings, not errors: both need an editor's judgement. "Confirmed" on one outlet's
// word may still be right when it is on the record (a statement the outlet quotes); a
// later source may be a correction the pack should take in, with a new as_of.
void PackReader::CheckClaimSources(const Pack& pack) {
    std::map<std::string, const Source*> by_id;
    for (const Source& s : pack.sources) by_id.emplace(s.id, &s);
    const std::string& as_of = pack.meta.as_of;
    for (const ClaimRecord& claim : claims_) {
        std::vector<const Source*> cited;  // unknown ids were reported as E022
        for (const std::string& id : claim.source_ids)
            if (auto it = by_id.find(id); it != by_id.end()) cited.push_back(it->second);

        // W003: the reader is told "several outlets or the record"; copies and
        // citations of one agency's story are that agency's word, however many.
        if (claim.certainty == Certainty::Confirmed && !cited.empty()) {
            const std::string& origin = cited.front()->Origin();
            bool one_origin = true;
            for (const Source* s : cited) one_origin = one_origin && s->Origin() == origin;
            if (one_origin) {
                std::string ids;
                for (const Source* s : cited) ids += (ids.empty() ? "" : ", ") + s->id;
                const std::string what = cited.size() == 1 ? "its only source (" + ids + ") is " + origin
                                                           : "its sources (" + ids + ") all carry " + origin + "'s report";
                r_.Report(DiagnosticCode::ConfirmedByOneOutlet, claim.pointer + "/certainty",
                          "the claim at " + claim.pointer + " is \"confirmed\" on one outlet's word: " + what +
                              "; unless it is on the record, cite an independent outlet or make it \"reported\"");
            }
        }

        // W004: readers are told the pack is current to as_of; a later source means
        // the pack says more than that date allows. YYYY-MM-DD compares as text.
        if (as_of.empty()) continue;
        for (size_t i = 0; i < claim.source_ids.size(); ++i) {
            auto it = by_id.find(claim.source_ids[i]);
            if (it == by_id.end() || it->second->date.empty() || it->second->date <= as_of) continue;
            r_.Report(DiagnosticCode::SourceAfterAsOf, claim.pointer + "/sources/" + std::to_string(i),
                      "source \"" + it->first + "\" is dated " + it->second->date + ", after meta.as_of (" + as_of +
                          "): update as_of, or cite what was known by then");
        }
    }
}

// [SECTION] Cross-references ---------------------------------------------------------

void PackReader::Register(Target target, const std::string& id) {
    if (!id.empty()) ids_[static_cast<int>(target)].insert(id);
}

void PackReader::Refer(Target target, const std::string& id, const std::string& pointer) {
    references_.push_back({id, pointer, target});
}

void PackReader::Refer(Target target, const std::vector<std::string>& ids, const std::string& list_pointer) {
    for (size_t i = 0; i < ids.size(); ++i) Refer(target, ids[i], list_pointer + "/" + std::to_string(i));
}

// Run after every section is read: a reference may name an item further down the file.
void PackReader::CheckReferences() {
    static constexpr const char* kTargetNames[] = {"source", "phase", "milestone", "map feature", "context event",
                                                   "actor"};
    for (const Reference& ref : references_) {
        if (ids_[static_cast<int>(ref.target)].count(ref.id)) continue;
        auto unselectable = unselectable_features_.find(ref.id);
        if (ref.target == Target::MapFeature && unselectable != unselectable_features_.end())
            r_.Report(DiagnosticCode::UnknownReference, ref.pointer,
                      "map feature \"" + ref.id + "\" has style \"" + unselectable->second +
                          "\": it orients the reader and cannot be selected, so nothing can link to it");
        else
            r_.Report(DiagnosticCode::UnknownReference, ref.pointer,
                      std::string("no ") + kTargetNames[static_cast<int>(ref.target)] + " with id \"" + ref.id + "\"");
    }
}

}  // namespace core
