// app_state.cpp — AppState to JSON.
#include "core/app_state.h"

#include <nlohmann/json.hpp>

namespace core {

const char* LoadStatusName(LoadStatus status) {
    switch (status) {
        case LoadStatus::Loading: return "loading";
        case LoadStatus::Ready: return "ready";
        case LoadStatus::Error: return "error";
    }
    return "";
}

std::string StateToJson(const AppState& state) {
    nlohmann::json j;
    j["status"] = LoadStatusName(state.status);
    j["pack"] = {{"source", state.pack_source}, {"id", state.pack_id}, {"title", state.pack_title},
                 {"errors", state.error_count}, {"warnings", state.warning_count}};
    j["error"] = state.error;
    j["selected"] = state.selected_id.empty() ? nlohmann::json() : nlohmann::json(state.selected_id);
    j["highlighted"] = state.highlighted;
    j["view"] = state.view;
    j["layout"] = state.layout;
    j["focus"] = state.focus_id.empty() ? nlohmann::json() : nlohmann::json(state.focus_id);
    j["mapZoom"] = state.map_zoom;
    j["hiddenLayers"] = state.hidden_layers;
    j["clicks"] = state.clicks;
    j["scrollY"] = state.scroll_y;
    j["theme"] = state.theme;
    j["framesDrawn"] = state.frames_drawn;
    // Strings from a pack may hold anything; replace invalid UTF-8 rather than abort.
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace core
