// app.cpp — window, GL context, ImGui, and the widget's reactions to input.
//
// [SECTION] Init and shutdown
// [SECTION] Content: pack loaded, loading, failure
// [SECTION] Input
// [SECTION] Frame: relayout when needed, draw the scene, signal the first frame
#include "platform/app.h"

#include <algorithm>
#include <cmath>

#include "core/message_layout.h"
#include "core/pack_loader.h"
#include "core/timeline_layout.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "ui/scene_draw.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
static const char* kGlslVersion = "#version 300 es";  // WebGL2
#else
#include <SDL_opengl.h>
static const char* kGlslVersion = "#version 130";  // OpenGL 3.0: what Mesa under Xvfb offers
#endif

namespace platform {

// [SECTION] Init and shutdown -------------------------------------------------------------

std::string App::Init(const char* title, int css_width, int css_height, bool high_dpi) {
    // Why SDL_HINT_NO_SIGNAL_HANDLERS: a kiosk's supervisor must be able to stop us.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
#ifdef __EMSCRIPTEN__
    // Why: SDL listens for keys on the whole window by default, which would swallow the
    // host article's keyboard; only the focused canvas should (SDL2 hard-codes the
    // canvas as "#canvas", hence the element's id in shell.html).
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
#endif
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

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing persisted: a kiosk must start the same every time
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
    ImGui_ImplOpenGL3_Init(kGlslVersion);
    SDL_GetWindowSize(window_, &view_w_, &view_h_);
    UpdateDensity();
    return {};
}

void App::Shutdown() {
    if (ImGui::GetCurrentContext()) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (gl_) SDL_GL_DeleteContext(gl_);
    if (window_) SDL_DestroyWindow(window_);
    gl_ = nullptr;
    window_ = nullptr;
    SDL_Quit();
}

// Rebuilds the font atlas when the device-pixel density changes (first run, moving
// a window between screens, browser zoom) so text stays crisp.
void App::UpdateDensity() {
    int pixel_w = 0, pixel_h = 0;
    SDL_GL_GetDrawableSize(window_, &pixel_w, &pixel_h);
    float density = view_w_ > 0 ? static_cast<float>(pixel_w) / static_cast<float>(view_w_) : 1.0f;
    density = std::clamp(density, 1.0f, 4.0f);
    if (fonts_.Get(core::TextStyle::Body) && std::fabs(density - density_) < 0.01f) return;
    density_ = density;
    ImGuiIO& io = ImGui::GetIO();
    fonts_ = ui::LoadFonts(io, density_);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    layout_dirty_ = true;
    needs_redraw_ = true;
}

// [SECTION] Content -------------------------------------------------------------------------

void App::ShowLoading(const std::string& source) {
    state_.status = core::LoadStatus::Loading;
    state_.pack_source = source;
    message_title_ = "Loading the explainer\xE2\x80\xA6";
    message_detail_ = source;
    message_items_.clear();
    message_hint_.clear();
    layout_dirty_ = needs_redraw_ = true;
}

void App::ShowPack(const std::string& source, std::string_view bytes) {
    core::PackLoadResult result = core::LoadPack(bytes);
    // A reload of the same file (an editor saving) keeps the reader's place.
    const bool reload = source == state_.pack_source && state_.status == core::LoadStatus::Ready;
    const float previous_scroll = state_.scroll_y;
    state_.pack_source = source;
    state_.error_count = result.diagnostics.ErrorCount();
    state_.warning_count = result.diagnostics.WarningCount();
    for (const core::Diagnostic& d : result.diagnostics.items)
        if (log) log(d.severity == core::Severity::Error, core::FormatDiagnostic(source, d));
    if (!result.pack) {
        pack_.reset();
        state_.status = core::LoadStatus::Error;
        const core::Diagnostic& first = result.diagnostics.items.front();
        state_.error = core::FormatDiagnostic(source, first);
        message_title_ = "This explainer's content has problems";
        message_detail_ = std::to_string(state_.error_count) + (state_.error_count == 1 ? " error" : " errors") +
                          " in " + source + ":";
        message_items_.clear();
        for (const core::Diagnostic& d : result.diagnostics.items) {
            if (d.severity != core::Severity::Error) continue;
            std::string where = d.line > 0 ? "line " + std::to_string(d.line) + ", column " + std::to_string(d.column)
                                           : std::string("whole file");
            message_items_.push_back(where + (d.pointer.empty() ? "" : " (" + d.pointer + ")") + ": " + d.message);
        }
        message_hint_ = "If you edit this pack, run `accord-pack validate` on it. Readers: please try again later.";
    } else {
        std::string previous = state_.selected_id;
        pack_ = std::move(result.pack);
        state_.status = core::LoadStatus::Ready;
        state_.error.clear();
        state_.pack_id = pack_->meta.id;
        state_.pack_title = pack_->meta.title;
        state_.selected_id.clear();
        if (!previous.empty()) Select(previous);  // keep the selection if the id survived
    }
    state_.scroll_y = reload && result.pack ? previous_scroll : 0;
    layout_dirty_ = needs_redraw_ = true;
    if (on_state_changed) on_state_changed();
}

void App::ShowLoadFailure(const std::string& source, const std::string& what) {
    pack_.reset();
    state_.status = core::LoadStatus::Error;
    state_.pack_source = source;
    state_.error = "could not load " + source + ": " + what;
    if (log) log(true, "Accord: " + state_.error);
    message_title_ = "This explainer could not be loaded";
    message_detail_ = "Could not load " + source + ": " + what + ".";
    message_items_.clear();
    message_hint_ = "Check the address of the pack (the ?pack= parameter) and your connection, then reload.";
    layout_dirty_ = needs_redraw_ = true;
    if (on_state_changed) on_state_changed();
}

void App::Select(const std::string& id) {
    if (id == state_.selected_id) return;
    if (!id.empty()) {
        bool known = false;
        for (const core::HitArea& area : scene_.hit_areas) known = known || area.item_id == id;
        if (!known && pack_) {
            for (const core::Milestone& m : pack_->milestones) known = known || m.id == id;
            for (const core::Phase& p : pack_->phases) known = known || p.id == id;
        }
        if (!known) {
            if (log) log(false, "Accord: select(\"" + id.substr(0, 80) + "\") ignored: no such item");
            return;
        }
    }
    state_.selected_id = id;
    layout_dirty_ = needs_redraw_ = true;
    if (on_state_changed) on_state_changed();
}

void App::SetTheme(ui::ThemeName theme) {
    theme_.name = theme;
    state_.theme = theme == ui::ThemeName::Dark ? "dark" : "light";
    needs_redraw_ = true;
}

void App::SetViewSize(int css_width, int css_height) {
    if (css_width == view_w_ && css_height == view_h_) return;
    SDL_SetWindowSize(window_, css_width, css_height);
    SDL_GetWindowSize(window_, &view_w_, &view_h_);
    UpdateDensity();
    layout_dirty_ = needs_redraw_ = true;
}

// [SECTION] Input -----------------------------------------------------------------------------

void App::ScrollBy(float dy) {
    float max_scroll = std::max(0.0f, scene_.height - static_cast<float>(view_h_));
    float next = std::clamp(state_.scroll_y + dy, 0.0f, max_scroll);
    if (next != state_.scroll_y) {
        state_.scroll_y = next;
        needs_redraw_ = true;
    }
}

void App::HandleEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    switch (event.type) {
        case SDL_QUIT: quit_requested_ = true; break;
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || event.window.event == SDL_WINDOWEVENT_RESIZED) {
                SDL_GetWindowSize(window_, &view_w_, &view_h_);
                UpdateDensity();
                layout_dirty_ = true;
            }
            needs_redraw_ = true;
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (event.button.button == SDL_BUTTON_LEFT) {
                press_x_ = static_cast<float>(event.button.x);
                press_y_ = static_cast<float>(event.button.y);
            }
            break;
        case SDL_MOUSEBUTTONUP:
            if (event.button.button == SDL_BUTTON_LEFT) {
                // A click (or tap) selects what is under it; empty space clears.
                float x = static_cast<float>(event.button.x), y = static_cast<float>(event.button.y);
                bool is_click = std::fabs(x - press_x_) < 8 && std::fabs(y - press_y_) < 8;
                if (is_click) {
                    ++state_.clicks;
                    std::string id = scene_.HitTest({x, y + state_.scroll_y});
                    if (id.empty() || state_.status == core::LoadStatus::Ready) Select(id == state_.selected_id ? "" : id);
                    if (on_state_changed) on_state_changed();
                }
                needs_redraw_ = true;
            }
            break;
        case SDL_MOUSEMOTION:
            if (event.motion.state & SDL_BUTTON_LMASK) ScrollBy(-static_cast<float>(event.motion.yrel));  // drag to scroll
            needs_redraw_ = true;
            break;
        case SDL_MOUSEWHEEL: ScrollBy(-event.wheel.preciseY * 48.0f); break;
        case SDL_KEYDOWN:
            if (event.key.keysym.sym == SDLK_ESCAPE) Select("");
            else if (event.key.keysym.sym == SDLK_PAGEDOWN || event.key.keysym.sym == SDLK_SPACE)
                ScrollBy(static_cast<float>(view_h_) * 0.85f);
            else if (event.key.keysym.sym == SDLK_PAGEUP) ScrollBy(-static_cast<float>(view_h_) * 0.85f);
            else if (event.key.keysym.sym == SDLK_DOWN) ScrollBy(48);
            else if (event.key.keysym.sym == SDLK_UP) ScrollBy(-48);
            else if (event.key.keysym.sym == SDLK_HOME) ScrollBy(-1e9f);
            else if (event.key.keysym.sym == SDLK_END) ScrollBy(1e9f);
            needs_redraw_ = true;
            break;
        default: break;
    }
}

