// app_state.cpp — AppState to JSON (for window.accord.getState()).
#include "core/state/app_state.h"

#include "core/common/json_writer.h"
#include "core/pack/names.h"

namespace core {

const char* LoadStatusName(LoadStatus status) { return kLoadStatusNames.NameOf(status); }

std::string TargetName(const HitTarget& target) {
    switch (target.control) {
        case ControlKind::None: return target.item_id;
        case ControlKind::ViewTab: return std::string("control:view-") + kViewNames.NameOf(static_cast<View>(target.argument));
        case ControlKind::ContextToggle: return "control:context";
        case ControlKind::ZoomIn: return "control:zoom-in";
        case ControlKind::ZoomOut: return "control:zoom-out";
        case ControlKind::ZoomReset: return "control:reset";
        case ControlKind::LayerToggle:
            return std::string("control:layer-") + FeatureStyleName(static_cast<FeatureStyle>(target.argument));
        case ControlKind::DetailsPanel: return "control:details";
        case ControlKind::CloseDetails: return "control:close-details";
        case ControlKind::Share: return target.argument == 1 ? "control:share-details" : "control:share";
        case ControlKind::Language: return "control:language-" + std::to_string(target.argument);
    }
    return {};
}

namespace {
template <typename Container, typename Name>
std::string JsonStringArray(const Container& values, Name name) {
    std::string out = "[";
    for (const auto& v : values) {
        if (out.size() > 1) out += ',';
        out += JsonString(name(v));
    }
    return out + "]";
}
}  // namespace

std::string StateToJson(const AppState& state) {
    JsonObject pack;
    pack.String("source", state.pack_source).String("id", state.pack_id).String("title", state.pack_title)
        .NullableString("foreignHost", state.pack_host)
        .Number("errors", state.error_count).Number("warnings", state.warning_count);
    JsonObject j;
    j.String("status", LoadStatusName(state.status))
        .Raw("pack", pack.Take())
        .String("pageTitle", state.page_title)
        .String("error", state.error)
        .NullableString("selected", state.selected_id)
        .NullableString("selectedTitle", state.selected_title)
        .NullableString("selectedKind", state.selected_kind)
        .Raw("highlighted", JsonStringArray(state.highlighted, [](const std::string& s) { return s; }))
        .String("view", kViewNames.NameOf(state.view))
        .String("layout", LayoutModeName(state.layout))
        .NullableString("focus", TargetName(state.focus))
        .Number("mapZoom", state.map_zoom)
        .Raw("hiddenLayers", JsonStringArray(state.hidden_layers, [](FeatureStyle s) { return FeatureStyleName(s); }))
        .Number("clicks", state.clicks)
        .Number("scrollY", state.scroll_y)
        .Number("contentHeight", state.content_height)
        .String("theme", kThemeNames.NameOf(state.theme))
        .Bool("highContrast", state.high_contrast)
        .Raw("kiosk", state.kiosk ? JsonObject()
                                        .String("phase", kKioskPhaseNames.NameOf(state.kiosk_phase))
                                        .Number("countdown", state.kiosk_countdown)
                                        .Take()
                                  : std::string("null"))
        .NullableString("notice", state.notice)
        .Number("framesDrawn", state.frames_drawn);
    return j.Take();
}

}  // namespace core
