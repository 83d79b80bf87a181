// app_state.h — what the reader has done and what the widget is showing, in one
// value; serialised for the page API (window.accord.getState()) and the tests.
#pragma once
#include <string>

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
    int clicks = 0;            // pointer clicks/taps the widget received
    float scroll_y = 0;
    std::string theme = "light";
    int frames_drawn = 0;
};

std::string StateToJson(const AppState& state);
const char* LoadStatusName(LoadStatus status);

}  // namespace core
