// app_state.h — what the reader has done and what the widget is showing, in one
// value; serialised for the page API (window.accord.getState()) and the tests.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace core {

enum class LoadStatus { Loading, Ready, Error };

struct AppState {
    LoadStatus status = LoadStatus::Loading;
    std::string pack_source;   // URL or path the pack came from
    std::string pack_id;
    std::string pack_title;
    std::string error;         // first line of the error when status == Error
    int error_count = 0;
    int warning_count = 0;
    std::string selected_id;
    std::set<std::string> highlighted;  // selected + everything linked to it
    std::string view = "timeline";      // the view shown on phones; in the URL
    std::string layout = "wide";        // phone, tablet or wide (from the width)
    std::string focus_id;               // keyboard focus ("" when none)
    float map_zoom = 1;
    std::vector<std::string> hidden_layers;
    int clicks = 0;            // pointer clicks/taps the widget received
    float scroll_y = 0;
    std::string theme = "light";
    int frames_drawn = 0;
};

std::string StateToJson(const AppState& state);
const char* LoadStatusName(LoadStatus status);

}  // namespace core
