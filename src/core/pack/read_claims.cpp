// read_claims.cpp — what every section shares: claims (sources and certainty), ids
// unique across the pack, and the cross-reference check run once all is read.
#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

// [SECTION] Claims -------------------------------------------------------------------

Claim PackReader::ReadClaim(const json& item, const std::string& p, bool sources_may_be_empty) {
    Claim claim;
    claim.source_ids = r_.StringList(item, p, "sources", Need::Required);
    // Only an empty list is reported here; a missing or mistyped one already was.
    if (!sources_may_be_empty && claim.source_ids.empty() && item.contains("sources") &&
        item["sources"].is_array() && item["sources"].empty())
        r_.Report(DiagnosticCode::ClaimWithoutSource, p + "/sources", "a claim needs at least one source");
    Refer(Target::Source, claim.source_ids, p + "/sources");
    claim.certainty = r_.Choice(item, p, "certainty", kCertaintyNames).value_or(Certainty::Reported);
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
    for (const Reference& ref : references_)
        if (!ids_[static_cast<int>(ref.target)].count(ref.id))
            r_.Report(DiagnosticCode::UnknownReference, ref.pointer,
                      std::string("no ") + kTargetNames[static_cast<int>(ref.target)] + " with id \"" + ref.id + "\"");
}

}  // namespace core
