// app.h — the platform seam: one Surface (an SDL2 window natively, the page's canvas on
// the web: surface.h) whose GL context draws the frames the core Widget controller
// returns, fed translated events. Shared by the native loop (main_native.cpp) and the
// browser's (main_web.cpp); no behaviour of its own.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/state/widget.h"
#include "platform/gl_renderer.h"
#include "platform/surface.h"
#include "ui/canvas.h"
#include "ui/fonts.h"
#include "ui/theme.h"

union SDL_Event;  // natively only (app_input.cpp): the web build has no SDL at all

namespace platform {

class App {
public:
    // Creates the window (css_width x css_height) and GL context, and loads fonts.
    // Returns an error message, or "" on success.
    std::string Init(const char* title, int css_width, int css_height, bool high_dpi);
    void Shutdown();

    // Natively: an SDL event, translated (app_input.cpp). On the web the page forwards
    // input to the widget itself (web_bridge.cpp).
    void HandleEvent(const SDL_Event& event);
    // Draws a frame if the widget needs one; returns whether it drew.
    bool Frame();
    void SetViewSize(int css_width, int css_height);  // the page sized the canvas
    // A kiosk: full screen, the window's close button and Alt+F4 do nothing, and only
    // Ctrl+Alt+`quit_key` quits (the supervisor restarts the app on a crash anyway).
    void SetKiosk(char quit_key);
    // The GL context was lost and has been restored empty (web: webglcontextrestored):
    // makes the shader, buffers and atlas texture again and asks for a redraw.
    void RestoreGl();
    // Whether a loading screen is drawn before the first pack is in. The web page hides
    // its stage and shows the pack's article until the first complete frame: there a
    // loading frame would be drawn, laid out as page text and composited unseen. (A later
    // load, a dropped pack or another edition, draws as ever: the stage is showing.)
    void SetDrawsBeforeFirstPack(bool draws) { draws_before_first_pack_ = draws; }

    core::Widget& widget() { return widget_; }
    Surface& surface() { return surface_; }
    bool quit_requested() const { return quit_requested_; }
    bool first_complete_frame_drawn() const { return first_complete_frame_drawn_; }

    // Called after the first frame that shows a loaded pack or its error.
    std::function<void()> on_first_complete_frame;
    // Called after a frame is drawn, before it is presented (screenshots read it here).
    std::function<void(int pixel_width, int pixel_height)> on_frame_rendered;
    // The pack writes in a right-to-left script whose face is not loaded: the platform
    // gets it (natively embedded, on the web fetched) and hands it to AddScriptFace.
    std::function<void(core::Script script)> on_script_wanted;
    // A face for `script` (both weights come one at a time); the atlas is rebuilt with it.
    void AddScriptFace(core::Script script, bool bold, std::vector<unsigned char> bytes);

private:
    void UpdateDensity();
    void BuildAtlas();
    void UploadAtlas();
    void WorkWhenIdle();
    void UpdateCursor(float x, float y);

    Surface surface_;
    bool surface_open_ = false;
    ui::Canvas canvas_;
    GlRenderer renderer_;
    bool renderer_ready_ = false;
    bool atlas_uploaded_ = false;  // the atlas built last is the GPU's texture
    ui::Fonts fonts_;
    ui::FontMetrics metrics_{fonts_};
    core::Widget widget_{metrics_};
    float density_ = 1;
    float text_scale_ = 1;
    unsigned scripts_requested_ = 0;
    int scene_checked_generation_ = -1;  // the layout last checked for characters not in the atlas
    ui::GlyphDemand glyphs_;              // what every layout so far has drawn, per style
    bool atlas_complete_ = false;         // every character rasterised: no demand from then on
    int idle_ticks_ = 0;                  // ticks in a row that drew nothing, since the last drawn frame
    bool faces_changed_ = false;
    // The faces' bytes, owned here: the atlas reads them when it is rebuilt.
    struct OwnedFace {
        core::Script script;
        bool bold;
        std::vector<unsigned char> bytes;
    };
    std::vector<OwnedFace> script_faces_;
    bool quit_requested_ = false;
    bool kiosk_ = false;
    bool draws_before_first_pack_ = true;
    char quit_key_ = 'q';
    bool first_complete_frame_drawn_ = false;
    bool hand_shown_ = false;
};

}  // namespace platform