// [SECTION] Frame -------------------------------------------------------------------------------

void App::Relayout() {
    ui::FontMetrics metrics(fonts_);
    const float width = static_cast<float>(view_w_), height = static_cast<float>(view_h_);
    if (state_.status == core::LoadStatus::Ready && pack_) {
        core::LayoutInput input;
        input.width = width;
        input.selected_id = state_.selected_id;
        scene_ = core::LayoutTimeline(*pack_, input, metrics);
    } else {
        core::Message message;
        message.is_error = state_.status == core::LoadStatus::Error;
        message.title = message_title_;
        message.detail = message_detail_;
        message.items = message_items_;
        message.hint = message_hint_;
        scene_ = core::LayoutMessage(message, width, height, metrics);
    }
    state_.scroll_y = std::clamp(state_.scroll_y, 0.0f, std::max(0.0f, scene_.height - height));
    layout_dirty_ = false;
}

bool App::Frame() {
    if (!needs_redraw_) return false;
    needs_redraw_ = false;
    if (layout_dirty_) Relayout();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (state_.status == core::LoadStatus::Ready && !scene_.HitTest({mouse.x, mouse.y + state_.scroll_y}).empty())
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ui::DrawScene(ImGui::GetBackgroundDrawList(), scene_, ImVec2(0, -std::round(state_.scroll_y)), theme_, fonts_);
    ImGui::Render();

    int pixel_w = 0, pixel_h = 0;
    SDL_GL_GetDrawableSize(window_, &pixel_w, &pixel_h);
    glViewport(0, 0, pixel_w, pixel_h);
    ImVec4 bg = ImGui::ColorConvertU32ToFloat4(theme_.Color(core::ColorRole::Background));
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (on_frame_rendered) on_frame_rendered(pixel_w, pixel_h);
    SDL_GL_SwapWindow(window_);
    ++state_.frames_drawn;

    if (!first_complete_frame_drawn_ && state_.status != core::LoadStatus::Loading) {
        first_complete_frame_drawn_ = true;
        if (on_first_complete_frame) on_first_complete_frame();
    }
    return true;
}

}  // namespace platform
