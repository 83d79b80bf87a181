// gl_renderer.h — draws a ui::Canvas (one ImGui draw list and its font atlas) with
// WebGL2 on the web and OpenGL 3.0 natively: one shader, one vertex and index buffer,
// one single-channel texture. Why not imgui_impl_opengl3: it renders ImDrawData from an
// ImGui context (ui/canvas.h says why there is none), and backs up and restores GL
// state around every frame for host apps that share the context, which this app does
// not do; its wasm and WebGL glue are several times this file's.
#pragma once
#include <string>

#include "ui/canvas.h"

namespace platform {

class GlRenderer {
public:
    // Makes the shader, buffers and vertex layout in the current GL context. Returns
    // an error message, or "" on success.
    std::string Create();
    // Frees them (also fine after the context was lost: the names are then dead).
    void Destroy();
    // Uploads the built atlas (its TexPixelsAlpha8; ui::LoadFonts builds it) and sets its TexID.
    void UploadAtlas(ImFontAtlas& atlas);
    // Clears to `background` (RGBA 0..1) and draws the canvas's list. The list is in
    // CSS px, the framebuffer `pixel_width` x `pixel_height` device px.
    void Draw(const ui::Canvas& canvas, int pixel_width, int pixel_height, const float background[4]);

private:
    unsigned program_ = 0;
    unsigned vertex_array_ = 0;
    unsigned vertex_buffer_ = 0;
    unsigned index_buffer_ = 0;
    unsigned texture_ = 0;
    int projection_location_ = -1;
    bool first_frame_ = true;  // Draw submits it at once (gl_renderer.cpp, SubmitNow)
};

}  // namespace platform
