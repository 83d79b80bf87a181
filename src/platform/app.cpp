// app.cpp — window, GL context, ImGui, and the widget's reactions to input.
//
// [SECTION] Init and shutdown
// [SECTION] Content: pack loaded, loading, failure
// [SECTION] Input
// [SECTION] Frame: relayout when needed, draw the scene, signal the first frame
#include "platform/app.h"

#include <algorithm>
#include <cmath>

#include "core/layout/diagram_layout.h"
#include "core/pack/links.h"
#include "core/layout/message_layout.h"
#include "core/pack/pack_loader.h"
#include "core/state/url_hash.h"
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
    // The cursor is ours (a hand over clickable things), set on hover without a redraw.
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    arrow_cursor_ = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_ARROW);
    hand_cursor_ = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_HAND);
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
        state_.highlighted.clear();
        if (!pending_hash_.empty()) {
            std::string hash;
            hash.swap(pending_hash_);
            ApplyHash(hash);
        } else if (!previous.empty()) {
            Select(previous);  // keep the selection if the id survived
        }
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
    if (!id.empty() && (!pack_ || !core::IsSelectableId(*pack_, id))) {
        if (log) log(false, "Accord: select(\"" + id.substr(0, 80) + "\") ignored: no such item");
        return;
    }
    state_.selected_id = id;
    state_.highlighted = pack_ ? core::LinkedIds(*pack_, id) : std::set<std::string>{};
    details_scroll_ = 0;
    highlight_started_ = SDL_GetTicks();
    Changed();
}

void App::SetView(const std::string& view) {
    if (!core::IsKnownView(view) || view == state_.view) return;
    state_.view = view;
    state_.scroll_y = 0;
    Changed();
}

void App::ApplyHash(const std::string& hash) {
    if (!pack_) {
        pending_hash_ = hash.empty() ? "#" : hash;
        return;
    }
    std::vector<std::string> warnings;
    core::HashState place = core::DecodeHash(hash, warnings);
    for (const std::string& w : warnings)
        if (log) log(false, "Accord: " + w);
    if (!place.item.empty() && !core::IsSelectableId(*pack_, place.item)) {
        if (log) log(false, "Accord: ignored #item=" + place.item + ": no such item in this pack");
        place.item.clear();
    }
    if (!place.view.empty()) state_.view = place.view;
    Select(place.item);
    highlight_started_ = SDL_GetTicks() - 10000;  // a restored place shows at once: no fade (unsigned wrap is fine)
    RevealSelection();
    Changed();
}

void App::Changed() {
    layout_dirty_ = needs_redraw_ = true;
    if (on_state_changed) on_state_changed();
}

void App::ClearFocus() {
    if (state_.focus_id.empty()) return;
    state_.focus_id.clear();
    needs_redraw_ = true;
    if (on_state_changed) on_state_changed();
}

void App::FocusFirst(bool from_end) {
    state_.focus_id.clear();
    MoveFocus(from_end ? -1 : 1);
}

