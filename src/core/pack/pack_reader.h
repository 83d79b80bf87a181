// pack_reader.h — reads the sections of a pack into the typed model (pack.h), one
// read_*.cpp per section, and checks what spans sections: ids unique across the pack
// and every reference naming an item that exists.
//
// Private to the pack library.
#pragma once
#include <optional>
#include <string>
#include <map>
#include <set>
#include <vector>

#include "core/pack/json_reader.h"
#include "core/pack/pack.h"

namespace core {

class PackReader {
public:
    explicit PackReader(JsonReader& reader) : r_(reader) {}

    // The whole pack (pack_loader.cpp); every problem goes to the reader's diagnostics.
    Pack Read(const json& root);

private:
    // Kinds of things an id can name; references are checked against the ids of each.
    enum class Target { Source, Phase, Milestone, MapFeature, ContextEvent, Actor, Count };
    struct Reference {
        std::string id;
        std::string pointer;
        Target target;
    };
    // A claim as read, kept to weigh its sources once they and meta.as_of are known.
    struct ClaimRecord {
        std::string pointer;
        std::vector<std::string> source_ids;
        std::optional<Certainty> certainty;  // empty when its value was an error
    };

    // [SECTION] sections, each in its read_<section>.cpp
    void ReadMeta(const json& meta, const std::string& p, Meta& out);
    void ReadSources(const json& root, Pack& pack);
    void ReadTimeline(const json& root, Pack& pack);  // timeline, phases, milestones, context
    void ReadAmendments(const json& root, Pack& pack);
    Amendment ReadAmendment(const json& item, const std::string& p);
    void ReadMap(const json& map, const std::string& p, MapData& out);
    void ReadGeometry(const json& geometry, const std::string& p, MapFeature& feature);
    void ReadActors(const json& root, Pack& pack);  // actors and analysis
    void ReadStrings(const json& strings, const std::string& p, Pack& pack);

    // [SECTION] shared by the sections (read_claims.cpp)
    Claim ReadClaim(const json& item, const std::string& p, bool sources_may_be_empty = false);
    ClaimText ReadClaimText(const json& value, const std::string& p);
    // Reads the item's id and checks it is unique across the pack.
    std::string Identify(const json& item, const std::string& p);
    void Register(Target target, const std::string& id);
    void Refer(Target target, const std::string& id, const std::string& pointer);
    void Refer(Target target, const std::vector<std::string>& ids, const std::string& list_pointer);
    void CheckReferences();
    // Warnings about what claims cite (W003, W004): run after every section is read.
    void CheckClaimSources(const Pack& pack);

    // Calls read_item(item, pointer) for each object in the list `key` of `parent`.
    template <typename ReadItem>
    void ReadList(const json& parent, const char* key, Need need, ReadItem read_item,
                  const std::string& parent_pointer = "") {
        const json* list = r_.Member(parent, parent_pointer, key, need);
        std::string p = parent_pointer + "/" + key;
        if (!list || !r_.List(*list, p)) return;
        for (size_t i = 0; i < list->size(); ++i) {
            std::string ip = p + "/" + std::to_string(i);
            if (r_.Object((*list)[i], ip)) read_item((*list)[i], ip);
        }
    }

    JsonReader& r_;
    // Ordered containers: the tree code is in the wasm already (the parser's keys), a
    // hash table's would be another few KB, and a pack has a few hundred ids.
    std::map<std::string, std::string> all_ids_;  // id -> pointer of first use
    std::set<std::string> ids_[static_cast<int>(Target::Count)];
    std::vector<Reference> references_;
    std::vector<ClaimRecord> claims_;
    std::map<std::string, std::string> unselectable_features_;  // id -> style ("land", "label")
};

}  // namespace core
