// diagram_layout.h — the whole widget: header; the phases, amendments and map views
// side by side (three on wide screens, two on tablets, one at a time with a view
// switcher on phones); connectors between linked items; and the details panel of
// the selected item as an overlay.
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
    bool touch = false;                 // larger hit targets (44 px)
    bool context_expanded = false;      // the timeline's band of what came before day 0
};

Scene LayoutDiagram(const Pack& pack, const DiagramInput& input, const TextMetrics& metrics);

// The details of `selected_id` (full text, attributions, sources with publisher,
// date, address and certainty) as a panel over the bottom of a `width` x `height`
// view. Empty scene when nothing is selected.
// Its content scrolls by `scroll` px when it is taller than the panel; the returned
// scene's height is how far it can scroll.
// `linked` (LinkedIds of the selection) are listed as buttons that select them.
Scene LayoutDetails(const Pack& pack, const std::string& selected_id, float width, float height,
                    const TextMetrics& metrics, float scroll = 0, const std::set<std::string>& linked = {});

}  // namespace core
