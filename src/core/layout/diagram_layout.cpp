// diagram_layout.cpp — see diagram_layout.h.
#include "core/layout/diagram_layout.h"

#include <algorithm>
#include <map>

#include "core/layout/amendments_layout.h"
#include "core/layout/mirror.h"
#include "core/layout/timeline_layout.h"
#include "core/pack/links.h"
#include "core/pack/pack_strings.h"

namespace core {

LayoutMode ModeForWidth(float width) {
    if (width >= 1200) return LayoutMode::Wide;
    if (width >= 720) return LayoutMode::Tablet;
    return LayoutMode::Phone;
}

const char* LayoutModeName(LayoutMode mode) {
    switch (mode) {
        case LayoutMode::Phone: return "phone";
        case LayoutMode::Tablet: return "tablet";
        case LayoutMode::Wide: return "wide";
    }
    return "";
}

namespace {

// The largest hit area of `id` in [x0, x1) (one view's column): a milestone's card
// rather than its dot, so a connector ends on something the reader can read. One on
// the map beats any off it: a feature's connector ends on the feature, not on its
// name under the legend.
bool ItemRectInColumn(const Scene& s, const std::string& id, float x0, float x1, Rect& out) {
    bool found = false, found_on_map = false;
    for (const HitArea& area : s.hit_areas) {
        if (area.target.item_id != id || area.target.IsControl()) continue;
        const Vec2 centre{area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2};
        if (centre.x < x0 || centre.x >= x1) continue;
        const bool on_map = s.map_viewport.Contains(centre);
        if (found_on_map && !on_map) continue;
        if (!found || (on_map && !found_on_map) || area.rect.w * area.rect.h > out.w * out.h) out = area.rect;
        found = true;
        found_on_map |= on_map;
    }
    return found;
}

// Where each of a scene's lists ends, so what is added after can be moved as one.
struct SceneMark {
    size_t rects, areas, lines, markers, texts, hit_areas, clips;
};

SceneMark Mark(const Scene& s) {
    return {s.rects.size(), s.areas.size(), s.lines.size(), s.markers.size(), s.texts.size(), s.hit_areas.size(),
            s.clips.size()};
}

// Moves everything added since `m` down by `dy` (the map's viewport with it).
void ShiftSince(Scene& s, const SceneMark& m, float dy) {
    if (dy == 0) return;
    for (size_t i = m.rects; i < s.rects.size(); ++i) s.rects[i].rect.y += dy;
    for (size_t i = m.areas; i < s.areas.size(); ++i)
        for (Vec2& v : s.areas[i].vertices) v.y += dy;
    for (size_t i = m.lines; i < s.lines.size(); ++i) {
        s.lines[i].from.y += dy;
        s.lines[i].to.y += dy;
    }
    for (size_t i = m.markers; i < s.markers.size(); ++i) s.markers[i].center.y += dy;
    for (size_t i = m.texts; i < s.texts.size(); ++i) s.texts[i].position.y += dy;
    for (size_t i = m.hit_areas; i < s.hit_areas.size(); ++i) s.hit_areas[i].rect.y += dy;
    for (size_t i = m.clips; i < s.clips.size(); ++i) s.clips[i].y += dy;
    s.map_viewport.y += dy;
}

// A cubic curve from the right edge of `a` to the left edge of `b` (or back), as
// line segments.
void AddConnector(Scene& s, const Rect& a, const Rect& b) {
    const bool rightwards = a.x < b.x;
    Vec2 p0{rightwards ? a.Right() : a.x, a.y + std::min(a.h / 2, 24.0f)};
    Vec2 p3{rightwards ? b.x : b.Right(), b.y + std::min(b.h / 2, 24.0f)};
    float dx = (p3.x - p0.x) * 0.5f;
    Vec2 p1{p0.x + dx, p0.y}, p2{p3.x - dx, p3.y};
    Vec2 prev = p0;
    for (int i = 1; i <= 24; ++i) {
        float t = static_cast<float>(i) / 24, u = 1 - t;
        Vec2 q{u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
               u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y};
        s.lines.push_back({prev, q, ColorRole::Selection, 1.5f, 0, {}});
        prev = q;
    }
    s.markers.push_back({p3, 3.5f, MarkerShape::Circle, ColorRole::Selection, {}});
}


// A kiosk's banner: a dark bar over the bottom of the visible band, drawn last (on top).
// Any touch on it is a touch like any other (it has no hit area of its own).
void LayoutBanner(SceneBuilder& b, const DiagramInput& input, float margin, float content) {
    Scene& s = b.scene;
    const TextMetrics& m = b.metrics;
    const float pad = 18, width = std::min(content, 640.0f);
    // The detail may be a long address: it wraps, and the bar grows with it.
    const size_t detail_lines =
        input.banner_detail.empty() ? 0 : WrapText(m, input.banner_detail, TextStyle::Body, width - 2 * pad).size();
    const float title_h = m.LineHeight(TextStyle::Heading), detail_h = static_cast<float>(detail_lines) * m.LineHeight(TextStyle::Body);
    const float h = pad * 2 + title_h + (detail_h > 0 ? detail_h + 4 : 0);
    const float band_bottom = input.visible_height > 0 ? input.visible_top + input.visible_height : s.height;
    const float x = margin + (content - width) / 2, y = std::max(0.0f, band_bottom - h - 24);
    s.rects.push_back({{x, y, width, h}, ColorRole::Text, ColorRole::Text, false, 12, {}});
    const float title_w = DrawnWidth(m, input.banner_title, TextStyle::Heading);
    b.Text(input.banner_title, TextStyle::Heading, ColorRole::Background, x + (width - title_w) / 2, y + pad, title_w + 2,
           {}, TextRole::Heading);
    if (!input.banner_detail.empty()) {
        const float detail_w = detail_lines > 1 ? width - 2 * pad : DrawnWidth(m, input.banner_detail, TextStyle::Body);
        b.Text(input.banner_detail, TextStyle::Body, ColorRole::Background, x + (width - detail_w) / 2,
               y + pad + title_h + 4, detail_w + 2);
    }
}

}  // namespace

Scene LayoutDiagram(const Pack& pack, const DiagramInput& input, const TextMetrics& metrics) {
    Scene s;
    const Strings strings = StringsFor(pack);
    SceneBuilder b{pack, strings, metrics, s, input.selected_id, input.highlighted, input.context_expanded, input.share,
                   input.source_codes, input.cache};
    const float width = std::max(input.width, 240.0f);
    const LayoutMode mode = ModeForWidth(width);
    const bool narrow = width < 600;
    const float margin = narrow ? 16 : 32;
    const float content = width - 2 * margin;
    s.width = width;
    float y = LayoutHeader(b, margin, content, narrow ? 16 : 28, narrow,
                           HeaderOptions{input.foreign_host, input.share, input.languages, input.min_target, input.touch});
    const float map_max_h = std::max(320.0f, input.height - 160);

    struct Column {
        float x0, x1;
    };
    std::vector<Column> columns;
    if (mode == LayoutMode::Wide) {
        // Phases | amendments | map.
        const float gap = 28;
        const float w_time = content * 0.36f, w_amend = content * 0.34f;
        const float w_map = content - w_time - w_amend - 2 * gap;
        float x = margin;
        float bottom = LayoutTimelineView(b, x, w_time, y);
        columns.push_back({x, x + w_time + gap / 2});
        x += w_time + gap;
        bottom = std::max(bottom, LayoutAmendmentsView(b, x, w_amend, y));
        columns.push_back({x - gap / 2, x + w_amend + gap / 2});
        x += w_amend + gap;
        const SceneMark map_mark = Mark(s);
        const float map_bottom = LayoutMapView(b, input.map, x, w_map, y, map_max_h);
        columns.push_back({x - gap / 2, width});
        // The map stays in sight while the longer columns scroll past (sticky within
        // its column), when the visible band is known and the map fits in it.
        const float map_h = map_bottom - y, column_bottom = std::max(bottom, map_bottom);
        if (input.visible_height > 0 && map_h + 32 <= input.visible_height) {
            const float top = std::max(y, std::min(input.visible_top + 16, column_bottom - map_h));
            ShiftSince(s, map_mark, top - y);
        }
        y = column_bottom;
    } else if (mode == LayoutMode::Tablet) {
        // Phases | amendments above the map.
        const float gap = 24;
        const float w_left = (content - gap) * 0.5f, w_right = content - gap - w_left;
        float bottom = LayoutTimelineView(b, margin, w_left, y);
        columns.push_back({0, margin + w_left + gap / 2});
        float right = LayoutAmendmentsView(b, margin + w_left + gap, w_right, y);
        right = LayoutMapView(b, input.map, margin + w_left + gap, w_right, right + 12, map_max_h);
        columns.push_back({margin + w_left + gap / 2, width});
        y = std::max(bottom, right);
    } else {
        // One view at a time, with a switcher.
        struct Tab {
            View view;
            StringId label;
        };
        const Tab views[] = {{View::Timeline, StringId::ViewTimeline},
                             {View::Amendments, StringId::ViewAmendments},
                             {View::Map, StringId::ViewMap}};
        const float tab_h = 44, tab_w = content / 3;
        s.rects.push_back({{margin, y, content, tab_h}, ColorRole::Panel, ColorRole::PanelBorder, true, 8, {}});
        for (int i = 0; i < 3; ++i) {
            Rect r{margin + tab_w * static_cast<float>(i), y, tab_w, tab_h};
            const bool active = input.view == views[i].view;
            if (active) s.rects.push_back({{r.x + 3, r.y + 3, r.w - 6, r.h - 6}, ColorRole::Text, ColorRole::Text, false, 6, {}});
            // How many items linked to the selection this view holds: the reader sees
            // that the other views light up too.
            int linked = 0;
            for (const std::string& id : input.highlighted)
                linked += id != input.selected_id && ViewOf(pack, id) == views[i].view;
            std::string label = strings.Get(views[i].label);
            if (linked > 0) label += " \xC2\xB7 " + strings.Number(linked);
            float tw = DrawnWidth(metrics, label, TextStyle::BodyBold);
            b.Text(label, TextStyle::BodyBold, active ? ColorRole::Background : (linked ? ColorRole::Accent : ColorRole::Text),
                   r.x + (r.w - tw) / 2, r.y + (tab_h - metrics.LineHeight(TextStyle::BodyBold)) / 2, tw + 2, {},
                   TextRole::Control);
            s.hit_areas.push_back({r, HitTarget::Control(ControlKind::ViewTab, static_cast<int>(views[i].view))});
        }
        y += tab_h + 18;
        if (input.view == View::Amendments) y = LayoutAmendmentsView(b, margin, content, y);
        else if (input.view == View::Map) y = LayoutMapView(b, input.map, margin, content, y, map_max_h);
        else y = LayoutTimelineView(b, margin, content, y);
    }

    // Connectors from the selected item to what it links in the other columns.
    if (!input.selected_id.empty() && columns.size() > 1) {
        for (const Column& from : columns) {
            Rect a;
            if (!ItemRectInColumn(s, input.selected_id, from.x0, from.x1, a)) continue;
            for (const std::string& id : input.highlighted) {
                if (id == input.selected_id) continue;
                for (const Column& to : columns) {
                    if (to.x0 == from.x0) continue;
                    Rect target;
                    if (ItemRectInColumn(s, id, to.x0, to.x1, target)) AddConnector(s, a, target);
                }
            }
            break;
        }
    }

    // Touch: every selectable target at least min_target px square (grown about its centre).
    const float t = input.min_target;
    if (input.touch)
        for (HitArea& area : s.hit_areas) {
            if (area.rect.w < t) { area.rect.x -= (t - area.rect.w) / 2; area.rect.w = t; }
            if (area.rect.h < t) { area.rect.y -= (t - area.rect.h) / 2; area.rect.h = t; }
        }

    y = LayoutFooter(b, margin, content, y + 12);
    s.height = y + margin;
    if (!input.banner_title.empty()) LayoutBanner(b, input, margin, content);
    if (pack.meta.right_to_left) MirrorScene(s);
    return s;
}

}  // namespace core
