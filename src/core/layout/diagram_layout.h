// diagram_layout.h — the whole widget: header; the phases, amendments and map views
// side by side (three on wide screens, two on tablets, one at a time with a view
// switcher on phones); connectors between linked items. The selected item's details
// open inline, under the item in its own view, so they never cover what it links to.
#pragma once
#include <set>
#include <string>

#include "core/common/view.h"
#include "core/layout/layout_common.h"
#include "core/layout/map_layout.h"

namespace core {

enum class LayoutMode { Phone, Tablet, Wide };
LayoutMode ModeForWidth(float width);
const char* LayoutModeName(LayoutMode mode);

struct DiagramInput {
    float width = 1280;
    float height = 800;
    std::string selected_id;
    std::set<std::string> highlighted;  // LinkedIds(selected): drawn with connectors
    View view = View::Timeline;         // the view shown on phones
    MapViewState map;
    bool touch = false;                 // larger hit targets (min_target px)
    float min_target = 44;              // WCAG 2.5.5; a kiosk asks for 48 (Android's 48 dp)
    // A banner over the bottom of the visible band (a kiosk's "Touch to explore" and
    // its countdown): its title and a line under it; empty: none.
    std::string banner_title, banner_detail;
    // An allowed pack from another origin: its host, said under the title; empty: none.
    std::string foreign_host;
    bool share = false;  // a Share button in the header (not in kiosks)
    bool languages = false;  // a switch between the pack's editions (meta.languages)
    bool source_codes = false;  // QR codes of the sources' addresses (kiosks)
    bool context_expanded = false;      // the timeline's band of what came before day 0
    // The band of the content the reader sees (content y of its top, and its height);
    // 0: unknown. On wide screens the map (with its legend) stays in it while the
    // longer columns scroll past, within its own column.
    float visible_top = 0, visible_height = 0;
    // The last layouts' wrapped texts and map triangles (layout_cache.h); none: all anew.
    LayoutCache* cache = nullptr;
};

Scene LayoutDiagram(const Pack& pack, const DiagramInput& input, const TextMetrics& metrics);

}  // namespace core
