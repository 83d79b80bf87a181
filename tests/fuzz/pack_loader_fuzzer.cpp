// pack_loader_fuzzer.cpp — libFuzzer target: any bytes through the whole core path a
// pack takes in the shipped app: load and validate; for valid packs the diagram
// (LayoutDiagram) at phone, tablet and wide sizes with an item selected, its details
// panel (inline, in LayoutDiagram), and the HTML export; and a core::Widget fed the same bytes,
// then pointer, wheel, key, resize and clock events taken from the bytes themselves.
// A crash, hang, leak or sanitizer report here is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/export/html_export.h"
#include "core/layout/diagram_layout.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "core/state/widget.h"

namespace {

class FixedMetrics : public core::TextMetrics {
public:
    float Width(std::string_view text, core::TextStyle) const override { return 7.0f * static_cast<float>(text.size()); }
    float LineHeight(core::TextStyle) const override { return 15; }
};

// Reads the fuzz input a byte at a time, from the end (the start is the pack's JSON,
// which the loader reads; the end is freer to vary), then zeros.
class ByteSource {
public:
    explicit ByteSource(std::string_view bytes) : bytes_(bytes), at_(bytes.size()) {}
    uint8_t Next() { return at_ > 0 ? static_cast<uint8_t>(bytes_[--at_]) : 0; }
    float Fraction() { return static_cast<float>(Next()) / 255.0f; }

private:
    std::string_view bytes_;
    size_t at_;
};

// The widget as the app drives it: the pack arrives, then up to 24 input events.
void DriveWidget(std::string_view bytes, const core::TextMetrics& metrics) {
    core::Widget widget(metrics);
    widget.Resize({1440, 900});
    widget.PackArrived("fuzz.json", bytes);
    ByteSource in(bytes);
    float width = 1440, height = 900;
    double now = 0;
    const int events = in.Next() % 25;
    for (int i = 0; i < events; ++i) {
        const uint8_t op = in.Next() % 9;
        const core::Vec2 at{in.Fraction() * width, in.Fraction() * height};
        switch (op) {
            case 0:
            case 1: {  // a click or a tap: down and up at one place
                core::PointerEvent e;
                e.kind = op == 0 ? core::PointerKind::Mouse : core::PointerKind::Touch;
                e.position = at;
                widget.Pointer(e);
                e.phase = core::PointerPhase::Up;
                widget.Pointer(e);
                break;
            }
            case 2: {  // a drag
                core::PointerEvent e;
                e.position = at;
                widget.Pointer(e);
                e.phase = core::PointerPhase::Move;
                e.position = {at.x + (in.Fraction() - 0.5f) * 400, at.y + (in.Fraction() - 0.5f) * 400};
                widget.Pointer(e);
                e.phase = in.Next() % 2 ? core::PointerPhase::Up : core::PointerPhase::Cancel;
                widget.Pointer(e);
                break;
            }
            case 3: {
                core::WheelEvent e;
                e.position = at;
                e.notches_up = (in.Fraction() - 0.5f) * 10;
                e.modifiers.ctrl = in.Next() % 2;
                widget.Wheel(e);
                break;
            }
            case 4: widget.Pinch({at, 0.25f + in.Fraction() * 4}); break;
            case 5: {
                core::KeyEvent e;
                e.key = static_cast<core::Key>(in.Next() % 14);
                e.modifiers.shift = in.Next() % 2;
                widget.KeyDown(e);
                break;
            }
            case 6:
                width = 200 + in.Fraction() * 2400;
                height = 200 + in.Fraction() * 1400;
                widget.Resize({width, height});
                break;
            case 7: {  // select an item of the pack (or an unknown id) by its index
                const std::optional<core::Pack>& pack = widget.pack();
                const size_t n = pack ? pack->milestones.size() + pack->map.features.size() : 0;
                const size_t k = in.Next();
                if (k < n && pack)
                    widget.Select(k < pack->milestones.size() ? pack->milestones[k].id
                                                              : pack->map.features[k - pack->milestones.size()].id);
                else
                    widget.Select(k % 2 ? "no-such-item" : "");
                break;
            }
            default:
                now += in.Next() * 10.0;
                widget.Tick(now);
                break;
        }
        (void)widget.Frame();
    }
    (void)widget.IsClickableAt({width / 2, height / 2});
    (void)widget.ItemsJson();
    (void)widget.TextLayerJson();  // the page's text layer of whatever the bytes laid out
    (void)core::StateToJson(widget.state());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    core::PackLoadResult result = core::LoadPack(bytes);
    FixedMetrics metrics;
    if (result.pack) {
        const core::Pack& pack = *result.pack;
        (void)core::PackToHtml(pack);
        // The whole diagram at phone, tablet and wide sizes, with an item selected.
        std::string selected = !pack.amendments.empty() ? pack.amendments[0].id
                               : !pack.map.features.empty() ? pack.map.features[0].id : std::string();
        for (float width : {320.0f, 900.0f, 1920.0f}) {
            core::DiagramInput input;
            input.width = width;
            input.height = 800;
            input.selected_id = selected;
            input.highlighted = core::LinkedIds(pack, selected);
            input.view = width < 700 ? core::View::Map : core::View::Timeline;
            input.map.zoom = 3;
            input.context_expanded = true;
            core::Scene scene = core::LayoutDiagram(pack, input, metrics);
            if (!scene.hit_areas.empty()) (void)scene.HitTest({width / 2, scene.height / 2});
        }
    }
    for (const core::Diagnostic& d : result.diagnostics.items) (void)core::FormatDiagnostic("fuzz.json", d);
    DriveWidget(bytes, metrics);
    return 0;
}
