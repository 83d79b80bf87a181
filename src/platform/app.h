// app.h — the widget as callbacks (init, event, frame, shutdown) over SDL2 + OpenGL,
// shared by the native loop (main_native.cpp) and the browser's (main_web.cpp).
// Owns the window, the ImGui context, the loaded pack, its scene and the AppState.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <SDL.h>

#include "core/state/app_state.h"
#include "core/layout/map_layout.h"
#include "core/pack/pack.h"
#include "core/layout/scene.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace platform {

class App {
public:
    // Creates the window (css_width x css_height) and GL context, and loads fonts.
    // Returns an error message, or "" on success.
    std::string Init(const char* title, int css_width, int css_height, bool high_dpi);
    void Shutdown();

    void HandleEvent(const SDL_Event& event);
    // Draws a frame if anything changed since the last one; returns whether it drew.
    bool Frame();

    void ShowLoading(const std::string& source);
    void ShowPack(const std::string& source, std::string_view bytes);
    void ShowLoadFailure(const std::string& source, const std::string& what);

    void Select(const std::string& id);  // "" clears; unknown ids are ignored with a warning
    void SetView(const std::string& view);  // timeline, amendments or map (phones show one)
    // Restores the reader's place from a URL fragment (#item=...&view=...); applied
    // when the pack has loaded if it has not yet.
    void ApplyHash(const std::string& hash);
    // Keyboard focus: true when moving it would leave the widget (the page then
    // moves focus on, so the canvas never traps Tab).
    bool FocusAtEdge(bool backwards) const;
    void SetTouch(bool touch);
    // After the next layout, scroll so the selected item is in view (deep links, the
    // page API), rather than leaving it below the fold.
    void RevealSelection() { reveal_selection_ = true; layout_dirty_ = needs_redraw_ = true; }
    void ClearFocus();
    void FocusFirst(bool from_end);  // keyboard focus arrives from the page
    void SetReducedMotion(bool reduced) { reduced_motion_ = reduced; }
    void SetTheme(ui::ThemeName theme);
    void SetViewSize(int css_width, int css_height);
    void RequestRedraw() { needs_redraw_ = true; }

    const core::AppState& state() const { return state_; }
    const core::Scene& scene() const { return scene_; }
    const std::optional<core::Pack>& pack() const { return pack_; }
    SDL_Window* window() const { return window_; }
    bool quit_requested() const { return quit_requested_; }
    bool first_complete_frame_drawn() const { return first_complete_frame_drawn_; }

    // Called after the first frame that shows a loaded pack or its error.
    std::function<void()> on_first_complete_frame;
    // Called when selection or status changes (the web bridge mirrors it to the page).
    std::function<void()> on_state_changed;
    // Called after a frame is drawn, before it is presented (screenshots read it here).
    std::function<void(int pixel_width, int pixel_height)> on_frame_rendered;
    // Where problems go besides the screen (stderr natively, the console on the web).
    std::function<void(bool is_error, const std::string& text)> log;

private:
    void Relayout();
    void UpdateDensity();
    void ScrollBy(float dy);
    void UpdateCursor(float x, float y);  // a hand over anything clickable
    void Activate(const std::string& id);  // a click, tap or Enter on a hit area
    void MoveFocus(int step);
    void ScrollIntoView(const core::Rect& rect);
    void ZoomMap(float factor, core::Vec2 about);
    void Changed();  // selection, view or focus changed: relayout, redraw, tell the page

    SDL_Window* window_ = nullptr;
    SDL_GLContext gl_ = nullptr;
    ui::Fonts fonts_;
    ui::Theme theme_;
    core::AppState state_;
    std::optional<core::Pack> pack_;
    core::Scene scene_;
    core::Scene details_;  // the selected item's details, over the view (not scrolled)
    core::MapViewState map_view_;
    std::string pending_hash_;
    bool touch_ = false;
    bool reduced_motion_ = false;
    Uint32 highlight_started_ = 0;  // SDL ticks when the selection changed (fade-in)
    bool drag_in_map_ = false;
    bool reveal_selection_ = false;
    float details_scroll_ = 0;
    bool context_expanded_ = false;
    std::string message_title_, message_detail_, message_hint_;
    std::vector<std::string> message_items_;
    int view_w_ = 0, view_h_ = 0;
    float density_ = 1;
    bool layout_dirty_ = true;
    bool needs_redraw_ = true;
    bool quit_requested_ = false;
    bool first_complete_frame_drawn_ = false;
    float press_x_ = -1, press_y_ = -1;
    SDL_Cursor* arrow_cursor_ = nullptr;
    SDL_Cursor* hand_cursor_ = nullptr;
    bool hand_shown_ = false;
};

}  // namespace platform
