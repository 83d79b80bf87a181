// text_layer.cpp — TextLayerJson: the scene's texts and controls as DOM blocks.
//
// [SECTION] Geometry of texts
// [SECTION] Controls: which texts label them, where they go in reading order
// [SECTION] Blocks
#include "core/state/text_layer.h"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <set>
#include <vector>

#include "core/common/json_writer.h"
#include "core/pack/links.h"
#include "core/pack/pack_strings.h"

namespace core {

namespace {

// [SECTION] Geometry of texts ----------------------------------------------------------

Rect TextRect(const SceneText& text, const TextMetrics& metrics) {
    float left = 1e30f, right = -1e30f;
    for (size_t i = 0; i < text.lines.size(); ++i) {
        const float x = LineX(text, i, metrics);
        left = std::min(left, x);
        right = std::max(right, x + metrics.Width(text.lines[i], text.style));
    }
    if (text.lines.empty()) left = right = text.position.x;
    return {left, text.position.y, right - left, text.line_height * static_cast<float>(text.lines.size())};
}

bool Inside(const Rect& outer, Vec2 p) { return outer.w > 0 && outer.Contains(p); }

Vec2 CentreOfFirstLine(const SceneText& text) {
    // Where the first line starts as read: its right end in a right-to-left layout.
    if (text.align_end) return {text.position.x + text.box_width - 2, text.position.y + text.line_height / 2};
    return {text.position.x + 2, text.position.y + text.line_height / 2};
}

std::string Lines(const SceneText& text, const TextMetrics& metrics) {
    std::string out = "[";
    for (size_t i = 0; i < text.lines.size(); ++i) {
        const std::string& line = text.lines[i];
        if (line.empty()) continue;
        if (out.size() > 1) out += ',';
        // The DOM gets the words as written (screen readers, copy, find in page), over
        // where the shaped, reordered line is drawn.
        const std::string& written = i < text.logical_lines.size() ? text.logical_lines[i] : line;
        // Appended piece by piece: a layer has some 500 lines, rewritten after every layout.
        const auto tenth = [&](float v) {
            out += JsonNumber(std::round(v * 10) / 10);
            out += ',';
        };
        out += '[';
        // A line's place is the text's, rounded, plus the line's offset in it, rounded:
        // a text moved down keeps its lines' offsets to the tenth (the page then keeps
        // its lines, web/pre.js syncText).
        const auto place = [&](float origin, float offset) {
            out += JsonNumber(static_cast<double>(std::lround(origin * 10) + std::lround(offset * 10)) / 10);
            out += ',';
        };
        place(text.position.x, LineX(text, i, metrics) - text.position.x);
        place(text.position.y, text.line_height * static_cast<float>(i));
        tenth(metrics.Width(line, text.style));
        tenth(text.line_height);
        out += JsonString(written);
        out += ']';
    }
    return out + "]";
}

std::string RectJson(const Rect& r) {
    return "[" + JsonNumber(std::round(r.x)) + "," + JsonNumber(std::round(r.y)) + "," + JsonNumber(std::round(r.w)) +
           "," + JsonNumber(std::round(r.h)) + "]";
}

// [SECTION] Controls --------------------------------------------------------------------

struct Control {
    HitArea area;
    std::vector<size_t> texts;  // the texts drawn on it (its label), in draw order
    size_t after_text = 0;      // reading position when it has no text of its own
};

// The accessible name of a control whose drawn label is a symbol or nothing.
std::string ControlLabel(const HitTarget& target, const Strings& strings) {
    switch (target.control) {
        case ControlKind::ZoomIn: return strings.Get(StringId::A11yZoomIn);
        case ControlKind::ZoomOut: return strings.Get(StringId::A11yZoomOut);
        case ControlKind::ZoomReset: return strings.Get(StringId::A11yZoomReset);
        case ControlKind::CloseDetails: return strings.Get(StringId::DetailsClose);
        case ControlKind::Share: return strings.Get(StringId::A11yShare);
        default: return {};
    }
}

std::vector<Control> FindControls(const Scene& scene) {
    std::vector<Control> controls;
    for (const HitArea& area : scene.Targets(true)) {
        if (!area.target.IsControl() || area.target.control == ControlKind::DetailsPanel) continue;
        Control c{area, {}, 0};
        float best = 1e30f;
        for (size_t i = 0; i < scene.texts.size(); ++i) {
            const SceneText& t = scene.texts[i];
            if (Inside(area.rect, CentreOfFirstLine(t)) && t.item_id.empty()) c.texts.push_back(i);
            // Otherwise read it after the nearest text above it or on its left.
            const float dy = area.rect.y - t.position.y, dx = std::fabs(area.rect.x - t.position.x);
            if (dy >= -4 && dy + dx * 0.25f < best) {
                best = dy + dx * 0.25f;
                c.after_text = i;
            }
        }
        controls.push_back(std::move(c));
    }
    return controls;
}

// [SECTION] Blocks ----------------------------------------------------------------------

class BlockWriter {
public:
    BlockWriter(const Scene& scene, const AppState& state, const Strings& strings, const TextMetrics& metrics)
        : scene_(scene), state_(state), strings_(strings), metrics_(metrics) {
        for (const HitArea& area : scene.hit_areas)
            if (area.target.control == ControlKind::DetailsPanel) details_ = area.rect;
    }

