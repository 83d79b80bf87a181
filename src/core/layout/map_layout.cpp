// map_layout.cpp — see map_layout.h.
//
// [SECTION] Features: neighbouring land under all, areas (triangulated), lines (dash
//           by style), points (towns as dots)
// [SECTION] Labels: region names first, then greedy placement, no overlaps, halo
// [SECTION] Furniture: north arrow, scale bar, zoom buttons, caveat
// [SECTION] Legend with layer toggles; features without room for a label; note
// [SECTION] The selected feature's details, under it all
#include "core/layout/map_layout.h"

#include <algorithm>
#include <cmath>

#include "core/layout/geometry.h"
#include "core/layout/map_projection.h"

namespace core {

namespace {
// The triangles that fill an area's ring, as projected: from the cache when there is one.
std::vector<int> Triangles(SceneBuilder& b, const std::vector<LonLat>* ring_in_pack, const std::vector<Vec2>& ring) {
    return b.cache ? b.cache->Fill(ring_in_pack, ring) : TriangulatePolygon(ring);
}

// A layer's name in the legend: the outline is named by its own feature (the territory
// the pack is about), the other layers by the string table.
std::string LegendName(const Pack& pack, const Strings& strings, FeatureStyle style) {
    switch (style) {
        case FeatureStyle::Outline:
            for (const MapFeature& f : pack.map.features)
                if (f.style == FeatureStyle::Outline) return f.title;
            return strings.Get(StringId::MapLayerOutline);
        case FeatureStyle::Buffer: return strings.Get(StringId::MapLayerBuffer);
        case FeatureStyle::Corridor: return strings.Get(StringId::MapLayerCorridor);
        case FeatureStyle::Crossing: return strings.Get(StringId::MapLayerCrossing);
        case FeatureStyle::Land: return strings.Get(StringId::MapLayerLand);
        case FeatureStyle::Town: return strings.Get(StringId::MapLayerTown);
        case FeatureStyle::Reference: case FeatureStyle::Label: break;
    }
    return strings.Get(StringId::MapLayerReference);
}

ColorRole StyleColor(FeatureStyle style) {
    switch (style) {
        case FeatureStyle::Outline: return ColorRole::MapOutline;
        case FeatureStyle::Buffer: return ColorRole::MapBuffer;
        case FeatureStyle::Corridor: return ColorRole::MapCorridor;
        case FeatureStyle::Crossing: return ColorRole::MapCrossing;
        case FeatureStyle::Reference: case FeatureStyle::Label: return ColorRole::TextMuted;
        case FeatureStyle::Land: return ColorRole::MapNeighbour;
        case FeatureStyle::Town: return ColorRole::Text;
    }
    return ColorRole::Text;
}

// Line kinds differ by dash as well as colour: outline solid, buffer dotted,
// corridors long dashes.
float StyleDash(FeatureStyle style) {
    switch (style) {
        case FeatureStyle::Buffer: return 3;
        case FeatureStyle::Corridor: return 9;
        default: return 0;
    }
}

float StyleThickness(FeatureStyle style) { return style == FeatureStyle::Corridor ? 4.0f : 2.0f; }

Vec2 PathMiddle(const std::vector<Vec2>& path) {
    if (path.empty()) return {};
    return path[path.size() / 2];
}

Vec2 Centroid(const std::vector<Vec2>& ring) {
    Vec2 c;
    for (Vec2 p : ring) c = {c.x + p.x, c.y + p.y};
    float n = static_cast<float>(std::max<size_t>(ring.size(), 1));
    return {c.x / n, c.y / n};
}

std::string FormatDistance(const Strings& strings, double metres) {
    if (metres >= 1000)
        return strings.Format(StringId::MapScaleKilometres, {strings.Number(std::lround(metres / 1000))});
    return strings.Format(StringId::MapScaleMetres, {strings.Number(std::lround(metres))});
}

}  // namespace

float LayoutMapView(SceneBuilder& b, const MapViewState& view, float x0, float width, float y, float max_height) {
    const Pack& pack = b.pack;
    Scene& s = b.scene;
    const TextMetrics& m = b.metrics;
    const Strings& strings = b.strings;
    if (pack.map.features.empty()) return y;
    y += b.Text(strings.Get(StringId::MapHeading), TextStyle::Heading, ColorRole::Text, x0, y, width, {},
                TextRole::Heading) + 2;
    // The caveat on screen; the pack's own note (how the lines were made) is under the legend.
    y += b.Text(strings.Get(pack.map.approximate ? StringId::MapApproximate : StringId::MapAsPublished),
                TextStyle::Small, ColorRole::TextMuted, x0, y, width) + 10;

    const float panel_h = std::clamp(width * 1.2f, 260.0f, std::max(260.0f, max_height));
    const Rect panel{x0, y, width, panel_h};
    s.map_viewport = panel;
    const int clip = static_cast<int>(s.clips.size());
    s.clips.push_back(panel);
    // The panel is the sea; its frame is drawn again over the land, which is clipped
    // to the panel and would cover it.
    s.rects.push_back({panel, ColorRole::MapWater, ColorRole::PanelBorder, true, 6, {}});
    {
        SceneRect frame{panel, ColorRole::MapWater, ColorRole::PanelBorder, true, 6, {}};
        frame.filled = false;
        frame.over_areas = true;
        s.rects.push_back(frame);
    }
    const size_t first_hit_area = s.hit_areas.size();  // the features' come first
    const MapProjection projection(BoundsOf(pack.map.features), panel, 28, view.zoom, view.pan);

    // [SECTION] Features ------------------------------------------------------------
    std::vector<LabelRequest> label_requests;
    std::vector<const MapFeature*> labelled;
    std::vector<LabelRequest> region_requests;  // names of the sea and the countries
    std::vector<const MapFeature*> regions;
    std::vector<Rect> obstacles;
    auto hidden = [&](const MapFeature& f) { return view.hidden_styles.count(f.style) > 0; };
    // Neighbouring land first, under everything: the ground the lines are drawn on.
    // Not an item: no outline, marker, label or hit area, and never dimmed.
    for (const MapFeature& f : pack.map.features) {
        if (f.style != FeatureStyle::Land || f.kind != FeatureKind::Area || hidden(f) || f.rings.empty()) continue;
        std::vector<Vec2> ring;
        for (LonLat p : f.rings[0]) ring.push_back(projection.Project(p));
        if (ring.size() > 600) continue;  // see the size cap below
        SceneTriangles fill;
        fill.color = ColorRole::MapNeighbour;
        fill.clip = clip;
        for (int index : Triangles(b, &f.rings[0], ring)) fill.vertices.push_back(ring[index]);
        s.areas.push_back(std::move(fill));
    }
    // Then areas, lines, and points on top.
    for (FeatureKind pass : {FeatureKind::Area, FeatureKind::Line, FeatureKind::Point}) {
        for (const MapFeature& f : pack.map.features) {
            if (f.kind != pass || hidden(f) || f.rings.empty() || f.style == FeatureStyle::Land) continue;
            if (f.style == FeatureStyle::Label) {  // placed before the other labels, below
                region_requests.push_back({projection.Project(f.rings[0][0]), 0, 0, 4, true});
                regions.push_back(&f);
                continue;
            }
            const bool selected = b.Selected(f.id);
            const ColorRole color = StyleColor(f.style);
            if (f.kind == FeatureKind::Area) {
                for (size_t r = 0; r < f.rings.size(); ++r) {
                    std::vector<Vec2> ring;
                    for (LonLat p : f.rings[r]) ring.push_back(projection.Project(p));
                    // Why the size cap: ear clipping is quadratic or worse, and a pack's
                    // ring may hold up to 1000 positions; past 600 the outline alone shows.
                    if (r == 0 && ring.size() <= 600) {
                        SceneTriangles fill;
                        fill.color = f.style == FeatureStyle::Outline ? ColorRole::MapLand : color;
                        fill.alpha = f.style == FeatureStyle::Outline ? 1.0f : 0.35f;
                        fill.item_id = f.id;
                        fill.clip = clip;
                        for (int index : Triangles(b, &f.rings[0], ring)) fill.vertices.push_back(ring[index]);
                        s.areas.push_back(std::move(fill));
                    }
                    for (size_t i = 0; i + 1 < ring.size(); ++i)
                        s.lines.push_back({ring[i], ring[i + 1], selected ? ColorRole::Selection : color,
                                           selected ? 3.0f : 1.5f, StyleDash(f.style), f.id, clip});
                    if (r == 0) {
                        // Areas are selected at their anchor and by their label (added
                        // below), not anywhere inside: a click inside the strip would
                        // otherwise always select the strip.
                        Vec2 anchor = f.style == FeatureStyle::Outline ? Centroid(ring) : ring[ring.size() / 3];
                        s.markers.push_back({anchor, 3.5f, MarkerShape::Circle, color, f.id, clip});
                        if (panel.Contains(anchor)) s.hit_areas.push_back({{anchor.x - 9, anchor.y - 9, 18, 18}, HitTarget::Item(f.id)});
                        obstacles.push_back({anchor.x - 4, anchor.y - 4, 8, 8});
                        label_requests.push_back({anchor, 0, 0, 7, false, true});
                        labelled.push_back(&f);
                    }
                }
            } else if (f.kind == FeatureKind::Line) {
                std::vector<Vec2> path;
                for (LonLat p : f.rings[0]) path.push_back(projection.Project(p));
                for (size_t i = 0; i + 1 < path.size(); ++i) {
                    if (selected)
                        s.lines.push_back({path[i], path[i + 1], ColorRole::Selection, 8, 0, f.id, clip});
                    s.lines.push_back({path[i], path[i + 1], color, StyleThickness(f.style), StyleDash(f.style), f.id, clip});
                    // Hit areas along the line, so a tap anywhere on it selects it.
                    float dx = path[i + 1].x - path[i].x, dy = path[i + 1].y - path[i].y;
                    int steps = std::max(1, static_cast<int>(std::sqrt(dx * dx + dy * dy) / 12));
                    for (int k = 0; k <= steps; ++k) {
                        Vec2 q{path[i].x + dx * k / steps, path[i].y + dy * k / steps};
                        if (panel.Contains(q)) s.hit_areas.push_back({{q.x - 8, q.y - 8, 16, 16}, HitTarget::Item(f.id)});
                    }
                }
                label_requests.push_back({PathMiddle(path), 0, 0, 8});
                labelled.push_back(&f);
            } else {
                // A point: a town is a dot (where people live, not a line of the deal), a
                // crossing a square; each on a halo of the ground it sits on, ringed when
                // selected, with a finger-sized hit area and its label beside it.
                struct PointLook {
                    float ring, halo;
                    ColorRole halo_role;
                    MarkerShape shape;
                    float size, keep_clear, label_gap;
                };
                const bool town = f.style == FeatureStyle::Town;
                const PointLook look = town ? PointLook{9, 5, ColorRole::MapLand, MarkerShape::Circle, 3.5f, 5, 6}
                                            : PointLook{12, 7.5f, ColorRole::MapWater, MarkerShape::Square, 6, 8, 9};
                Vec2 p = projection.Project(f.rings[0][0]);
                if (selected) s.markers.push_back({p, look.ring, MarkerShape::Ring, ColorRole::Selection, {}, clip});
                s.markers.push_back({p, look.halo, MarkerShape::Circle, look.halo_role, {}, clip});
                s.markers.push_back({p, look.size, look.shape, color, f.id, clip});
                if (panel.Contains(p)) s.hit_areas.push_back({{p.x - 11, p.y - 11, 22, 22}, HitTarget::Item(f.id)});
                obstacles.push_back({p.x - look.keep_clear, p.y - look.keep_clear, 2 * look.keep_clear, 2 * look.keep_clear});
                label_requests.push_back({p, 0, 0, look.label_gap, false, true});
                labelled.push_back(&f);
            }
        }
    }

    // [SECTION] Furniture (placed first: labels keep clear of it) ---------------------
    // Zoom buttons, top right.
    const float button = 30;
    struct Button {
        ControlKind kind;
        const std::string& label;
    };
    const Button buttons[] = {{ControlKind::ZoomIn, strings.Get(StringId::MapZoomIn)},
                              {ControlKind::ZoomOut, strings.Get(StringId::MapZoomOut)},
                              {ControlKind::ZoomReset, strings.Get(StringId::MapReset)}};
    float bx = panel.Right() - 10;
    for (int i = 2; i >= 0; --i) {
        float w = i == 2 ? DrawnWidth(m, buttons[i].label, TextStyle::SmallBold) + 18 : button;
        bx -= w;
        Rect r{bx, panel.y + 10, w, button};
        SceneRect face{r, ColorRole::Control, ColorRole::PanelBorder, true, 4, {}, clip};
        face.over_areas = true;  // the land may run under the buttons
        s.rects.push_back(face);
        float tw = DrawnWidth(m, buttons[i].label, i == 2 ? TextStyle::SmallBold : TextStyle::BodyBold);
        TextStyle style = i == 2 ? TextStyle::SmallBold : TextStyle::BodyBold;
        SceneText t = MakeText(m, buttons[i].label, style, ColorRole::ControlText,
                               {r.x + (w - tw) / 2, r.y + (button - m.LineHeight(style)) / 2}, w);
        t.role = TextRole::Control;
        t.clip = clip;
        s.texts.push_back(std::move(t));
        s.hit_areas.push_back({r, HitTarget::Control(buttons[i].kind)});
        obstacles.push_back(r);
        bx -= 6;
    }
    // North arrow, top left.
    const Vec2 north{panel.x + 22, panel.y + 30};
    s.markers.push_back({north, 8, MarkerShape::TriangleUp, ColorRole::Text, {}, clip});
    {
        SceneText t = MakeText(m, strings.Get(StringId::MapNorth), TextStyle::SmallBold, ColorRole::Text, {north.x - 4, north.y - 28}, 20);
        t.role = TextRole::Label;
        t.clip = clip;
        s.texts.push_back(std::move(t));
    }
    obstacles.push_back({north.x - 12, north.y - 30, 24, 42});
    // Scale bar, bottom left.
    const double metres = NiceScaleMetres(projection.MetresPerPixel(), std::min(120.0f, width / 3));
    if (metres > 0) {
        float len = static_cast<float>(metres / projection.MetresPerPixel());
        float sx = panel.x + 14, sy = panel.Bottom() - 16;
        s.lines.push_back({{sx, sy}, {sx + len, sy}, ColorRole::Text, 2, 0, {}, clip});
        s.lines.push_back({{sx, sy - 5}, {sx, sy + 1}, ColorRole::Text, 2, 0, {}, clip});
        s.lines.push_back({{sx + len, sy - 5}, {sx + len, sy + 1}, ColorRole::Text, 2, 0, {}, clip});
        SceneText t = MakeText(m, FormatDistance(strings, metres), TextStyle::SmallBold, ColorRole::Text,
                               {sx, sy - 6 - m.LineHeight(TextStyle::SmallBold)}, 80);
        t.halo = true;
        t.role = TextRole::Label;
        t.clip = clip;
        s.texts.push_back(std::move(t));
        obstacles.push_back({sx - 4, sy - 8 - m.LineHeight(TextStyle::SmallBold), std::max(len, 60.0f) + 8, 30});
    }

    // [SECTION] Labels ----------------------------------------------------------------
    const Rect inner{panel.x + 4, panel.y + 4, panel.w - 8, panel.h - 8};
    // Region names first, centred on their points where they fit (else beside them,
    // else not at all: they only orient): the other labels then keep clear of them.
    const TextStyle region_style = TextStyle::Small;
    for (size_t i = 0; i < regions.size(); ++i) {
        // The slant leans the top of the glyphs right: room for it.
        region_requests[i].width = DrawnWidth(m, regions[i]->title, region_style) + 6;
        region_requests[i].height = m.LineHeight(region_style);
    }
    const std::vector<Rect> region_rects = PlaceLabels(region_requests, inner, obstacles);
    for (size_t i = 0; i < regions.size(); ++i) {
        const MapFeature& f = *regions[i];
        const Rect& r = region_rects[i];
        if (r.w <= 0) continue;
        SceneText t = MakeText(m, f.title, region_style, ColorRole::TextMuted, {r.x + 2, r.y}, r.w + 4);
        t.oblique = true;
        t.role = TextRole::Label;
        t.clip = clip;
        s.texts.push_back(std::move(t));
        obstacles.push_back(r);
    }
    // Towns are named in the regular weight, the pack's lines and places in bold.
    auto label_style = [](const MapFeature& f) {
        return f.style == FeatureStyle::Town ? TextStyle::Small : TextStyle::SmallBold;
    };
    for (size_t i = 0; i < labelled.size(); ++i) {
        label_requests[i].width = DrawnWidth(m, labelled[i]->title, label_style(*labelled[i])) + 4;
        label_requests[i].height = m.LineHeight(label_style(*labelled[i]));
    }
    std::vector<Rect> placed = PlaceLabels(label_requests, inner, obstacles);
    std::vector<const MapFeature*> unlabelled;  // drawn, but no room for a label: named under the legend
    for (size_t i = 0; i < labelled.size(); ++i) {
        if (placed[i].w <= 0) {
            const auto first = s.hit_areas.begin() + static_cast<std::ptrdiff_t>(first_hit_area);
            const bool drawn = std::any_of(first, s.hit_areas.end(),
                                           [&](const HitArea& a) { return a.target.item_id == labelled[i]->id; });
            if (drawn && std::find(unlabelled.begin(), unlabelled.end(), labelled[i]) == unlabelled.end())
                unlabelled.push_back(labelled[i]);
            continue;
        }
        SceneText t = MakeText(m, labelled[i]->title, label_style(*labelled[i]),
                               b.Selected(labelled[i]->id) ? ColorRole::Selection : ColorRole::Text,
                               {placed[i].x + 2, placed[i].y}, placed[i].w + 4);
        t.halo = true;
        t.item_id = labelled[i]->id;
        t.role = TextRole::ItemTitle;
        t.clip = clip;
        s.texts.push_back(std::move(t));
        s.hit_areas.push_back({placed[i], HitTarget::Item(labelled[i]->id)});
    }
    y = panel.Bottom() + 12;

    // [SECTION] Legend ------------------------------------------------------------------
    std::vector<FeatureStyle> styles;
    for (const MapFeature& f : pack.map.features)  // region names are not a layer
        if (f.style != FeatureStyle::Label && std::find(styles.begin(), styles.end(), f.style) == styles.end())
            styles.push_back(f.style);
    const float row_h = std::max(m.LineHeight(TextStyle::Small), 24.0f);
    float lx = x0;
    for (FeatureStyle style : styles) {
        bool any_approximate = false;
        for (const MapFeature& f : pack.map.features) any_approximate |= f.style == style && f.approximate;
        std::string name = LegendName(pack, strings, style);
        if (any_approximate) name = strings.Format(StringId::MapLegendApproximate, {name});
        const bool off = view.hidden_styles.count(style) > 0;
        float item_w = 44 + DrawnWidth(m, name, TextStyle::Small) + 14;
        if (lx > x0 && lx + item_w > x0 + width) {
            lx = x0;
            y += row_h + 4;
        }
        Rect r{lx, y, item_w - 8, row_h};
        // A checkbox (filled when the layer is shown), then a swatch of the layer's line.
        Rect box{lx + 2, y + row_h / 2 - 7, 14, 14};
        s.rects.push_back({box, off ? ColorRole::Background : ColorRole::Text, ColorRole::Text, true, 3, {}});
        if (!off) {  // a check mark in the filled box
            s.lines.push_back({{box.x + 3, box.y + 7}, {box.x + 6, box.y + 10}, ColorRole::Background, 2, 0, {}});
            s.lines.push_back({{box.x + 6, box.y + 10}, {box.x + 11, box.y + 4}, ColorRole::Background, 2, 0, {}});
        }
        ColorRole color = StyleColor(style);
        float sy = y + row_h / 2;
        if (style == FeatureStyle::Crossing)
            s.markers.push_back({{lx + 30, sy}, 5, MarkerShape::Square, color, {}});
        else if (style == FeatureStyle::Town)
            s.markers.push_back({{lx + 30, sy}, 3.5f, MarkerShape::Circle, color, {}});
        else if (style == FeatureStyle::Land)
            s.rects.push_back({{lx + 21, sy - 6, 20, 12}, color, ColorRole::PanelBorder, true, 2, {}});
        else
            s.lines.push_back({{lx + 22, sy}, {lx + 40, sy}, color, StyleThickness(style), StyleDash(style) * 0.6f, {}});
        b.Text(name, TextStyle::Small, off ? ColorRole::TextMuted : ColorRole::Text, lx + 44,
               y + (row_h - m.LineHeight(TextStyle::Small)) / 2, item_w, {}, TextRole::Label);
        s.hit_areas.push_back({r, HitTarget::Control(ControlKind::LayerToggle, static_cast<int>(style))});
        lx += item_w;
    }
    y += row_h + 8;

    // [SECTION] Features drawn without a label (no room on the map): named here, as
    // buttons with the layer's swatch that select them, so every feature on screen has
    // its name on screen too.
    if (!unlabelled.empty()) {
        const float chip_h = 28;
        float cx = x0;
        for (const MapFeature* f : unlabelled) {
            const float w = std::min(width, DrawnWidth(m, f->title, TextStyle::Small) + 46);
            if (cx > x0 && cx + w > x0 + width) {
                cx = x0;
                y += chip_h + 6;
            }
            const Rect r{cx, y, w, chip_h};
            const ColorRole border = b.Selected(f->id) ? ColorRole::Selection : ColorRole::PanelBorder;
            s.rects.push_back({r, ColorRole::Control, border, true, chip_h / 2, f->id});
            const ColorRole color = StyleColor(f->style);
            if (f->style == FeatureStyle::Town)
                s.markers.push_back({{cx + 20, y + chip_h / 2}, 3.5f, MarkerShape::Circle, color, f->id});
            else if (f->kind == FeatureKind::Point)
                s.markers.push_back({{cx + 20, y + chip_h / 2}, 5, MarkerShape::Square, color, f->id});
            else
                s.lines.push_back({{cx + 12, y + chip_h / 2}, {cx + 28, y + chip_h / 2}, color, StyleThickness(f->style),
                                   StyleDash(f->style) * 0.6f, f->id});
            b.Text(f->title, TextStyle::Small, ColorRole::ControlText, cx + 34,
                   y + (chip_h - m.LineHeight(TextStyle::Small)) / 2, w - 38, f->id, TextRole::ItemTitle);
            s.hit_areas.push_back({r, HitTarget::Item(f->id)});
            cx += w + 6;
        }
        y += chip_h + 10;
    }
    if (!pack.map.note.empty()) y += b.Text(pack.map.note, TextStyle::Small, ColorRole::TextMuted, x0, y, width) + 4;
    // A selected feature's details, under the legend and its note.
    for (const MapFeature& f : pack.map.features)
        if (b.Selected(f.id)) y = LayoutItemDetails(b, f.id, x0, width, y + 8, false) + 4;
    return y + 8;
}

}  // namespace core
