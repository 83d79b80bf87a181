// widget.cpp — the controller: see widget.h.
//
// [SECTION] Content: loading, a pack, a failure
// [SECTION] Host commands
// [SECTION] Pointer, wheel, pinch
// [SECTION] Keyboard and focus order
// [SECTION] Scrolling and the map's zoom
// [SECTION] Layout and frames
#include "core/state/widget.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/common/json_writer.h"
#include "core/layout/bidi_text.h"
#include "core/pack/json_positions.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "core/pack/pack_strings.h"
#include "core/state/text_layer.h"
#include "core/state/url_hash.h"

namespace core {

namespace {
constexpr float kClickSlop = 8;        // px a press may move and still be a click
constexpr float kFadeMs = 160;         // selection fade (none with reduced motion)
constexpr float kDimmedAlpha = 0.28f;  // what is not linked to the selection
constexpr float kWheelLinePx = 48;
constexpr float kMaxZoom = 16;
}  // namespace

Widget::Widget(const TextMetrics& metrics) : metrics_(metrics) {}

void Widget::Invalidate(bool layout, bool state) {
    if (layout) layout_for_scroll_only_ = false;
    layout_dirty_ |= layout;
    needs_redraw_ = true;
    state_changed_ |= state;
}

void Widget::Warn(const std::string& text) const {
    if (log) log(false, "Accord: " + text);
}

// One message per severity, a diagnostic a line: a browser's console call is costly
// (the shipped pack's 40 warnings, one call each, were a third of its load's task).
void Widget::LogDiagnostics(const std::string& source, const std::vector<Diagnostic>& items) const {
    if (!log) return;
    std::string errors, warnings;
    for (const Diagnostic& d : items) {
        std::string& into = d.severity == Severity::Error ? errors : warnings;
        into += (into.empty() ? "" : "\n") + FormatDiagnostic(source, d);
    }
    if (!errors.empty()) log(true, errors);
    if (!warnings.empty()) log(false, warnings);
}

// [SECTION] Content -------------------------------------------------------------------

void Widget::ShowMessage(bool is_error, std::string title, std::string detail, std::vector<std::string> items,
                         std::string hint) {
    message_.is_error = is_error;
    message_.title = std::move(title);
    message_.detail = std::move(detail);
    message_.items = std::move(items);
    message_.hint = std::move(hint);
}

void Widget::LoadStarted(const std::string& source, const std::string& foreign_host) {
    state_.status = LoadStatus::Loading;
    state_.pack_source = source;
    loading_source_ = source;
    loading_foreign_host_ = foreign_host;
    ShowMessage(false, strings_.Get(StringId::MessageLoading), source, {}, {});
    Invalidate(true, true);
}

void Widget::PackArrived(const std::string& source, std::string_view bytes) {
    PackLoadResult result = LoadPack(bytes, {}, WarningPlaces::Later);
    owed_warnings_.reset();  // the last pack's, if still owed: this one replaces them
    if (result.pack) scripts_wanted_ |= ScriptsIn(bytes);
    // Eastern Arabic digits are in the Arabic face, whatever script the pack writes in.
    if (result.pack && result.pack->meta.digits == Digits::ArabicIndic) scripts_wanted_ |= ScriptBit(Script::Arabic);
    // A reload of the same file (an editor saving) keeps the reader's place.
    const bool reload = source == state_.pack_source && state_.status == LoadStatus::Ready;
    const float previous_scroll = state_.scroll_y;
    state_.pack_source = source;
    // A dropped file is the reader's own: only the fetch that was started comes from afar.
    state_.pack_host = source == loading_source_ ? loading_foreign_host_ : std::string();
    state_.error_count = result.diagnostics.ErrorCount();
    state_.warning_count = result.diagnostics.WarningCount();
    // A valid pack's warnings wait to be placed in its text (LogOwedWarnings).
    if (result.pack && state_.warning_count > 0)
        owed_warnings_ = OwedWarnings{source, std::string(bytes), std::move(result.diagnostics.items)};
    else
        LogDiagnostics(source, result.diagnostics.items);
    if (!result.pack) {
        pack_.reset();
        strings_ = Strings::ForLanguage("en");
        state_.status = LoadStatus::Error;
        state_.error = FormatDiagnostic(source, result.diagnostics.items.front());
        state_.page_title.clear();
        std::vector<std::string> items;
        for (const Diagnostic& d : result.diagnostics.items) {
            if (d.severity != Severity::Error) continue;
            std::string where = d.line > 0 ? strings_.Format(StringId::MessageWhere, {std::to_string(d.line), std::to_string(d.column)})
                                           : strings_.Get(StringId::MessageWholeFile);
            items.push_back(where + (d.pointer.empty() ? "" : " (" + d.pointer + ")") + ": " + d.message);
        }
        const std::string count = strings_.Number(state_.error_count);
        ShowMessage(true, strings_.Get(StringId::MessagePackProblems),
                    strings_.Format(state_.error_count == 1 ? StringId::MessageErrorsOne : StringId::MessageErrorsOther,
                                    {count, source}),
                    std::move(items), strings_.Get(StringId::MessagePackHint));
    } else {
        const std::string previous = state_.selected_id;
        pack_ = std::move(result.pack);
        layout_cache_.Clear();  // it holds the last pack's texts and the addresses of its rings
        strings_ = StringsFor(*pack_);
        state_.status = LoadStatus::Ready;
        state_.error.clear();
        state_.pack_id = pack_->meta.id;
        state_.pack_title = pack_->meta.title;
        state_.page_title = strings_.Format(StringId::PageTitle, {pack_->meta.title});
        BuildTour();
        state_.selected_id.clear();
        state_.highlighted.clear();
        if (has_pending_place_) {
            has_pending_place_ = false;
            ApplyPlace(pending_place_);
        } else if (!previous.empty()) {
            Select(previous);  // keep the selection if the id survived
        }
    }
    state_.scroll_y = reload && result.pack ? previous_scroll : 0;
    Invalidate(true, true);
}

bool Widget::LogOwedWarnings() {
    if (!owed_warnings_) return false;
    OwedWarnings owed = std::move(*owed_warnings_);
    owed_warnings_.reset();
    // All of them: a pack with a diagnostic from its parse has no pack, so none is owed.
    PlaceDiagnostics(owed.text, owed.items);
    LogDiagnostics(owed.source, owed.items);
    return true;
}

void Widget::LoadFailed(const std::string& source, const std::string& why) {
    pack_.reset();
    state_.pack_host.clear();
    strings_ = Strings::ForLanguage("en");
    state_.status = LoadStatus::Error;
    state_.pack_source = source;
    state_.page_title.clear();
    state_.error = "could not load " + source + ": " + why;
    if (log) log(true, "Accord: " + state_.error);
    ShowMessage(true, strings_.Get(StringId::MessageLoadFailed),
                strings_.Format(StringId::MessageCouldNotLoad, {source, why}), {},
                strings_.Get(StringId::MessageLoadHint));
    Invalidate(true, true);
}

void Widget::LoadRefused(const std::string& source, const PackOriginCheck& check) {
    pack_.reset();
    strings_ = Strings::ForLanguage("en");
    state_.status = LoadStatus::Error;
    state_.pack_source = source;
    state_.pack_host.clear();
    state_.page_title.clear();
    loading_source_.clear();
    const bool bad = check.verdict == PackOriginVerdict::BadAddress;
    state_.error = std::string(PackOriginVerdictName(check.verdict)) + ": " + source +
                   (bad ? " is not an http(s) address" : " is not on this site or an allowed one (" + check.pack_origin + ")");
    if (log) log(true, "Accord: did not load the pack: " + state_.error +
                       (bad ? "" : ". A build allows other origins with ACCORD_PACK_ORIGINS (see the README)"));
    ShowMessage(true, strings_.Get(StringId::MessageNotLoaded),
                bad ? strings_.Format(StringId::MessageBadAddress, {source})
                    : strings_.Format(StringId::MessageRefusedOrigin, {source, check.pack_host}),
                {}, strings_.Get(StringId::MessageRefusedHint));
    Invalidate(true, true);
}

// [SECTION] Host commands ---------------------------------------------------------------

bool Widget::Select(const std::string& id) {
    if (id == state_.selected_id) return true;
    if (!id.empty() && (!pack_ || !IsSelectableId(*pack_, id))) {
        Warn("select(\"" + id.substr(0, 80) + "\") ignored: no such item");
        return false;
    }
    state_.selected_id = id;
    state_.selected_title = pack_ && !id.empty() ? ShortName(*pack_, strings_, id) : std::string();
    const std::optional<ItemKind> kind = pack_ ? KindOf(*pack_, id) : std::nullopt;
    state_.selected_kind = kind ? kItemKindNames.NameOf(*kind) : "";
    state_.highlighted = pack_ ? LinkedIds(*pack_, id) : std::set<std::string>{};
    highlight_started_ms_ = now_ms_;
    Invalidate(true, true);
    return true;
}

void Widget::SetView(View view) {
    if (view == state_.view) return;
    state_.view = view;
    state_.scroll_y = 0;
    Invalidate(true, true);
}

void Widget::ApplyPlace(std::string_view hash) {
    if (!pack_) {
        pending_place_ = std::string(hash);
        has_pending_place_ = true;
        return;
    }
    std::vector<std::string> warnings;
    HashState place = DecodeHash(hash, warnings);
    for (const std::string& w : warnings) Warn(w);
    if (!place.item.empty() && !IsSelectableId(*pack_, place.item)) {
        Warn("ignored #item=" + place.item + ": no such item in this pack");
        place.item.clear();
    }
    state_.view = place.view.value_or(View::Timeline);
    Select(place.item);
    highlight_started_ms_ = now_ms_ - 1e6;  // a restored place shows at once: no fade
    reveal_selection_ = true;
    Invalidate(true, true);
}

void Widget::SetTheme(Theme theme) {
    if (theme == state_.theme) return;
    state_.theme = theme;
    Invalidate(false, true);
}

void Widget::SetHighContrast(bool high_contrast) {
    if (high_contrast == state_.high_contrast) return;
    state_.high_contrast = high_contrast;
    Invalidate(false, true);
}

void Widget::SetTouch(bool touch) {
    if (touch == touch_) return;
    touch_ = touch;
    Invalidate(true, false);
}

void Widget::FocusEnter(bool from_end) {
    state_.focus = {};
    MoveFocus(from_end ? -1 : 1);
}

void Widget::Blur() {
    if (state_.focus.Empty()) return;
    state_.focus = {};
    Invalidate(false, true);
}

// [SECTION] Pointer, wheel, pinch ---------------------------------------------------------

HitTarget Widget::HitAt(Vec2 p) {
    Layout();
    return scene_.HitTest({p.x, p.y + state_.scroll_y});
}

bool Widget::IsClickableAt(Vec2 p) {
    if (state_.status != LoadStatus::Ready) return false;
    const HitTarget target = HitAt(p);
    return !target.Empty() && target.control != ControlKind::DetailsPanel;
}

void Widget::Pointer(const PointerEvent& event) {
    if (event.phase == PointerPhase::Down) NoteInput();
    if (event.kind == PointerKind::Touch && event.phase == PointerPhase::Down) SetTouch(true);
    switch (event.phase) {
        case PointerPhase::Down:
            if (!event.primary) return;
            Layout();
            press_active_ = true;
            press_at_ = last_pointer_ = event.position;
            drag_in_map_ = scene_.map_viewport.Contains({event.position.x, event.position.y + state_.scroll_y});
            map_engaged_ = drag_in_map_;
            return;
        case PointerPhase::Move: {
            if (!press_active_) return;  // hovering changes nothing but the cursor: no frame
            const Vec2 delta{event.position.x - last_pointer_.x, event.position.y - last_pointer_.y};
            last_pointer_ = event.position;
            if (drag_in_map_) {
                map_view_.pan.x += delta.x;
                map_view_.pan.y += delta.y;
                Invalidate(true, false);
            } else if (!document_scrolls_) {
                ScrollBy(-delta.y);  // drag to scroll (on the web the browser scrolls, or selects text)
            }
            return;
        }
        case PointerPhase::Up: {
            if (!press_active_ || !event.primary) return;
            press_active_ = drag_in_map_ = false;
            const bool is_click = std::fabs(event.position.x - press_at_.x) < kClickSlop &&
                                  std::fabs(event.position.y - press_at_.y) < kClickSlop;
            if (!is_click) return;
            ++state_.clicks;
            state_changed_ = true;
            if (state_.status == LoadStatus::Ready) Activate(HitAt(event.position));
            needs_redraw_ = true;
            return;
        }
        case PointerPhase::Cancel: press_active_ = drag_in_map_ = false; return;
    }
}

bool Widget::Wheel(const WheelEvent& event) {
    NoteInput();
    Layout();
    const Vec2 at{event.position.x, event.position.y + state_.scroll_y};
    // Over the details the wheel scrolls them; over the map it zooms about the pointer
    // (on touch screens only with Ctrl: a trackpad pinch); elsewhere it scrolls.
    // When the document scrolls, a plain wheel over the map scrolls the page too, unless
    // the reader has clicked into the map; Ctrl/Cmd+wheel (and a trackpad's pinch) zooms.
    const bool zoom_map = document_scrolls_ ? event.modifiers.ctrl || event.modifiers.meta || map_engaged_
                                            : event.modifiers.ctrl || !touch_;
    if (scene_.map_viewport.Contains(at) && zoom_map) {
        ZoomMap(event.notches_up > 0 ? 1.25f : 0.8f, at);
        return true;
    }
    if (document_scrolls_) return false;
    ScrollBy(-event.notches_up * kWheelLinePx);
    return true;
}

void Widget::Pinch(const PinchEvent& event) {
    NoteInput();
    Layout();
    if (scene_.map_viewport.w <= 0 || std::fabs(event.scale - 1) < 0.002f) return;
    const Vec2 at{event.center.x, event.center.y + state_.scroll_y};
    ZoomMap(event.scale, scene_.map_viewport.Contains(at) ? std::optional<Vec2>(at) : std::nullopt);
}

void Widget::Activate(const HitTarget& target) {
    switch (target.control) {
        case ControlKind::DetailsPanel: return;  // a click inside the details panel
        case ControlKind::CloseDetails: Select(""); return;
        case ControlKind::Language:
            if (pack_ && target.argument >= 0 && static_cast<size_t>(target.argument) < pack_->meta.languages.size())
                language_request_ = LanguageRequest{pack_->meta.languages[target.argument], target.argument == 0};
            return;
        case ControlKind::Share:
            share_request_ = ShareRequest{state_.selected_title.empty() ? state_.page_title
                                                                         : state_.selected_title + " \xE2\x80\x94 " + state_.pack_title};
            return;
        case ControlKind::ViewTab: SetView(static_cast<View>(target.argument)); return;
        case ControlKind::ContextToggle:
            state_.context_expanded = !state_.context_expanded;
            Invalidate(true, true);
            return;
        case ControlKind::ZoomIn: ZoomMap(1.5f, std::nullopt); return;
        case ControlKind::ZoomOut: ZoomMap(1 / 1.5f, std::nullopt); return;
        case ControlKind::ZoomReset:
            map_view_.zoom = 1;
            map_view_.pan = {};
            state_.map_zoom = 1;
            Invalidate(true, true);
            return;
        case ControlKind::LayerToggle: {
            const FeatureStyle style = static_cast<FeatureStyle>(target.argument);
            if (!map_view_.hidden_styles.erase(style)) map_view_.hidden_styles.insert(style);
            state_.hidden_layers = map_view_.hidden_styles;
            Invalidate(true, true);
            return;
        }
        case ControlKind::None: break;
    }
    if (!target.IsItem()) {  // empty space clears the selection
        Select("");
        return;
    }
    Select(target.item_id == state_.selected_id ? "" : target.item_id);
    ShowSelectionsView();
}

// [SECTION] Keyboard and focus order -----------------------------------------------------

void Widget::KeyDown(const KeyEvent& event) {
    NoteInput();
    switch (event.key) {
        case Key::Tab: MoveFocus(event.modifiers.shift ? -1 : 1); break;
        case Key::Right: case Key::Down: MoveFocus(1); break;
        case Key::Left: case Key::Up: MoveFocus(-1); break;
        case Key::Enter: case Key::Space:
            if (!state_.focus.Empty() && state_.status == LoadStatus::Ready) Activate(state_.focus);
            break;
        case Key::Escape: Select(""); break;
        // Paging keys are the browser's when the document scrolls.
        case Key::PageDown: if (!document_scrolls_) ScrollBy(view_h_ * 0.85f); break;
        case Key::PageUp: if (!document_scrolls_) ScrollBy(-view_h_ * 0.85f); break;
        case Key::Home: if (!document_scrolls_) ScrollBy(-1e9f); break;
        case Key::End: if (!document_scrolls_) ScrollBy(1e9f); break;
        case Key::Plus: ZoomMap(1.25f, std::nullopt); break;
        case Key::Minus: ZoomMap(0.8f, std::nullopt); break;
    }
    needs_redraw_ = true;
}

// One order for Tab, the arrows and the edges: the scene's items and controls in
// reading order (the details, inline under their item, in their place).
std::vector<HitArea> Widget::FocusOrder() {
    Layout();
    return scene_.Targets(true);
}

// On a phone one view shows at a time, and an item's details open only in its own
// view: selecting an item of another (a linked chip, the page API) goes there.
void Widget::ShowSelectionsView() {
    if (!pack_ || state_.selected_id.empty() || state_.layout != LayoutMode::Phone) return;
    const std::optional<View> view = ViewOf(*pack_, state_.selected_id);
    if (!view || *view == state_.view) return;
    SetView(*view);
    reveal_selection_ = true;
    Invalidate(true, false);
}

void Widget::MoveFocus(int step) {
    const std::vector<HitArea> order = FocusOrder();
    if (order.empty()) return;
    int index = -1;
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i].target == state_.focus) index = static_cast<int>(i);
    const int next = index < 0 ? (step > 0 ? 0 : static_cast<int>(order.size()) - 1) : index + step;
    if (next < 0 || next >= static_cast<int>(order.size())) {
        state_.focus = {};  // focus leaves the widget (the page moves it on)
    } else {
        state_.focus = order[next].target;
        ScrollIntoView(order[next].rect);
    }
    Invalidate(false, true);
}

