// surface.h — where the App draws: natively an SDL2 window with an OpenGL 3 context
// (surface_sdl.cpp); on the web the page's canvas with a WebGL 2 context made through
// emscripten/html5.h (surface_web.cpp). Why no SDL on the web: the page forwards every
// input event itself (web/pre.js) and sizes the canvas, so SDL's video, event and timer
// subsystems were only a way to make one context, and about 40 KB of code in every
// first load.
#pragma once
#include <cstdint>
#include <string>

namespace platform {

class Surface {
public:
    // Makes the window or takes the canvas, css_width x css_height CSS pixels (at the
    // display's density when high_dpi), with a current GL context. "" or an error.
    std::string Open(const char* title, int css_width, int css_height, bool high_dpi);
    void Close();

    void Resize(int css_width, int css_height);
    void ViewSize(int& css_width, int& css_height) const;   // what the widget lays out in
    void PixelSize(int& pixel_width, int& pixel_height) const;  // what GL draws into
    void MakeCurrent();
    void Present();
    // Milliseconds since an arbitrary start, for the widget's clock.
    double Milliseconds() const;

    // Natively only: the page owns these on the web (full screen, the cursor over its
    // text layer's elements, the pointer's position, which it forwards).
    void SetFullscreen();
    void ShowHandCursor(bool hand);
    bool PointerPosition(float& x, float& y) const;
    void SetTitle(const char* title);

private:
    // SDL_Window* and SDL_GLContext natively; unused and the WebGL context's handle on
    // the web. Opaque here so that no platform header leaks into the App's.
    void* window_ = nullptr;
    void* gl_context_ = nullptr;
    void* cursors_[2] = {nullptr, nullptr};  // arrow, hand
    intptr_t web_context_ = 0;
    int css_width_ = 0, css_height_ = 0;
    double pixel_ratio_ = 1;
    bool high_dpi_ = false;
    double start_ms_ = 0;
};

}  // namespace platform
