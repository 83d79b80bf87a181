// timeline_layout.h — the parts of the diagram about time: the header, the phases
// view (context band, day axis with milestone lanes, phase bars, milestone cards)
// and the footer, as Scene primitives in CSS pixels.
#pragma once
#include "core/layout/layout_common.h"

namespace core {

// The parts, for composing views side by side (diagram_layout.cpp). Each lays out
// from `y` down inside [x0, x0 + width] and returns the y below what it drew.
struct HeaderOptions {
    std::string foreign_host;  // an allowed pack from another origin: said under the title
    bool share = false;        // a Share button, top right
    bool languages = false;    // a button per other edition of the pack (meta.languages)
    float min_target = 44;     // its height on touch screens
    bool touch = false;
};
float LayoutHeader(SceneBuilder& b, float x0, float width, float y, bool narrow, const HeaderOptions& options = {});
float LayoutTimelineView(SceneBuilder& b, float x0, float width, float y);
float LayoutFooter(SceneBuilder& b, float x0, float width, float y);

}  // namespace core
