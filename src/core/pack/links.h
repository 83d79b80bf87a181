// links.h — what is connected to what in a pack. Selecting any item highlights
// everything linked to it in every view (amendment <-> milestones, phases, map
// features, context events; milestone <-> its phases).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/common/name_table.h"
#include "core/common/view.h"
#include "core/pack/pack.h"

namespace core {

// The ids to highlight when `selected_id` is selected: itself plus every item linked
// to it directly or through an amendment. Empty when nothing (or an unknown id) is
// selected.
std::set<std::string> LinkedIds(const Pack& pack, const std::string& selected_id);

// True when `id` names a selectable item of the pack.
bool IsSelectableId(const Pack& pack, const std::string& id);

// What a selectable item is: the page API and the host's accord:select say it.
enum class ItemKind { Phase, Milestone, ContextEvent, Amendment, MapFeature };
inline constexpr NameTable<ItemKind, 5> kItemKindNames{{
    {ItemKind::Phase, "phase"},
    {ItemKind::Milestone, "milestone"},
    {ItemKind::ContextEvent, "context"},
    {ItemKind::Amendment, "amendment"},
    {ItemKind::MapFeature, "map-feature"},
}};
std::optional<ItemKind> KindOf(const Pack& pack, const std::string& id);

// Every selectable item's id: milestones, phases, context events, amendments, map
// features (not neighbouring land or region names), each in the pack's order.
std::vector<std::string> SelectableIds(const Pack& pack);

// The view an item is drawn in: the timeline (milestones, phases, context events),
// the amendments or the map; none for an unknown id.
std::optional<View> ViewOf(const Pack& pack, const std::string& id);

// A short name for an item, for lists of links ("Day 7", "Rafah crossing").
std::string ShortName(const Pack& pack, const Strings& strings, const std::string& id);

}  // namespace core