void App::SetTouch(bool touch) {
    if (touch == touch_) return;
    touch_ = touch;
    layout_dirty_ = needs_redraw_ = true;
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

void App::UpdateCursor(float x, float y) {
    std::string id = details_.HitTest({x, y});
    if (id.empty()) id = scene_.HitTest({x, y + state_.scroll_y});  // the details panel covers the scene
    const bool hand = state_.status == core::LoadStatus::Ready && !id.empty() && id != "control:details";
    if (hand == hand_shown_) return;
    hand_shown_ = hand;
    if (SDL_Cursor* cursor = hand ? hand_cursor_ : arrow_cursor_) SDL_SetCursor(cursor);
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
        case SDL_FINGERDOWN:
            // A touch screen: grow targets to 44 px before the tap's click arrives.
            SetTouch(true);
            if (layout_dirty_) Relayout();
            break;
        case SDL_MULTIGESTURE:
            if (!scene_.map_viewport.w || std::fabs(event.mgesture.dDist) < 0.002f) break;
            ZoomMap(1.0f + event.mgesture.dDist * 4.0f,
                    {scene_.map_viewport.x + scene_.map_viewport.w / 2, scene_.map_viewport.y + scene_.map_viewport.h / 2});
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (event.button.button == SDL_BUTTON_LEFT) {
                press_x_ = static_cast<float>(event.button.x);
                press_y_ = static_cast<float>(event.button.y);
                drag_in_map_ = scene_.map_viewport.Contains({press_x_, press_y_ + state_.scroll_y});
            }
            break;
        case SDL_MOUSEBUTTONUP:
            if (event.button.button == SDL_BUTTON_LEFT) {
                // A click (or tap) activates what is under it; empty space clears.
                float x = static_cast<float>(event.button.x), y = static_cast<float>(event.button.y);
                bool is_click = std::fabs(x - press_x_) < 8 && std::fabs(y - press_y_) < 8;
                drag_in_map_ = false;
                if (is_click) {
                    ++state_.clicks;
                    std::string id = details_.HitTest({x, y});
                    if (id.empty()) id = scene_.HitTest({x, y + state_.scroll_y});
                    if (state_.status == core::LoadStatus::Ready) Activate(id);
                    if (on_state_changed) on_state_changed();
                }
                needs_redraw_ = true;
            }
            break;
        case SDL_MOUSEMOTION:
            if (event.motion.state & SDL_BUTTON_LMASK) {
                if (drag_in_map_) {
                    map_view_.pan.x += static_cast<float>(event.motion.xrel);
                    map_view_.pan.y += static_cast<float>(event.motion.yrel);
                    layout_dirty_ = true;
                } else {
                    ScrollBy(-static_cast<float>(event.motion.yrel));  // drag to scroll
                }
            } else {
                // Hovering changes nothing on screen but the cursor: no frame.
                UpdateCursor(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
                break;
            }
            needs_redraw_ = true;
            break;
        case SDL_MOUSEWHEEL: {
            int mx = 0, my = 0;
            SDL_GetMouseState(&mx, &my);
            core::Vec2 at{static_cast<float>(mx), static_cast<float>(my) + state_.scroll_y};
            // Over the details the wheel scrolls them; over the map it zooms (about the
            // pointer); elsewhere it scrolls the page.
            if (!details_.HitTest({static_cast<float>(mx), static_cast<float>(my)}).empty()) {
                details_scroll_ = std::clamp(details_scroll_ - event.wheel.preciseY * 40.0f, 0.0f, details_.height);
                layout_dirty_ = needs_redraw_ = true;
            } else if (scene_.map_viewport.Contains(at) && (SDL_GetModState() & KMOD_CTRL || !touch_))
                ZoomMap(event.wheel.preciseY > 0 ? 1.25f : 0.8f, at);
            else
                ScrollBy(-event.wheel.preciseY * 48.0f);
            break;
        }
        case SDL_KEYDOWN: {
            const SDL_Keycode key = event.key.keysym.sym;
            const bool shift = (event.key.keysym.mod & KMOD_SHIFT) != 0;
            if (key == SDLK_TAB) MoveFocus(shift ? -1 : 1);
            else if (key == SDLK_RIGHT || key == SDLK_DOWN) MoveFocus(1);
            else if (key == SDLK_LEFT || key == SDLK_UP) MoveFocus(-1);
            else if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE) {
                if (!state_.focus_id.empty()) Activate(state_.focus_id);
            } else if (key == SDLK_ESCAPE) Select("");
            else if (key == SDLK_PAGEDOWN) ScrollBy(static_cast<float>(view_h_) * 0.85f);
            else if (key == SDLK_PAGEUP) ScrollBy(-static_cast<float>(view_h_) * 0.85f);
            else if (key == SDLK_HOME) ScrollBy(-1e9f);
            else if (key == SDLK_END) ScrollBy(1e9f);
            else if (key == SDLK_PLUS || key == SDLK_EQUALS || key == SDLK_KP_PLUS) ZoomMap(1.25f, {-1, -1});
            else if (key == SDLK_MINUS || key == SDLK_KP_MINUS) ZoomMap(0.8f, {-1, -1});
            needs_redraw_ = true;
            break;
        }
        default: break;
    }
}

