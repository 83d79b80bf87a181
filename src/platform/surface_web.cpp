// surface_web.cpp — the web Surface: the page's <canvas id="canvas"> and a WebGL 2
// context on it, through emscripten/html5.h. The page's CSS sizes the canvas's box
// (accord.css); this sizes its drawing buffer, at the device's pixel ratio.
#include <emscripten/html5.h>

#include "platform/surface.h"
#include "platform/web_bridge.h"

namespace platform {

namespace {
constexpr const char* kCanvas = "#canvas";
}  // namespace

std::string Surface::Open(const char* /*title: the page's own*/, int css_width, int css_height, bool high_dpi) {
    high_dpi_ = high_dpi;
    start_ms_ = emscripten_get_now();
    // web/pre.js makes the context while the program compiles, with these attributes
    // (its copy of them): a second getContext returns the first context, whatever it asks.
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.alpha = false;  // the widget paints its own background
    attributes.depth = false;
    attributes.stencil = false;
    attributes.antialias = false;  // ImGui's draw list antialiases its own edges
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    // The renderer uses WebGL 2's core only. Enabling every extension the browser has
    // is a synchronous call each: it was most of the 40 ms the context took to make.
    attributes.enableExtensionsByDefault = false;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attributes);
    if (context <= 0) return "WebGL 2 could not be created on " + std::string(kCanvas) + " (error " + std::to_string(context) + ")";
    if (emscripten_webgl_make_context_current(context) != EMSCRIPTEN_RESULT_SUCCESS) {
        emscripten_webgl_destroy_context(context);
        return "the WebGL 2 context could not be made current";
    }
    // The context keeps the attributes it was first made with, pre.js's copy of these:
    // where the copies disagree on one a browser always grants, the console says so
    // (an error, which the browser tests fail on), and the page goes on with the context.
    EmscriptenWebGLContextAttributes made;
    if (emscripten_webgl_get_context_attributes(context, &made) == EMSCRIPTEN_RESULT_SUCCESS &&
        (made.alpha != attributes.alpha || made.antialias != attributes.antialias ||
         made.premultipliedAlpha != attributes.premultipliedAlpha || made.preserveDrawingBuffer != attributes.preserveDrawingBuffer))
        web::Console(true, "Accord: the WebGL context was made with other attributes than Surface::Open asks for "
                           "(web/pre.js makes it first: keep its attributes and surface_web.cpp's the same)");
    web_context_ = context;
    Resize(css_width, css_height);
    return {};
}

void Surface::Close() {
    if (web_context_) emscripten_webgl_destroy_context(static_cast<EMSCRIPTEN_WEBGL_CONTEXT_HANDLE>(web_context_));
    web_context_ = 0;
}

// The ratio is read again at every resize: zoom and moving the window to another
// screen change it, and the page reports both as a resize (pre.js).
void Surface::Resize(int css_width, int css_height) {
    css_width_ = css_width;
    css_height_ = css_height;
    pixel_ratio_ = high_dpi_ ? emscripten_get_device_pixel_ratio() : 1.0;
    int pixel_width = 0, pixel_height = 0;
    PixelSize(pixel_width, pixel_height);
    emscripten_set_canvas_element_size(kCanvas, pixel_width, pixel_height);
}

void Surface::ViewSize(int& css_width, int& css_height) const {
    css_width = css_width_;
    css_height = css_height_;
}

void Surface::PixelSize(int& pixel_width, int& pixel_height) const {
    pixel_width = static_cast<int>(css_width_ * pixel_ratio_);
    pixel_height = static_cast<int>(css_height_ * pixel_ratio_);
}

void Surface::MakeCurrent() {
    if (web_context_) emscripten_webgl_make_context_current(static_cast<EMSCRIPTEN_WEBGL_CONTEXT_HANDLE>(web_context_));
}

void Surface::Present() {}  // the browser presents the canvas when the frame's callback returns
double Surface::Milliseconds() const { return emscripten_get_now() - start_ms_; }
void Surface::SetFullscreen() {}
void Surface::ShowHandCursor(bool) {}
bool Surface::PointerPosition(float&, float&) const { return false; }
void Surface::SetTitle(const char*) {}

}  // namespace platform
