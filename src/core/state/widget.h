// widget.h — the widget's behaviour, with no window: the controller that turns neutral
// input (pointer, wheel, pinch, keys, resize, the clock, host commands, pack bytes)
// into state (selection, highlight, focus, view, map zoom and pan, scroll, fades) and
// lays the scene out. The platform layer only translates its events into these calls
// and draws what Frame() returns; Catch2 drives the same calls with no SDL.
//
// [SECTION] Input types
// [SECTION] Widget
#pragma once
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/strings.h"
#include "core/layout/diagram_layout.h"
#include "core/layout/message_layout.h"
#include "core/layout/scene.h"
#include "core/pack/diagnostics.h"
#include "core/pack/pack.h"
#include "core/state/app_state.h"
#include "core/state/pack_origin.h"
#include "core/state/kiosk.h"

namespace core {

// [SECTION] Input types ---------------------------------------------------------------
// Positions are in CSS pixels of the widget's view (0,0 at its top left).

enum class PointerKind { Mouse, Touch, Pen };
enum class PointerPhase { Down, Move, Up, Cancel };

struct PointerEvent {
    PointerPhase phase = PointerPhase::Down;
    PointerKind kind = PointerKind::Mouse;
    Vec2 position;
    bool primary = true;  // the left button, or the first finger
};

struct Modifiers {
    bool shift = false, ctrl = false, alt = false, meta = false;
};

struct WheelEvent {
    Vec2 position;
    float notches_up = 0;  // a wheel's clicks, fractional on touchpads; > 0 scrolls up
    Modifiers modifiers;
};

// Two fingers spreading (scale > 1) or closing about a point.
struct PinchEvent {
    Vec2 center;
    float scale = 1;
};

enum class Key { Tab, Left, Right, Up, Down, Enter, Space, Escape, PageUp, PageDown, Home, End, Plus, Minus };

struct KeyEvent {
    Key key = Key::Tab;
    Modifiers modifiers;
};

// The view's size. A change of device-pixel ratio changes the fonts, so the platform
// rebuilds them and says so with MetricsChanged().
struct ResizeEvent {
    float css_width = 0, css_height = 0;
};

// What the frame shows: the platform draws `scene` shifted up by `scroll_y`.
struct FrameView {
    const Scene* scene = nullptr;
    float scroll_y = 0;
    const std::set<std::string>* highlighted = nullptr;
    float dim_alpha = 1;  // opacity of what is not linked to the selection
    HitTarget focus;
    Theme theme = Theme::Light;
    bool high_contrast = false;
};

// [SECTION] Widget --------------------------------------------------------------------

class Widget {
public:
    // `metrics` measures text in the fonts the platform draws with; it must outlive
    // the widget.
    explicit Widget(const TextMetrics& metrics);

    // Content. Each returns nothing; the state says what happened.
    // `foreign_host`: the pack comes from another origin the build allows; the header
    // says where from (see pack_origin.h).
    void LoadStarted(const std::string& source, const std::string& foreign_host = {});
    void PackArrived(const std::string& source, std::string_view bytes);
    // A valid pack's warnings go to `log` only when this is called (the platform calls
    // it once the widget is idle after its first frame): finding each warning's line in
    // the text is work the first frame need not wait for. Errors are logged at once.
    // Returns whether any were owed.
    bool LogOwedWarnings();
    void LoadFailed(const std::string& source, const std::string& why);
    // The page would not fetch `source` (CheckPackOrigin): nothing of it is drawn, and
    // the message names the address and why.
    void LoadRefused(const std::string& source, const PackOriginCheck& check);

    // Input.
    void Pointer(const PointerEvent& event);
    bool Wheel(const WheelEvent& event);  // true when the widget used it (the page must not scroll)
    void Pinch(const PinchEvent& event);
    void KeyDown(const KeyEvent& event);
    void Resize(const ResizeEvent& event);
    void Tick(double now_ms);  // the clock: fades run on it
    void MetricsChanged();     // fonts rebuilt (device-pixel ratio): lay out again

