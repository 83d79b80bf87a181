// app.cpp — the platform seam: SDL2 window, GL context and the canvas it draws; SDL events become
// the core Widget's neutral input, and its frames are drawn. Behaviour lives in
// core/state/widget.cpp, not here.
//
// [SECTION] Init and shutdown
// [SECTION] Frame
// (SDL events become the widget's input in app_input.cpp.)
#include "platform/app.h"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui/scene_draw.h"

namespace platform {

// [SECTION] Init and shutdown -------------------------------------------------------------

std::string App::Init(const char* title, int css_width, int css_height, bool high_dpi) {
    // Why SDL_HINT_NO_SIGNAL_HANDLERS: a kiosk's supervisor must be able to stop us.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    // On the web SDL listens to no browser event at all (cmake/sdl2_wasm_events.c): the
    // page's text layer forwards input, so the host article keeps its keyboard. SDL2
    // hard-codes the canvas as "#canvas", hence the element's id in shell.html.
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0)
        return std::string("SDL_Init failed: ") + SDL_GetError();
#ifdef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    Uint32 flags = SDL_WINDOW_OPENGL | (high_dpi ? SDL_WINDOW_ALLOW_HIGHDPI : 0);
#ifndef __EMSCRIPTEN__
    flags |= SDL_WINDOW_RESIZABLE;  // on the web the page sizes the canvas (SetViewSize)
#endif
    window_ = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, css_width, css_height, flags);
    if (!window_) return std::string("SDL_CreateWindow failed: ") + SDL_GetError();
    gl_ = SDL_GL_CreateContext(window_);
    if (!gl_) return std::string("could not create an OpenGL context: ") + SDL_GetError();
    SDL_GL_MakeCurrent(window_, gl_);
    SDL_GL_SetSwapInterval(1);

    // The cursor is ours (a hand over clickable things), set on hover without a redraw.
    arrow_cursor_ = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_ARROW);
    hand_cursor_ = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_HAND);
    if (std::string error = renderer_.Create(); !error.empty()) return "could not set up drawing: " + error;
    renderer_ready_ = true;
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    widget_.Resize({static_cast<float>(w), static_cast<float>(h)});
    UpdateDensity();
    return {};
}

void App::Shutdown() {
    if (renderer_ready_) renderer_.Destroy();
    renderer_ready_ = false;
    if (arrow_cursor_) SDL_FreeCursor(arrow_cursor_);
    if (hand_cursor_) SDL_FreeCursor(hand_cursor_);
    arrow_cursor_ = hand_cursor_ = nullptr;
    if (gl_) SDL_GL_DeleteContext(gl_);
    if (window_) SDL_DestroyWindow(window_);
    gl_ = nullptr;
    window_ = nullptr;
    SDL_Quit();
}

// Rebuilds the font atlas when the device-pixel density changes (first run, moving
// a window between screens, browser zoom) so text stays crisp, and when the widget asks
// for larger type (a kiosk).
void App::UpdateDensity() {
    int pixel_w = 0, pixel_h = 0, view_w = 0, view_h = 0;
    SDL_GL_GetDrawableSize(window_, &pixel_w, &pixel_h);
    SDL_GetWindowSize(window_, &view_w, &view_h);
    float density = view_w > 0 ? static_cast<float>(pixel_w) / static_cast<float>(view_w) : 1.0f;
    density = std::clamp(density, 1.0f, 4.0f);
    const float text_scale = widget_.TextScale();
    if (fonts_.Get(core::TextStyle::Body) && std::fabs(density - density_) < 0.01f && text_scale == text_scale_ &&
        !faces_changed_)
        return;
    density_ = density;
    text_scale_ = text_scale;
    faces_changed_ = false;
    std::vector<ui::ScriptFace> faces;
    for (const OwnedFace& f : script_faces_)
        faces.push_back({f.script, f.bold, f.bytes.data(), static_cast<unsigned>(f.bytes.size())});
    fonts_ = ui::LoadFonts(canvas_.atlas(), density_, text_scale_, faces);
    if (!canvas_.atlas().TexPixelsAlpha8 && !faces.empty()) {
        // A face that passed the check but still could not be read: without it, rather
        // than with no text at all.
        if (widget_.log) widget_.log(true, "accord: a fetched font could not be read; drawing without it");
        script_faces_.clear();
        fonts_ = ui::LoadFonts(canvas_.atlas(), density_, text_scale_, {});
    }
    canvas_.AtlasBuilt();
    renderer_.UploadAtlas(canvas_.atlas());
    widget_.MetricsChanged();
}

