// pack_loader_fuzzer.cpp — libFuzzer target: any bytes through the whole core path a
// pack takes (load and validate; for valid packs also layout at two widths and the
// HTML export). A crash, hang, leak or sanitizer report here is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/html_export.h"
#include "core/pack_loader.h"
#include "core/timeline_layout.h"

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
    }
    for (const core::Diagnostic& d : result.diagnostics.items) (void)core::FormatDiagnostic("fuzz.json", d);
    return 0;
}
