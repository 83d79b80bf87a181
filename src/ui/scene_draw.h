// scene_draw.h — draws a core::Scene into an ImGui draw list. No layout decisions here.
#pragma once
#include <set>
#include <string>

#include "core/layout/scene.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace ui {

struct DrawOptions {
    // When non-empty, items whose id is not in it are drawn faded (what is not linked
    // to the selection); primitives without an id are never faded.
    const std::set<std::string>* highlighted = nullptr;
    float dim_alpha = 0.28f;      // opacity of the faded items (animated by the app)
    core::HitTarget focus;        // keyboard focus: drawn with a visible ring
};

// `origin` is where the scene's (0,0) lands on screen (scrolling moves it up).
void DrawScene(ImDrawList* draw_list, const core::Scene& scene, ImVec2 origin, const Theme& theme,
               const Fonts& fonts, const DrawOptions& options = {});

}  // namespace ui