bool Widget::FocusAtEdge(bool backwards) {
    const std::vector<HitArea> order = FocusOrder();
    if (order.empty()) return true;
    return state_.focus == (backwards ? order.front().target : order.back().target);
}

// [SECTION] Scrolling and the map's zoom ---------------------------------------------------

void Widget::ScrollBy(float dy) {
    Layout();
    const float max_scroll = std::max(0.0f, scene_.height - view_h_);
    const float next = std::clamp(state_.scroll_y + dy, 0.0f, max_scroll);
    if (next == state_.scroll_y) return;
    if (document_scrolls_) {
        scroll_request_ = next;  // the page scrolls, then tells us with SetScroll
        return;
    }
    state_.scroll_y = next;
    needs_redraw_ = true;
    FollowScroll();
}

void Widget::SetScroll(float content_y) {
    Layout();
    const float next = std::clamp(content_y, 0.0f, std::max(0.0f, scene_.height - view_h_));
    if (next == state_.scroll_y) return;
    state_.scroll_y = next;
    needs_redraw_ = true;
    FollowScroll();
}

// Only the wide layout has a sticky block, and only its position depends on the
// scroll: lay out again then, and say so (the page moves that block's text with it).
void Widget::FollowScroll() {
    if (state_.layout != LayoutMode::Wide || state_.status != LoadStatus::Ready || sticky_at_ == state_.scroll_y) return;
    if (!layout_dirty_) layout_for_scroll_only_ = true;
    layout_dirty_ = true;
}