void App::Activate(const std::string& id) {
    if (id == "control:details") return;  // a click inside the details panel
    if (id == "control:close-details") return Select("");
    if (id.rfind("control:view-", 0) == 0) return SetView(id.substr(13));
    if (id == "control:context") {
        context_expanded_ = !context_expanded_;
        return Changed();
    }
    if (id == "control:zoom-in") return ZoomMap(1.5f, {-1, -1});
    if (id == "control:zoom-out") return ZoomMap(1 / 1.5f, {-1, -1});
    if (id == "control:reset") {
        map_view_.zoom = 1;
        map_view_.pan = {};
        state_.map_zoom = 1;
        return Changed();
    }
    if (id.rfind("control:layer-", 0) == 0) {
        std::string style = id.substr(14);
        if (!map_view_.hidden_styles.erase(style)) map_view_.hidden_styles.insert(style);
        state_.hidden_layers.assign(map_view_.hidden_styles.begin(), map_view_.hidden_styles.end());
        return Changed();
    }
    // An item chosen in the details (a linked one) opens its view on a phone.
    bool from_details = false;
    for (const core::HitArea& area : details_.hit_areas) from_details |= area.item_id == id;
    Select(id == state_.selected_id ? "" : id);
    if (from_details && pack_ && state_.layout == "phone") {
        SetView(core::ViewOf(*pack_, id));
        RevealSelection();
    }
}

// `about` in content coordinates; (-1, -1): the map's centre.
void App::ZoomMap(float factor, core::Vec2 about) {
    const core::Rect& vp = scene_.map_viewport;
    if (vp.w <= 0) return;
    const float zoom = std::clamp(map_view_.zoom * factor, 1.0f, 16.0f);
    factor = zoom / map_view_.zoom;
    if (about.x < 0) about = {vp.x + vp.w / 2, vp.y + vp.h / 2};
    // Keep the point under the pointer where it is: pan' = d - f (d - pan), d from the centre.
    core::Vec2 d{about.x - (vp.x + vp.w / 2), about.y - (vp.y + vp.h / 2)};
    map_view_.pan = {d.x - factor * (d.x - map_view_.pan.x), d.y - factor * (d.y - map_view_.pan.y)};
    if (zoom == 1) map_view_.pan = {};
    map_view_.zoom = zoom;
    state_.map_zoom = zoom;
    layout_dirty_ = needs_redraw_ = true;
}

void App::MoveFocus(int step) {
    std::vector<core::HitArea> targets = details_.Targets(false);
    for (const core::HitArea& t : details_.Targets(true))
        if (t.item_id == "control:close-details") targets.push_back(t);
    std::vector<core::HitArea> main = scene_.Targets(true);
    targets.insert(targets.begin(), main.begin(), main.end());
    if (targets.empty()) return;
    int index = -1;
    for (size_t i = 0; i < targets.size(); ++i)
        if (targets[i].item_id == state_.focus_id) index = static_cast<int>(i);
    int next = index < 0 ? (step > 0 ? 0 : static_cast<int>(targets.size()) - 1) : index + step;
    if (next < 0 || next >= static_cast<int>(targets.size())) {
        state_.focus_id.clear();  // focus leaves the widget (the page moves it on)
    } else {
        state_.focus_id = targets[next].item_id;
        bool in_details = false;
        for (const core::HitArea& t : details_.hit_areas) in_details |= t.item_id == state_.focus_id;
        if (!in_details) ScrollIntoView(targets[next].rect);
    }
    needs_redraw_ = true;
    if (on_state_changed) on_state_changed();
}

