// map_layout.h — the map view: the pack's features projected into a panel, as
// toggleable layers with a legend; labels that never overlap; a scale bar, a north
// arrow, zoom buttons, and the "approximate" caveat on screen.
#pragma once
#include <set>
#include <string>

#include "core/layout/layout_common.h"

namespace core {

struct MapViewState {
    float zoom = 1;  // 1: the whole pack fits
    Vec2 pan;        // pixels
    std::set<FeatureStyle> hidden_styles;  // layers switched off in the legend
};

// Lays out from `y` down inside [x0, x0 + width] with a panel at most `max_height`
// tall; returns the y below what it drew. Sets b.scene.map_viewport.
float LayoutMapView(SceneBuilder& b, const MapViewState& view, float x0, float width, float y, float max_height);

}  // namespace core