std::optional<float> Widget::TakeScrollRequest() {
    Layout();  // a pending reveal becomes a request here
    std::optional<float> request = scroll_request_;
    scroll_request_.reset();
    return request;
}

void Widget::SetFocus(const HitTarget& target) {
    if (target == state_.focus) return;
    bool known = target.Empty();
    for (const HitArea& area : FocusOrder()) known |= area.target == target;
    state_.focus = known ? target : HitTarget{};
    Invalidate(false, true);
}

void Widget::ScrollIntoView(const Rect& rect) {
    const float top = state_.scroll_y, bottom = state_.scroll_y + view_h_ * 0.6f;
    if (rect.y < top + 8) ScrollBy(rect.y - 8 - top);
    else if (rect.Bottom() > bottom) ScrollBy(std::min(rect.Bottom() - bottom, rect.y - 8 - top));  // tall: its top
}

// `about` in content coordinates; none: the map's centre.
void Widget::ZoomMap(float factor, std::optional<Vec2> about) {
    Layout();
    const Rect& vp = scene_.map_viewport;
    if (vp.w <= 0) return;
    const float zoom = std::clamp(map_view_.zoom * factor, 1.0f, kMaxZoom);
    factor = zoom / map_view_.zoom;
    const Vec2 centre{vp.x + vp.w / 2, vp.y + vp.h / 2};
    const Vec2 at = about.value_or(centre);
    // Keep the point under the pointer where it is: pan' = d - f (d - pan), d from the centre.
    const Vec2 d{at.x - centre.x, at.y - centre.y};
    map_view_.pan = {d.x - factor * (d.x - map_view_.pan.x), d.y - factor * (d.y - map_view_.pan.y)};
    if (zoom == 1) map_view_.pan = {};
    map_view_.zoom = zoom;
    state_.map_zoom = zoom;
    Invalidate(true, true);
}

