// app_state.cpp — AppState to JSON (for window.accord.getState()).
#include "core/state/app_state.h"

#include "core/common/json_writer.h"

namespace core {

const char* LoadStatusName(LoadStatus status) {
    switch (status) {
        case LoadStatus::Loading: return "loading";
        case LoadStatus::Ready: return "ready";
        case LoadStatus::Error: return "error";
    }
    return "";
}

namespace {
template <typename Container>
std::string JsonStringArray(const Container& values) {
    std::string out = "[";
    for (const std::string& v : values) {
        if (out.size() > 1) out += ',';
        out += JsonString(v);
    }
    return out + "]";
}
}  // namespace

std::string StateToJson(const AppState& state) {
    JsonObject pack;
    pack.String("source", state.pack_source).String("id", state.pack_id).String("title", state.pack_title)
        .Number("errors", state.error_count).Number("warnings", state.warning_count);
    JsonObject j;
    j.String("status", LoadStatusName(state.status))
        .Raw("pack", pack.Take())
        .String("error", state.error)
        .NullableString("selected", state.selected_id)
        .Raw("highlighted", JsonStringArray(state.highlighted))
        .String("view", state.view)
        .String("layout", state.layout)
        .NullableString("focus", state.focus_id)
        .Number("mapZoom", state.map_zoom)
        .Raw("hiddenLayers", JsonStringArray(state.hidden_layers))
        .Number("clicks", state.clicks)
        .Number("scrollY", state.scroll_y)
        .String("theme", state.theme)
        .Number("framesDrawn", state.frames_drawn);
    return j.Take();
}

}  // namespace core
