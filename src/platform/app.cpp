// app.cpp — the platform seam: the Surface (window or canvas, GL context), the fonts and
// the canvas it draws, and the core Widget's frames drawn on it. Behaviour lives in
// core/state/widget.cpp, not here.
//
// [SECTION] Init and shutdown
// [SECTION] Frame
// (Natively, SDL events become the widget's input in app_input.cpp.)
#include "platform/app.h"

#include <algorithm>
#include <cmath>

#include "ui/scene_draw.h"

namespace platform {

// [SECTION] Init and shutdown -------------------------------------------------------------

std::string App::Init(const char* title, int css_width, int css_height, bool high_dpi) {
    std::string error = surface_.Open(title, css_width, css_height, high_dpi);
    surface_open_ = true;  // Close() undoes whatever part of Open() succeeded
    if (!error.empty()) return error;
    if (error = renderer_.Create(); !error.empty()) return "could not set up drawing: " + error;
    renderer_ready_ = true;
    int w = 0, h = 0;
    surface_.ViewSize(w, h);
    widget_.Resize({static_cast<float>(w), static_cast<float>(h)});
    UpdateDensity();
    return {};
}

void App::Shutdown() {
    if (renderer_ready_) renderer_.Destroy();
    renderer_ready_ = false;
    if (surface_open_) surface_.Close();
    surface_open_ = false;
}

// Rebuilds the font atlas when the device-pixel density changes (first run, moving
// a window between screens, browser zoom) so text stays crisp, and when the widget asks
// for larger type (a kiosk).
void App::UpdateDensity() {
    int pixel_w = 0, pixel_h = 0, view_w = 0, view_h = 0;
    surface_.PixelSize(pixel_w, pixel_h);
    surface_.ViewSize(view_w, view_h);
    float density = view_w > 0 ? static_cast<float>(pixel_w) / static_cast<float>(view_w) : 1.0f;
    density = std::clamp(density, 1.0f, 4.0f);
    const float text_scale = widget_.TextScale();
    if (fonts_.Get(core::TextStyle::Body) && std::fabs(density - density_) < 0.01f && text_scale == text_scale_ &&
        !faces_changed_)
        return;
    density_ = density;
    text_scale_ = text_scale;
    faces_changed_ = false;
    BuildAtlas();
    canvas_.SetDensity(density_);
    widget_.MetricsChanged();
}

// The atlas rasterises only what the layouts so far have drawn (glyphs_); every other
// character gets its advance alone, so a rebuild for more letters leaves every
// measurement, and so every layout, as it was.
void App::BuildAtlas() {
    std::vector<ui::ScriptFace> faces;
    for (const OwnedFace& f : script_faces_)
        faces.push_back({f.script, f.bold, f.bytes.data(), static_cast<unsigned>(f.bytes.size())});
    const ui::GlyphDemand* demand = atlas_complete_ ? nullptr : &glyphs_;
    fonts_ = ui::LoadFonts(canvas_.atlas(), density_, text_scale_, faces, demand);
    if (!canvas_.atlas().TexPixelsAlpha8 && !faces.empty()) {
        // A face that passed the check but still could not be read: without it, rather
        // than with no text at all.
        if (widget_.log) widget_.log(true, "accord: a fetched font could not be read; drawing without it");
        script_faces_.clear();
        fonts_ = ui::LoadFonts(canvas_.atlas(), density_, text_scale_, {}, demand);
    }
    canvas_.AtlasBuilt();
    // Uploaded by the frame that draws with it (Frame): before the first frame the atlas
    // is built for its measurements (every layout needs them) and then again with the
    // first layout's letters, and only that one is drawn (a texture upload is another
    // wait for the GPU's process).
    atlas_uploaded_ = false;
}

void App::UploadAtlas() {
    renderer_.UploadAtlas(canvas_.atlas());
    atlas_uploaded_ = true;
}

// What waits until the first complete frame is up and the widget has drawn nothing for
// a few ticks (its text layer in, the page settled), in ticks of the frame loop: about
// 16 ms each on a 60 Hz page; natively, where the loop waits up to half a second for an
// event (main_native.cpp), up to that.
// - A valid pack's warnings are placed in its text and logged (Widget::LogOwedWarnings):
//   the shipped pack's 40 were a sixth of its load.
// - The rest of every face is rasterised, once, with no frame drawn: the first frames
//   rasterise only what they draw, and a reader's selections then bring new text with no
//   atlas to rebuild (measured over a tour of every item: p95 CPU per drawn frame 2.5 ms
//   with a full atlas, 4.9 ms when each new letter rebuilt it).
void App::WorkWhenIdle() {
    constexpr int kIdleTicksWarnings = 3, kIdleTicksAtlas = 10;
    if (!first_complete_frame_drawn_) return;
    if (idle_ticks_ < kIdleTicksAtlas) ++idle_ticks_;
    if (idle_ticks_ >= kIdleTicksWarnings) widget_.LogOwedWarnings();
    if (atlas_complete_ || idle_ticks_ < kIdleTicksAtlas) return;
    atlas_complete_ = true;
    BuildAtlas();
    UploadAtlas();  // now, not in the reader's next frame
}

// Why: a lost WebGL context takes every GL object with it, and neither Emscripten's
// context nor ImGui's own web example notices (it leaves it as a FIXME). Once the
// browser restores the context (empty, same JS object) the old names are dead: deleting
// them is harmless, and the shader, buffers and atlas texture are made afresh at the
// current density. The widget then draws its frame again by itself.
void App::RestoreGl() {
    if (!renderer_ready_ || !surface_open_) return;
    surface_.MakeCurrent();
    renderer_.Destroy();
    if (std::string error = renderer_.Create(); !error.empty()) {
        if (widget_.log) widget_.log(true, "accord: drawing could not be set up again after the GL context was restored: " + error);
        return;
    }
    UploadAtlas();
    widget_.RequestRedraw();
}

void App::SetKiosk(char quit_key) {
    kiosk_ = true;
    quit_key_ = quit_key;
    surface_.SetFullscreen();  // natively; on the web the page decides
}

void App::SetViewSize(int css_width, int css_height) {
    surface_.Resize(css_width, css_height);
    int w = 0, h = 0;
    surface_.ViewSize(w, h);
    UpdateDensity();
    widget_.Resize({static_cast<float>(w), static_cast<float>(h)});
}

// [SECTION] Frame ---------------------------------------------------------------------------

namespace {
// Only the web build embeds part of the Latin faces (cmake/Fonts.cmake): natively every
// Latin letter is in the atlas, and a layout has nothing to be checked for.
#ifdef __EMSCRIPTEN__
constexpr bool kLatinFacesSplit = true;
#else
constexpr bool kLatinFacesSplit = false;
#endif

bool DrawsUncoveredLatin(const core::Scene& scene, const ui::Fonts& fonts) {
    bool uncovered = false;
    ui::ForEachDrawnCharacter(scene, [&](core::TextStyle, unsigned int c) {
        uncovered = !ui::CoversLatin(fonts, c);
        return !uncovered;
    });
    return uncovered;
}
}  // namespace

void App::AddScriptFace(core::Script script, bool bold, std::vector<unsigned char> bytes) {
    // Why check: the bytes come from the network (fonts/ beside the page), and a server
    // that answers a missing face with an HTML page and status 200 would hand the atlas
    // bytes stb_truetype cannot read; its build then fails, and every text with it.
    // A face is an sfnt: version 1.0 or 'true' (TrueType), 'OTTO' (CFF), a table count.
    const bool sfnt = bytes.size() >= 12 &&
                      ((bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0) ||
                       std::equal(bytes.begin(), bytes.begin() + 4, "true") || std::equal(bytes.begin(), bytes.begin() + 4, "OTTO")) &&
                      (bytes[4] << 8 | bytes[5]) > 0;
    if (!sfnt) {
        if (widget_.log)
            widget_.log(true, std::string("accord: a font for ") + core::ScriptName(script) +
                                  " arrived but is not a TrueType or OpenType face (" + std::to_string(bytes.size()) +
                                  " bytes); its letters show as boxes");
        return;
    }
    script_faces_.push_back({script, bold, std::move(bytes)});
    faces_changed_ = true;
}

bool App::Frame() {
    // Faces for the scripts a new pack writes in: asked for once each.
    const unsigned wanted = widget_.ScriptsWanted() & ~scripts_requested_;
    for (int s = 0; s < core::kScriptCount; ++s)
        if (wanted & core::ScriptBit(static_cast<core::Script>(s))) {
            scripts_requested_ |= core::ScriptBit(static_cast<core::Script>(s));
            if (on_script_wanted) on_script_wanted(static_cast<core::Script>(s));
        }
    // A kiosk switched on (larger type), or a script's face arrived.
    if (widget_.TextScale() != text_scale_ || faces_changed_) UpdateDensity();
    widget_.Tick(surface_.Milliseconds());
    if (!widget_.NeedsRedraw()) {
        WorkWhenIdle();
        return false;
    }
    idle_ticks_ = 0;
    if (!draws_before_first_pack_ && !first_complete_frame_drawn_ && widget_.state().status == core::LoadStatus::Loading)
        return false;  // the frame stays owed
    const core::FrameView frame = widget_.Frame();
    // Each new layout's characters, checked once, before it is drawn.
    if (widget_.layout_generation() != scene_checked_generation_) {
        scene_checked_generation_ = widget_.layout_generation();
        // The web build embeds only the Latin letters its shipped packs use (Fonts.cmake):
        // a layout that draws another asks for the rest of the Latin faces, once.
        const unsigned latin_rest = core::ScriptBit(core::Script::LatinRest);
        if (kLatinFacesSplit && !(scripts_requested_ & latin_rest) && DrawsUncoveredLatin(*frame.scene, fonts_)) {
            scripts_requested_ |= latin_rest;
            if (on_script_wanted) on_script_wanted(core::Script::LatinRest);
        }
        // One that draws a character the atlas has not rasterised yet in its style (the
        // first layout draws nearly all of them): the atlas is rebuilt before it is drawn.
        if (!atlas_complete_ && glyphs_.AddScene(*frame.scene)) BuildAtlas();
    }
    if (!atlas_uploaded_) UploadAtlas();  // before the frame's draw list names its texture
    ui::Theme theme;
    theme.name = frame.theme;
    theme.high_contrast = frame.high_contrast;

    int view_w = 0, view_h = 0;
    surface_.ViewSize(view_w, view_h);
    ImDrawList& draw_list = canvas_.BeginFrame(static_cast<float>(view_w), static_cast<float>(view_h));
    float pointer_x = 0, pointer_y = 0;
    if (surface_.PointerPosition(pointer_x, pointer_y))
        UpdateCursor(pointer_x, pointer_y);  // the content under the pointer may have moved
    ui::DrawOptions options;
    options.highlighted = frame.highlighted;
    options.dim_alpha = frame.dim_alpha;
    options.focus = frame.focus;
    ui::DrawScene(&draw_list, *frame.scene, ImVec2(0, -frame.scroll_y), theme, fonts_, options);
    canvas_.EndFrame();

    int pixel_w = 0, pixel_h = 0;
    surface_.PixelSize(pixel_w, pixel_h);
    const ImU32 bg = theme.Color(core::ColorRole::Background);  // ImGui packs colours as ABGR
    const float background[4] = {static_cast<float>(bg & 0xFF) / 255.0f, static_cast<float>((bg >> 8) & 0xFF) / 255.0f,
                                 static_cast<float>((bg >> 16) & 0xFF) / 255.0f, 1.0f};
    renderer_.Draw(canvas_, pixel_w, pixel_h, background);
    if (on_frame_rendered) on_frame_rendered(pixel_w, pixel_h);
    surface_.Present();
    widget_.FrameDrawn();

    if (!first_complete_frame_drawn_ && widget_.state().status != core::LoadStatus::Loading) {
        first_complete_frame_drawn_ = true;
        if (on_first_complete_frame) on_first_complete_frame();
    }
    return true;
}

void App::UpdateCursor(float x, float y) {
    const bool hand = widget_.IsClickableAt({x, y});
    if (hand == hand_shown_) return;
    hand_shown_ = hand;
    surface_.ShowHandCursor(hand);
}

}  // namespace platform