// [SECTION] Layout and frames --------------------------------------------------------------

void Widget::Resize(const ResizeEvent& event) {
    const float w = std::max(1.0f, event.css_width), h = std::max(1.0f, event.css_height);
    if (w == view_w_ && h == view_h_) return;
    view_w_ = w;
    view_h_ = h;
    state_.layout = ModeForWidth(w);
    Invalidate(true, true);
}

void Widget::MetricsChanged() {
    layout_cache_.Clear();  // its texts were wrapped in the fonts of before
    Invalidate(true, false);
}

void Widget::Tick(double now_ms) {
    now_ms_ = now_ms;
    UpdateKiosk();
    if (!state_.notice.empty() && now_ms_ >= notice_until_ms_) {
        state_.notice.clear();
        notice_detail_.clear();
        Invalidate(true, true);
    }
}

// [SECTION] Sharing ----------------------------------------------------------------------

void Widget::SetCanShare(bool can_share) {
    if (can_share == can_share_) return;
    can_share_ = can_share;
    Invalidate(true, true);
}

void Widget::SetCanSwitchLanguage(bool can_switch) {
    if (can_switch == can_switch_language_) return;
    can_switch_language_ = can_switch;
    Invalidate(true, true);
}

std::optional<Widget::LanguageRequest> Widget::TakeLanguageRequest() {
    std::optional<LanguageRequest> request = std::move(language_request_);
    language_request_.reset();
    return request;
}

