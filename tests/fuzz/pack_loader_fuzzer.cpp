// pack_loader_fuzzer.cpp — libFuzzer target: any bytes through the whole core path a
// pack takes (load and validate; for valid packs also the timeline and the whole
// diagram at several widths, the details panel, and the HTML export). A crash, hang, leak or sanitizer report here is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/export/html_export.h"
#include "core/pack/pack_loader.h"
#include "core/layout/diagram_layout.h"
#include "core/pack/links.h"
#include "core/layout/timeline_layout.h"

namespace {
class FixedMetrics : public core::TextMetrics {
public:
    float Width(std::string_view text, core::TextStyle) const override { return 7.0f * static_cast<float>(text.size()); }
    float LineHeight(core::TextStyle) const override { return 15; }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    core::PackLoadResult result = core::LoadPack(bytes);
    if (result.pack) {
        FixedMetrics metrics;
        for (float width : {320.0f, 1440.0f}) {
            core::Scene scene = core::LayoutTimeline(*result.pack, {width, ""}, metrics);
            if (!scene.hit_areas.empty()) (void)scene.HitTest({width / 2, scene.height / 2});
        }
        (void)core::PackToHtml(*result.pack);
        // The whole diagram at phone, tablet and wide sizes, with an item selected.
        const core::Pack& pack = *result.pack;
        std::string selected = !pack.amendments.empty() ? pack.amendments[0].id
                               : !pack.map.features.empty() ? pack.map.features[0].id : std::string();
        for (float width : {320.0f, 900.0f, 1920.0f}) {
            core::DiagramInput input;
            input.width = width;
            input.height = 800;
            input.selected_id = selected;
            input.highlighted = core::LinkedIds(pack, selected);
            input.view = width < 700 ? "map" : "timeline";
            input.map.zoom = 3;
            (void)core::LayoutDiagram(pack, input, metrics);
            (void)core::LayoutDetails(pack, selected, width, 800, metrics);
        }
    }
    for (const core::Diagnostic& d : result.diagnostics.items) (void)core::FormatDiagnostic("fuzz.json", d);
    return 0;
}
