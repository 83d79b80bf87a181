// links.cpp — the link graph, computed on demand (packs are small).
#include "core/pack/links.h"

#include <algorithm>

namespace core {

namespace {
bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void AddAmendment(const Amendment& a, std::set<std::string>& out) {
    out.insert(a.id);
    out.insert(a.links.milestone_ids.begin(), a.links.milestone_ids.end());
    out.insert(a.links.phase_ids.begin(), a.links.phase_ids.end());
    out.insert(a.links.map_ids.begin(), a.links.map_ids.end());
    out.insert(a.links.context_ids.begin(), a.links.context_ids.end());
}
}  // namespace

std::optional<ItemKind> KindOf(const Pack& pack, const std::string& id) {
    if (id.empty()) return {};
    for (const Phase& p : pack.phases) if (p.id == id) return ItemKind::Phase;
    for (const Milestone& m : pack.milestones) if (m.id == id) return ItemKind::Milestone;
    for (const ContextEvent& e : pack.context) if (e.id == id) return ItemKind::ContextEvent;
    for (const Amendment& a : pack.amendments) if (a.id == id) return ItemKind::Amendment;
    for (const MapFeature& f : pack.map.features)
        if (f.id == id) return IsSelectableStyle(f.style) ? std::optional<ItemKind>(ItemKind::MapFeature) : std::nullopt;
    return {};
}

bool IsSelectableId(const Pack& pack, const std::string& id) { return KindOf(pack, id).has_value(); }

std::vector<std::string> SelectableIds(const Pack& pack) {
    std::vector<std::string> ids;
    for (const Milestone& m : pack.milestones) ids.push_back(m.id);
    for (const Phase& p : pack.phases) ids.push_back(p.id);
    for (const ContextEvent& e : pack.context) ids.push_back(e.id);
    for (const Amendment& a : pack.amendments) ids.push_back(a.id);
    for (const MapFeature& f : pack.map.features)
        if (IsSelectableStyle(f.style)) ids.push_back(f.id);
    return ids;
}

std::optional<View> ViewOf(const Pack& pack, const std::string& id) {
    std::optional<ItemKind> kind = KindOf(pack, id);
    if (!kind) return {};
    switch (*kind) {
        case ItemKind::Amendment: return View::Amendments;
        case ItemKind::MapFeature: return View::Map;
        default: return View::Timeline;
    }
}

std::string ShortName(const Pack& pack, const Strings& strings, const std::string& id) {
    // "Day 60" can name two milestones: add the title to tell them apart.
    for (const Milestone& m : pack.milestones) if (m.id == id) return m.when + ": " + m.title;
    for (const Phase& p : pack.phases) if (p.id == id) return p.title;
    for (const ContextEvent& e : pack.context) if (e.id == id) return e.title;
    for (const Amendment& a : pack.amendments) if (a.id == id) return strings.Format(StringId::DetailsChange, {std::to_string(a.number)});
    for (const MapFeature& f : pack.map.features) if (f.id == id) return f.title;
    return id;
}

std::set<std::string> LinkedIds(const Pack& pack, const std::string& selected_id) {
    std::set<std::string> out;
    if (!IsSelectableId(pack, selected_id)) return out;
    out.insert(selected_id);
    for (const Amendment& a : pack.amendments) {
        if (a.id == selected_id) {
            AddAmendment(a, out);
            continue;
        }
        // An item an amendment touches lights up that amendment (not its other links,
        // which would light up nearly everything).
        if (Contains(a.links.milestone_ids, selected_id) || Contains(a.links.phase_ids, selected_id) ||
            Contains(a.links.map_ids, selected_id) || Contains(a.links.context_ids, selected_id))
            out.insert(a.id);
    }
    for (const Milestone& m : pack.milestones) {
        if (m.id == selected_id) out.insert(m.phase_ids.begin(), m.phase_ids.end());
        if (Contains(m.phase_ids, selected_id)) out.insert(m.id);
    }
    return out;
}

}  // namespace core