    // On the web the document scrolls, not the widget: the page reports where it is
    // (SetScroll, content y at the view's top) and the widget asks the page to move
    // (TakeScrollRequest) instead of scrolling itself; the wheel, drags and paging
    // keys outside the map are the browser's. Natively the widget scrolls itself.
    void SetDocumentScrolls(bool document_scrolls) { document_scrolls_ = document_scrolls; }
    void SetScroll(float content_y);
    std::optional<float> TakeScrollRequest();

    // Sharing the reader's place. Where the platform can share (the web; not a kiosk,
    // which has no way out), the header has a Share button; activating it leaves a
    // request for the platform, which shares or copies the page's address and says how
    // it went. The notice stays for a few seconds of the clock.
    void SetCanShare(bool can_share);
    // A switch between the pack's editions (meta.languages) where the platform can open
    // another: activating one leaves its language for TakeLanguageRequest.
    void SetCanSwitchLanguage(bool can_switch);
    struct LanguageRequest {
        std::string language;  // "ar"
        bool original = false; // the pack's first edition: the file without a language suffix
    };
    std::optional<LanguageRequest> TakeLanguageRequest();
    // How much larger than a page's the type is: a kiosk is read standing, from further away.
    float TextScale() const { return state_.kiosk ? 1.25f : 1.0f; }
    // The right-to-left scripts the pack writes in (ScriptBit): the platform loads their
    // faces (fetched on the web only then, so an English first load carries none).
    unsigned ScriptsWanted() const { return scripts_wanted_; }
    struct ShareRequest {
        std::string title;  // the page's title, or the selection's
    };
    std::optional<ShareRequest> TakeShareRequest();
    enum class ShareOutcome { Shared, Copied, Cancelled, CopyByHand };
    void ShareFinished(ShareOutcome outcome, const std::string& url);
    // Keyboard focus moved to `target` in the page (the DOM text layer owns focus on
    // the web); the canvas draws its ring there. An unknown target clears it.
    void SetFocus(const HitTarget& target);
    // A keyboard activation of `target` (Enter or Space on its element in the page).
    void Activate(const HitTarget& target);

    // Host commands (the page API, the URL, command-line options).
    bool Select(const std::string& id);  // "" clears; false (and a warning) for an unknown id
    // Scroll so the selection is in view after the next layout (deep links, the page
    // API), rather than leaving it below the fold.
    void RevealSelection() {
        ShowSelectionsView();
        reveal_selection_ = true;
        Invalidate(true, false);
    }
    void SetView(View view);
    void ApplyPlace(std::string_view hash);  // "#item=...&view=..."; waits for the pack
    void SetTheme(Theme theme);
    void SetHighContrast(bool high_contrast);
    // An unattended kiosk: 48 px targets, an attract loop when idle, a reset to the
    // start with a countdown (state/kiosk.h), all on the clock Tick() is given.
    void SetKiosk(const KioskSettings& settings);
    void SetReducedMotion(bool reduced) { reduced_motion_ = reduced; }
    void SetTouch(bool touch);           // larger targets before the first tap arrives
    void FocusEnter(bool from_end);      // keyboard focus arrives from the page
    void Blur();                         // it left
    // True when Tab (Shift+Tab) would leave the widget: the page then moves focus on.
    bool FocusAtEdge(bool backwards);

    // Output.
    bool NeedsRedraw() const { return needs_redraw_; }
    void RequestRedraw() { needs_redraw_ = true; }  // the platform lost its pixels
    // Lays out what changed and returns what to draw; clears NeedsRedraw() unless a fade
    // is still running.
    FrameView Frame();
    void FrameDrawn();  // counts frames (the page API shows it; idle must draw none)
    bool TakeStateChanged();  // true once after anything the host should hear of
    bool IsClickableAt(Vec2 view_point);  // for the pointer's hand cursor
    // Selectable items visible now, one rectangle each in view CSS pixels, as JSON.
    std::string ItemsJson();
    // The DOM text layer (state/text_layer.h) of the current state, laid out if it changed.
    std::string TextLayerJson();
    // The text layer of what the last Frame() drew, without laying out; none when the
    // state has changed since (that change is the next frame's, and its own layer follows
    // it). The page builds the layer in a task after the frame: laying out there put the
    // layer a frame ahead of the canvas, and the next frame published the same layer again.
    std::optional<std::string> TextLayerJsonOfLastFrame() const;
    // Counts layouts: the page rebuilds its text layer when this changes. A layout
    // that only moved the sticky block for a scroll is marked, so the page can wait
    // for the scroll to settle (a rebuild would drop a text selection mid-scroll).
    int layout_generation() const { return layout_generation_; }
    bool last_layout_for_scroll_only() const { return last_layout_for_scroll_only_; }
    const TextMetrics& metrics() const { return metrics_; }

