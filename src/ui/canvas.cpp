// canvas.cpp — an ImGui draw list set up as ImGui::NewFrame() would set up its
// background list, from ImGui's default style values (imgui.cpp: ImGuiStyle).
#include "ui/canvas.h"

namespace ui {

namespace {
constexpr float kCurveTessellationTol = 1.25f;     // ImGuiStyle::CurveTessellationTol
constexpr float kCircleTessellationMaxError = 0.30f;  // ImGuiStyle::CircleTessellationMaxError
}  // namespace

Canvas::Canvas() : list_(&shared_) {
    SetDensity(1);
    // Why AllowVtxOffset: the map's filled outlines can pass 65,536 vertices in one
    // list; with it, ImGui starts a new command with a vertex offset instead of
    // overflowing 16-bit indices (the renderer honours ImDrawCmd::VtxOffset).
    shared_.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedLinesUseTex |
                           ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AllowVtxOffset;
}

void Canvas::SetDensity(float device_pixels_per_unit) {
    const float density = device_pixels_per_unit > 0 ? device_pixels_per_unit : 1;
    shared_.CurveTessellationTol = kCurveTessellationTol / density;
    shared_.SetCircleTessellationMaxError(kCircleTessellationMaxError / density);
}

void Canvas::AtlasBuilt() {
    shared_.TexUvWhitePixel = atlas_.TexUvWhitePixel;
    shared_.TexUvLines = atlas_.TexUvLines;
    shared_.Font = atlas_.Fonts.empty() ? nullptr : atlas_.Fonts[0];
    shared_.FontSize = shared_.Font ? shared_.Font->FontSize : 0;
}

ImDrawList& Canvas::BeginFrame(float width, float height) {
    shared_.ClipRectFullscreen = ImVec4(0, 0, width, height);
    list_._ResetForNewFrame();
    list_.PushTextureID(atlas_.TexID);
    list_.PushClipRect(ImVec2(0, 0), ImVec2(width, height), false);
    return list_;
}

void Canvas::EndFrame() { list_._PopUnusedDrawCmd(); }

}  // namespace ui
