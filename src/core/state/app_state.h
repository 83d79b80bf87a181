// app_state.h — what the reader has done and what the widget is showing, in one
// value; owned by the Widget controller, serialised for the page API
// (window.accord.getState()) and the tests.
#pragma once
#include <set>
#include <string>

#include "core/common/name_table.h"
#include "core/common/theme.h"
#include "core/common/view.h"
#include "core/layout/diagram_layout.h"
#include "core/layout/scene.h"
#include "core/state/kiosk.h"

namespace core {

enum class LoadStatus { Loading, Ready, Error };
inline constexpr NameTable<LoadStatus, 3> kLoadStatusNames{{
    {LoadStatus::Loading, "loading"}, {LoadStatus::Ready, "ready"}, {LoadStatus::Error, "error"}}};


struct AppState {
    LoadStatus status = LoadStatus::Loading;
    std::string pack_source;   // URL or path the pack came from
    std::string pack_id;
    std::string pack_title;
    std::string pack_host;     // where an allowed pack from another origin comes from; empty: this site
    std::string page_title;    // the document's title for this pack (strings: page.title)
    std::string error;         // first line of the error when status == Error
    int error_count = 0;
    int warning_count = 0;
    std::string selected_id;
    std::string selected_title;         // its short name (the live region says it)
    std::string selected_kind;          // kItemKindNames: "amendment", "milestone", ...
    std::set<std::string> highlighted;  // selected + everything linked to it
    View view = View::Timeline;         // the view shown on phones; in the URL
    LayoutMode layout = LayoutMode::Wide;  // from the width
    HitTarget focus;                    // keyboard focus (empty when none)
    float map_zoom = 1;
    std::set<FeatureStyle> hidden_layers;
    bool context_expanded = false;      // the timeline's band of what came before day 0
    int clicks = 0;            // pointer clicks/taps the widget received
    float scroll_y = 0;        // content y at the view's top
    float content_height = 0;  // of the laid-out scene: the page is this tall
    Theme theme = Theme::Light;
    bool high_contrast = false;  // prefers-contrast: more, or forced colours
    bool kiosk = false;          // ?mode=kiosk, --kiosk
    KioskPhase kiosk_phase = KioskPhase::Interactive;
    int kiosk_countdown = 0;     // seconds left before the reset, in the countdown
    std::string notice;          // a passing message ("Link copied"): the live region says it
    int frames_drawn = 0;
};

std::string StateToJson(const AppState& state);
const char* LoadStatusName(LoadStatus status);
// The page API's name of a hit target: the item's id, or "control:zoom-in",
// "control:view-map", "control:layer-buffer", ...
std::string TargetName(const HitTarget& target);

}  // namespace core
