// timeline_layout.h — lays out a pack's header, 60-day timeline and milestone cards
// for a given width, as a Scene in CSS pixels. Pure function of its inputs.
#pragma once
#include <string>

#include "core/layout/layout_common.h"

namespace core {

struct LayoutInput {
    float width = 1024;             // CSS px of the view
    std::string selected_id;        // drawn highlighted; "" for none
};

// The whole page as one timeline (header, timeline view, footer).
Scene LayoutTimeline(const Pack& pack, const LayoutInput& input, const TextMetrics& metrics);

// The parts, for composing views side by side (diagram_layout.cpp). Each lays out
// from `y` down inside [x0, x0 + width] and returns the y below what it drew.
float LayoutHeader(SceneBuilder& b, float x0, float width, float y, bool narrow);
float LayoutTimelineView(SceneBuilder& b, float x0, float width, float y);
float LayoutFooter(SceneBuilder& b, float x0, float width, float y);

}  // namespace core