std::optional<Widget::ShareRequest> Widget::TakeShareRequest() {
    std::optional<ShareRequest> request = std::move(share_request_);
    share_request_.reset();
    return request;
}

void Widget::ShareFinished(ShareOutcome outcome, const std::string& url) {
    double seconds = 4;
    switch (outcome) {
        case ShareOutcome::Cancelled: return;  // the reader closed the share sheet: nothing to say
        case ShareOutcome::Shared:
            state_.notice = strings_.Get(StringId::NoticeShared);
            notice_detail_.clear();
            break;
        case ShareOutcome::Copied:
            state_.notice = strings_.Get(StringId::NoticeCopied);
            notice_detail_ = strings_.Get(StringId::NoticeCopiedDetail);
            break;
        case ShareOutcome::CopyByHand:  // no clipboard here (a locked-down frame): show the link
            state_.notice = strings_.Get(StringId::NoticeCopyByHand);
            notice_detail_ = strings_.Format(StringId::NoticeCopyByHandDetail, {url.substr(0, 2048)});
            seconds = 12;
            break;
    }
    notice_until_ms_ = now_ms_ + seconds * 1000;
    Invalidate(true, true);
}

// [SECTION] The kiosk --------------------------------------------------------------------

void Widget::SetKiosk(const KioskSettings& settings) {
    kiosk_.Configure(settings);
    kiosk_.Input(now_ms_);
    state_.kiosk = settings.enabled;
    Invalidate(true, true);
}