    const AppState& state() const { return state_; }
    const std::optional<Pack>& pack() const { return pack_; }
    const Strings& strings() const { return strings_; }
    const Scene& scene() { Layout(); return scene_; }

    // Where problems go besides the screen (stderr natively, the console on the web).
    std::function<void(bool is_error, const std::string& text)> log;

private:
    void Layout();  // if dirty
    void LayOutOnce();  // one pass of Layout(), dirty or not
    void Invalidate(bool layout, bool state);
    void Warn(const std::string& text) const;
    void LogDiagnostics(const std::string& source, const std::vector<Diagnostic>& items) const;
    HitTarget HitAt(Vec2 view_point);
    void MoveFocus(int step);
    void ShowSelectionsView();
    void NoteInput();       // a visitor did something: the kiosk's idle time restarts
    void UpdateKiosk();     // the kiosk's phase at now_ms_
    void ResetToStart();    // what a new visitor should find
    void BuildTour();
    void FollowScroll();
    std::vector<HitArea> FocusOrder();
    void ScrollBy(float dy);
    void ScrollIntoView(const Rect& content_rect);
    void ZoomMap(float factor, std::optional<Vec2> about_content);
    void ShowMessage(bool is_error, std::string title, std::string detail, std::vector<std::string> items,
                     std::string hint);

    const TextMetrics& metrics_;
    LayoutCache layout_cache_;
    Strings strings_ = Strings::ForLanguage("en");
    AppState state_;
    std::optional<Pack> pack_;
    // A valid pack's warnings, not yet placed nor logged (LogOwedWarnings), and the
    // text and source they are placed in and named by.
    struct OwedWarnings {
        std::string source, text;
        std::vector<Diagnostic> items;
    };
    std::optional<OwedWarnings> owed_warnings_;
    Scene scene_;
    Message message_;
    MapViewState map_view_;
    std::string pending_place_;  // applied once the pack is in
    bool has_pending_place_ = false;
    std::string loading_source_, loading_foreign_host_;  // the fetch under way (LoadStarted)
    float view_w_ = 800, view_h_ = 600;
    bool touch_ = false;
    bool reduced_motion_ = false;
    float sticky_at_ = -1;  // the scroll the sticky block was laid out for
    double now_ms_ = 0;
    double highlight_started_ms_ = -1e9;
    bool press_active_ = false;
    bool map_engaged_ = false;
    KioskClock kiosk_;
    std::vector<std::string> tour_;  // the attract loop's stops: a milestone, a change, a feature, ...
    int tour_step_ = -1;  // the last press was in the map: a plain wheel zooms it
    bool drag_in_map_ = false;
    Vec2 press_at_, last_pointer_;
    bool reveal_selection_ = false;
    bool document_scrolls_ = false;
    bool can_share_ = false;
    bool can_switch_language_ = false;
    std::optional<LanguageRequest> language_request_;
    unsigned scripts_wanted_ = 0;
    std::optional<ShareRequest> share_request_;
    std::string notice_detail_;
    double notice_until_ms_ = 0;
    std::optional<float> scroll_request_;
    int layout_generation_ = 0;
    int drawn_generation_ = -1;  // the layout the last Frame() drew
    bool layout_for_scroll_only_ = false;  // nothing but the scroll changed since the last layout
    bool last_layout_for_scroll_only_ = false;
    bool layout_dirty_ = true;
    bool needs_redraw_ = true;
    bool state_changed_ = true;
};

}  // namespace core
