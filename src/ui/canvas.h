// canvas.h — where a frame is drawn: one ImGui draw list and the font atlas it draws
// text from, with no ImGui context. Why no context: Accord uses ImGui only to draw
// (the core owns input, focus and layout), and ImGui::NewFrame()/Render() bring its
// windows, navigation, settings and .ini parsing with them, about 60 KB of wasm the
// widget never ran. The draw list, its tessellation and the atlas need none of it.
#pragma once
#include "imgui.h"
#include "imgui_internal.h"  // ImDrawListSharedData

namespace ui {

class Canvas {
public:
    Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    // The faces are added here (ui::LoadFonts), then the atlas is built. A built atlas
    // holds one byte of coverage per texel (TexPixelsAlpha8), which is what is uploaded.
    ImFontAtlas& atlas() { return atlas_; }
    const ImFontAtlas& atlas() const { return atlas_; }
    // Call after the atlas is (re)built: the list's white pixel and line textures move.
    void AtlasBuilt();
    // Device pixels per scene unit (the page's pixel ratio): curves, circles and rounded
    // corners are cut into as many segments as keep them within ImGui's default error in
    // device pixels, so a phone's screen gets round ones and a small dot no more than it
    // needs. 1 until set.
    void SetDensity(float device_pixels_per_unit);

    // Starts a frame `width` x `height` (in the scene's units, CSS px): empties the list
    // and clips it to the frame. Draw into the returned list, then call EndFrame.
    ImDrawList& BeginFrame(float width, float height);
    void EndFrame();
    const ImDrawList& list() const { return list_; }

private:
    ImFontAtlas atlas_;
    ImDrawListSharedData shared_;
    ImDrawList list_;
};

}  // namespace ui