bool App::FocusAtEdge(bool backwards) const {
    std::vector<core::HitArea> targets = scene_.Targets(true);
    if (!details_.hit_areas.empty()) targets.push_back({{}, "control:close-details"});
    if (targets.empty()) return true;
    const std::string& edge = backwards ? targets.front().item_id : targets.back().item_id;
    return state_.focus_id == edge;
}

void App::ScrollIntoView(const core::Rect& rect) {
    const float top = state_.scroll_y, bottom = state_.scroll_y + static_cast<float>(view_h_) * 0.6f;
    if (rect.y < top + 8) ScrollBy(rect.y - 8 - top);
    else if (rect.Bottom() > bottom) ScrollBy(std::min(rect.Bottom() - bottom, rect.y - 8 - top));  // tall: show its top
}

// [SECTION] Frame -------------------------------------------------------------------------------

void App::Relayout() {
    ui::FontMetrics metrics(fonts_);
    const float width = static_cast<float>(view_w_), height = static_cast<float>(view_h_);
    if (state_.status == core::LoadStatus::Ready && pack_) {
        core::DiagramInput input;
        input.width = width;
        input.height = height;
        input.selected_id = state_.selected_id;
        input.highlighted = state_.highlighted;
        input.view = state_.view;
        input.map = map_view_;
        input.touch = touch_;
        input.context_expanded = context_expanded_;
        scene_ = core::LayoutDiagram(*pack_, input, metrics);
        details_ = core::LayoutDetails(*pack_, state_.selected_id, width, height, metrics, details_scroll_,
                                       state_.highlighted);
        details_scroll_ = std::min(details_scroll_, details_.height);
        state_.layout = core::LayoutModeName(core::ModeForWidth(width));
    } else {
        core::Message message;
        message.is_error = state_.status == core::LoadStatus::Error;
        message.title = message_title_;
        message.detail = message_detail_;
        message.items = message_items_;
        message.hint = message_hint_;
        scene_ = core::LayoutMessage(message, width, height, metrics);
        details_ = {};
    }
    state_.scroll_y = std::clamp(state_.scroll_y, 0.0f, std::max(0.0f, scene_.height - height));
    layout_dirty_ = false;
    if (reveal_selection_) {
        reveal_selection_ = false;
        for (const core::HitArea& target : scene_.Targets(false))
            if (target.item_id == state_.selected_id) {
                ScrollIntoView(target.rect);
                break;
            }
    }
}

bool App::Frame() {
    if (!needs_redraw_) return false;
    needs_redraw_ = false;
    if (layout_dirty_) Relayout();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    UpdateCursor(mouse.x, mouse.y);  // the content under the pointer may have moved
    // Fade what is not linked to the selection, over at most 160 ms (none when the
    // reader asked for reduced motion).
    ui::DrawOptions options;
    options.highlighted = &state_.highlighted;
    const float fade_ms = reduced_motion_ ? 0.0f : 160.0f;
    const float t = fade_ms > 0 ? std::min(1.0f, static_cast<float>(SDL_GetTicks() - highlight_started_) / fade_ms) : 1.0f;
    options.dim_alpha = 1.0f - t * (1.0f - 0.28f);
    options.focus_id = state_.focus_id;
    ui::DrawScene(ImGui::GetBackgroundDrawList(), scene_, ImVec2(0, -std::round(state_.scroll_y)), theme_, fonts_, options);
    ui::DrawOptions details_options;
    details_options.focus_id = state_.focus_id;
    ui::DrawScene(ImGui::GetForegroundDrawList(), details_, ImVec2(0, 0), theme_, fonts_, details_options);
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
    if (t < 1.0f) needs_redraw_ = true;  // the fade is still running

    if (!first_complete_frame_drawn_ && state_.status != core::LoadStatus::Loading) {
        first_complete_frame_drawn_ = true;
        if (on_first_complete_frame) on_first_complete_frame();
    }
    return true;
}

}  // namespace platform
