// scene_draw.h — draws a core::Scene into an ImGui draw list. No layout decisions here.
#pragma once
#include "core/scene.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace ui {

// `origin` is where the scene's (0,0) lands on screen (scrolling moves it up).
void DrawScene(ImDrawList* draw_list, const core::Scene& scene, ImVec2 origin, const Theme& theme,
               const Fonts& fonts);

}  // namespace ui