    void Text(const SceneText& t) {
        JsonObject block;
        if (t.role == TextRole::ItemTitle && !t.item_id.empty()) {
            const Rect r = TextRect(t, metrics_);
            const bool selected = t.item_id == state_.selected_id;
            block.String("e", "button").String("t", t.item_id).Raw("r", RectJson(r)).Bool("pressed", selected);
            if (selected && details_.w > 0) block.Bool("expanded", true);
        } else {
            block.String("e", t.role == TextRole::PageTitle ? "h1" : t.role == TextRole::Heading ? "h2" : "p");
            // A kiosk has no way out: its sources are text (their addresses are drawn).
            if (!t.link.empty() && !state_.kiosk) block.String("href", t.link);
            if (t.link_code.w > 0)
                block.Raw("qr", RectJson(t.link_code)).String("qrLabel", strings_.Format(StringId::A11yQrCode, {t.link}));
        }
        block.Raw("l", Lines(t, metrics_));
        Place(block, t.item_id, CentreOfFirstLine(t));
        Add(block.Take());
    }

    void ControlBlock(const Control& c) {
        JsonObject block;
        block.String("e", "button").String("t", TargetName(c.area.target)).Raw("r", RectJson(c.area.rect));
        std::string lines = "[";
        for (size_t i : c.texts) {
            std::string l = Lines(scene_.texts[i], metrics_);
            if (l.size() <= 2) continue;
            if (lines.size() > 1) lines += ',';
            lines += l.substr(1, l.size() - 2);
        }
        block.Raw("l", lines + "]");
        const std::string label = ControlLabel(c.area.target, strings_);
        if (!label.empty()) block.String("label", label);
        switch (c.area.target.control) {
            case ControlKind::LayerToggle:
                block.Bool("checked", !state_.hidden_layers.count(static_cast<FeatureStyle>(c.area.target.argument)));
                break;
            case ControlKind::ViewTab:
                block.Bool("pressed", static_cast<View>(c.area.target.argument) == state_.view);
                break;
            case ControlKind::ContextToggle: block.Bool("expanded", state_.context_expanded); break;
            default: break;
        }
        Place(block, {}, {c.area.rect.x + 1, c.area.rect.y + 1});
        Add(block.Take());
    }

    std::string Take() { return blocks_ + "]"; }

private:
    void Place(JsonObject& block, const std::string& item_id, Vec2 at) {
        if (!item_id.empty()) block.String("i", item_id);
        if (Inside(scene_.map_viewport, at)) block.Number("m", 1);
        if (Inside(details_, at)) block.Number("d", 1);
    }
    // Each block carries "s", a signature of its JSON (64-bit FNV-1a): the page keeps a
    // block's element while its signature stays, without writing each block out again
    // to compare (a layer has some 200 blocks, and a selection changes a few).
    void Add(const std::string& block) {
        if (blocks_.size() > 1) blocks_ += ',';
        uint64_t hash = 14695981039346656037ull;
        for (unsigned char c : block) hash = (hash ^ c) * 1099511628211ull;
        static constexpr char kHex[] = "0123456789abcdef";
        char signature[17] = {};
        for (int i = 15; i >= 0; --i, hash >>= 4) signature[i] = kHex[hash & 15];
        blocks_.append(block, 0, block.size() - 1);  // without its closing brace
        blocks_ += ",\"s\":\"";
        blocks_ += signature;
        blocks_ += "\"}";
    }

    const Scene& scene_;
    const AppState& state_;
    const Strings& strings_;
    const TextMetrics& metrics_;
    Rect details_;
    std::string blocks_ = "[";
};

}  // namespace

std::string TextLayerJson(const Scene& scene, const AppState& state, const Pack* pack, const Strings& strings,
                          const TextMetrics& metrics) {
    const std::vector<Control> controls = FindControls(scene);
    std::vector<bool> owned(scene.texts.size(), false);
    for (const Control& c : controls)
        for (size_t i : c.texts) owned[i] = true;

    BlockWriter writer(scene, state, strings, metrics);
    for (size_t i = 0; i < scene.texts.size(); ++i) {
        if (!owned[i] && !scene.texts[i].lines.empty()) writer.Text(scene.texts[i]);
        for (const Control& c : controls) {
            const size_t position = c.texts.empty() ? c.after_text : c.texts.front();
            if (position == i) writer.ControlBlock(c);
        }
    }

    JsonObject layer;
    layer.Number("w", scene.width).Number("h", scene.height);
    if (scene.map_viewport.w > 0) layer.Raw("mapRect", RectJson(scene.map_viewport));
    if (pack) {
        layer.String("lang", pack->meta.language).String("dir", pack->meta.right_to_left ? "rtl" : "ltr");
        std::string features;
        // Each name once: a country's land and its name label share a title.
        std::set<std::string> named;
        for (const MapFeature& f : pack->map.features)
            if (named.insert(f.title).second) features += (features.empty() ? "" : ", ") + f.title;
        layer.String("map", strings.Format(StringId::A11yMapFigure,
                                           {features, strings.Get(pack->map.approximate ? StringId::MapApproximate
                                                                                        : StringId::MapAsPublished)}));
        if (!state.selected_id.empty())
            layer.String("details", strings.Format(StringId::A11yDetails, {ShortName(*pack, strings, state.selected_id)}));
    }
    layer.Raw("b", writer.Take());
    return layer.Take();
}

}  // namespace core