// Why: a lost WebGL context takes every GL object with it, and neither SDL2's emscripten
// backend nor ImGui's own web example notices (it leaves it as a FIXME). Once the
// browser restores the context (empty, same JS object) the old names are dead: deleting
// them is harmless, and the shader, buffers and atlas texture are made afresh at the
// current density. The widget then draws its frame again by itself.
void App::RestoreGl() {
    if (!renderer_ready_ || !gl_) return;
    SDL_GL_MakeCurrent(window_, gl_);
    renderer_.Destroy();
    if (std::string error = renderer_.Create(); !error.empty()) {
        if (widget_.log) widget_.log(true, "accord: drawing could not be set up again after the GL context was restored: " + error);
        return;
    }
    renderer_.UploadAtlas(canvas_.atlas());
    widget_.RequestRedraw();
}

void App::SetViewSize(int css_width, int css_height) {
    SDL_SetWindowSize(window_, css_width, css_height);
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
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
    for (const core::SceneText& text : scene.texts)
        for (const std::string& line : text.lines) {
            const char* s = line.c_str();
            const char* end = s + line.size();
            while (s < end) {
                unsigned int c = 0;
                s += ImTextCharFromUtf8(&c, s, end);
                if (!ui::CoversLatin(fonts, c)) return true;
            }
        }
    return false;
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
    widget_.Tick(SDL_GetTicks());
    if (!widget_.NeedsRedraw()) return false;
    const core::FrameView frame = widget_.Frame();
    // The web build embeds only the Latin letters its shipped packs use (Fonts.cmake): a
    // new layout that draws another asks for the rest of the Latin faces, once.
    const unsigned latin_rest = core::ScriptBit(core::Script::LatinRest);
    if (kLatinFacesSplit && !(scripts_requested_ & latin_rest) && widget_.layout_generation() != latin_checked_generation_) {
        latin_checked_generation_ = widget_.layout_generation();
        if (DrawsUncoveredLatin(*frame.scene, fonts_)) {
            scripts_requested_ |= latin_rest;
            if (on_script_wanted) on_script_wanted(core::Script::LatinRest);
        }
    }
    ui::Theme theme;
    theme.name = frame.theme;
    theme.high_contrast = frame.high_contrast;

    int view_w = 0, view_h = 0;
    SDL_GetWindowSize(window_, &view_w, &view_h);
    ImDrawList& draw_list = canvas_.BeginFrame(static_cast<float>(view_w), static_cast<float>(view_h));
    int mouse_x = 0, mouse_y = 0;
    SDL_GetMouseState(&mouse_x, &mouse_y);
    UpdateCursor(static_cast<float>(mouse_x), static_cast<float>(mouse_y));  // the content under the pointer may have moved
    ui::DrawOptions options;
    options.highlighted = frame.highlighted;
    options.dim_alpha = frame.dim_alpha;
    options.focus = frame.focus;
    ui::DrawScene(&draw_list, *frame.scene, ImVec2(0, -frame.scroll_y), theme, fonts_, options);
    canvas_.EndFrame();

    int pixel_w = 0, pixel_h = 0;
    SDL_GL_GetDrawableSize(window_, &pixel_w, &pixel_h);
    const ImU32 bg = theme.Color(core::ColorRole::Background);  // ImGui packs colours as ABGR
    const float background[4] = {static_cast<float>(bg & 0xFF) / 255.0f, static_cast<float>((bg >> 8) & 0xFF) / 255.0f,
                                 static_cast<float>((bg >> 16) & 0xFF) / 255.0f, 1.0f};
    renderer_.Draw(canvas_, pixel_w, pixel_h, background);
    if (on_frame_rendered) on_frame_rendered(pixel_w, pixel_h);
    SDL_GL_SwapWindow(window_);
    widget_.FrameDrawn();

    if (!first_complete_frame_drawn_ && widget_.state().status != core::LoadStatus::Loading) {
        first_complete_frame_drawn_ = true;
        if (on_first_complete_frame) on_first_complete_frame();
    }
    return true;
}

}  // namespace platform