void Widget::NoteInput() {
    if (!state_.kiosk) return;
    kiosk_.Input(now_ms_);
    if (state_.kiosk_phase == KioskPhase::Interactive) return;
    // The visitor takes over where the tour stands: its selection stays.
    state_.kiosk_phase = KioskPhase::Interactive;
    state_.kiosk_countdown = 0;
    tour_step_ = -1;
    Invalidate(true, true);
}

void Widget::BuildTour() {
    tour_.clear();
    if (!pack_) return;
    const Pack& p = *pack_;
    std::vector<std::string> features;  // land and region names are not stops: they cannot be selected
    for (const MapFeature& f : p.map.features)
        if (IsSelectableStyle(f.style)) features.push_back(f.id);
    const size_t n = std::max({p.milestones.size(), p.amendments.size(), features.size()});
    for (size_t i = 0; i < n; ++i) {
        if (i < p.milestones.size()) tour_.push_back(p.milestones[i].id);
        if (i < p.amendments.size()) tour_.push_back(p.amendments[i].id);
        if (i < features.size()) tour_.push_back(features[i]);
    }
}

void Widget::ResetToStart() {
    Select("");
    state_.view = View::Timeline;
    state_.context_expanded = false;
    state_.focus = {};
    map_view_ = {};
    state_.map_zoom = 1;
    state_.hidden_layers.clear();
    ScrollBy(-1e9f);
    Invalidate(true, true);
}

void Widget::UpdateKiosk() {
    if (!state_.kiosk || state_.status != LoadStatus::Ready) return;
    const KioskMoment moment = kiosk_.At(now_ms_);
    if (moment.reset_due) ResetToStart();
    if (moment.phase != state_.kiosk_phase || moment.countdown_seconds != state_.kiosk_countdown) {
        state_.kiosk_phase = moment.phase;
        state_.kiosk_countdown = moment.countdown_seconds;
        Invalidate(true, true);
    }
    if (moment.tour_step >= 0 && moment.tour_step != tour_step_ && !tour_.empty()) {
        tour_step_ = moment.tour_step;
        Select(tour_[static_cast<size_t>(tour_step_) % tour_.size()]);
        RevealSelection();
    }
}

void Widget::Layout() {
    if (!layout_dirty_) return;
    const bool scroll_only = layout_for_scroll_only_;
    LayOutOnce();
    // A reveal in the widget's own scrolling (natively) moved the scroll, and with it
    // the sticky block: lay out again where it landed, or the frame draws the block
    // where it was and nothing redraws it until the next input.
    if (layout_dirty_) LayOutOnce();
    last_layout_for_scroll_only_ = scroll_only;
}

void Widget::LayOutOnce() {
    layout_dirty_ = false;
    ++layout_generation_;
    layout_for_scroll_only_ = false;
    const float previous_height = scene_.height;
    if (state_.status == LoadStatus::Ready && pack_) {
        DiagramInput input;
        input.width = view_w_;
        input.height = view_h_;
        input.selected_id = state_.selected_id;
        input.highlighted = state_.highlighted;
        input.view = state_.view;
        input.map = map_view_;
        input.touch = touch_ || state_.kiosk;
        input.min_target = state_.kiosk ? 48 : 44;
        if (state_.kiosk_phase == KioskPhase::Attract) {
            input.banner_title = strings_.Get(StringId::KioskPrompt);
            input.banner_detail = strings_.Get(StringId::KioskPromptDetail);
        } else if (state_.kiosk_phase == KioskPhase::Countdown) {
            CountForms seconds{StringId::KioskCountdownOne, StringId::KioskCountdownOther};
            seconds.two = StringId::KioskCountdownTwo;
            seconds.few = StringId::KioskCountdownFew;
            seconds.many = StringId::KioskCountdownMany;
            input.banner_title = strings_.Count(seconds, state_.kiosk_countdown);
            input.banner_detail = strings_.Get(StringId::KioskCountdownDetail);
        }
        if (input.banner_title.empty() && !state_.notice.empty()) {
            input.banner_title = state_.notice;
            input.banner_detail = notice_detail_;
        }
        input.share = can_share_ && !state_.kiosk;
        input.languages = can_switch_language_;
        input.source_codes = state_.kiosk;
        input.context_expanded = state_.context_expanded;
        input.foreign_host = state_.pack_host;
        // The map's block keeps in sight beside a long column on wide screens.
        input.visible_top = state_.scroll_y;
        input.visible_height = view_h_;
        input.cache = &layout_cache_;
        scene_ = LayoutDiagram(*pack_, input, metrics_);
        sticky_at_ = state_.scroll_y;
    } else {
        scene_ = LayoutMessage(message_, strings_, view_w_, view_h_, metrics_);
    }
    state_.content_height = scene_.height;
    if (scene_.height != previous_height) state_changed_ = true;  // the page sizes itself to it
    if (!document_scrolls_) state_.scroll_y = std::clamp(state_.scroll_y, 0.0f, std::max(0.0f, scene_.height - view_h_));
    if (reveal_selection_) {
        reveal_selection_ = false;
        for (const HitArea& target : scene_.Targets(false))
            if (target.target.item_id == state_.selected_id) {
                ScrollIntoView(target.rect);
                break;
            }
    }
}

FrameView Widget::Frame() {
    Layout();
    drawn_generation_ = layout_generation_;
    needs_redraw_ = false;
    FrameView frame;
    frame.scene = &scene_;
    frame.scroll_y = std::round(state_.scroll_y);
    frame.highlighted = &state_.highlighted;
    frame.focus = state_.focus;
    frame.theme = state_.theme;
    frame.high_contrast = state_.high_contrast;
    const float t = reduced_motion_ ? 1.0f
                                    : std::clamp(static_cast<float>(now_ms_ - highlight_started_ms_) / kFadeMs, 0.0f, 1.0f);
    frame.dim_alpha = 1.0f - t * (1.0f - kDimmedAlpha);
    if (t < 1.0f) needs_redraw_ = true;  // the fade is still running
    return frame;
}

void Widget::FrameDrawn() { ++state_.frames_drawn; }

bool Widget::TakeStateChanged() {
    const bool changed = state_changed_;
    state_changed_ = false;
    return changed;
}

std::string Widget::ItemsJson() {
    Layout();
    const float scroll = state_.scroll_y;
    // The details' chips link to items; they are not the items themselves.
    Rect details;
    for (const HitArea& area : scene_.hit_areas)
        if (area.target.control == ControlKind::DetailsPanel) details = area.rect;
    Scene items;  // only its hit areas: what Targets() reads
    for (const HitArea& area : scene_.hit_areas)
        if (!(details.w > 0 && details.Contains({area.rect.x + 1, area.rect.y + 1}))) items.hit_areas.push_back(area);
    // Every item, in reading order: first those laid out (on screen or scrolled past),
    // then those of views not drawn (phones show one), without a rectangle.
    const std::vector<HitArea> laid_out = items.Targets(false, scroll, scroll + view_h_);
    std::vector<std::string> order;
    for (const HitArea& area : laid_out) order.push_back(area.target.item_id);
    if (pack_)
        for (const std::string& id : SelectableIds(*pack_))
            if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    std::string out = "[";
    for (size_t i = 0; i < order.size(); ++i) {
        const std::string& id = order[i];
        if (out.size() > 1) out += ',';
        JsonObject item;
        item.String("id", id);
        if (pack_)
            item.String("kind", kItemKindNames.NameOf(KindOf(*pack_, id).value_or(ItemKind::Phase)))
                .String("title", ShortName(*pack_, strings_, id));
        if (i < laid_out.size()) {
            const Rect& r = laid_out[i].rect;
            item.Raw("rect", JsonObject().Number("x", r.x).Number("y", r.y - scroll).Number("width", r.w).Number("height", r.h).Take())
                .Bool("onScreen", r.y >= scroll && r.Bottom() <= scroll + view_h_);
        } else {
            item.Raw("rect", "null").Bool("onScreen", false);
        }
        out += item.Take();
    }
    return out + "]";
}

std::string Widget::TextLayerJson() {
    Layout();
    return core::TextLayerJson(scene_, state_, pack_ ? &*pack_ : nullptr, strings_, metrics_);
}

std::optional<std::string> Widget::TextLayerJsonOfLastFrame() const {
    // The layer reads the state and the pack as well as the scene: after a change they
    // no longer match what was drawn. A change may have been laid out already, outside a
    // frame (a scroll, a hit test, the items' list): that scene was not drawn either.
    if (layout_dirty_ || layout_generation_ != drawn_generation_) return std::nullopt;
    return core::TextLayerJson(scene_, state_, pack_ ? &*pack_ : nullptr, strings_, metrics_);
}

}  // namespace core
