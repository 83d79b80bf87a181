// diagram_layout.cpp — see diagram_layout.h.
#include "core/layout/diagram_layout.h"

#include <algorithm>
#include <map>

#include "core/layout/amendments_layout.h"
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
// rather than its dot, so a connector ends on something the reader can read.
bool ItemRectInColumn(const Scene& s, const std::string& id, float x0, float x1, Rect& out) {
    bool found = false;
    for (const HitArea& area : s.hit_areas) {
        if (area.target.item_id != id || area.target.IsControl()) continue;
        float cx = area.rect.x + area.rect.w / 2;
        if (cx < x0 || cx >= x1) continue;
        if (!found || area.rect.w * area.rect.h > out.w * out.h) out = area.rect;
        found = true;
    }
    return found;
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

}  // namespace

Scene LayoutDiagram(const Pack& pack, const DiagramInput& input, const TextMetrics& metrics) {
    Scene s;
    const Strings strings = StringsFor(pack);
    SceneBuilder b{pack, strings, metrics, s, input.selected_id, input.highlighted, input.context_expanded};
    const float width = std::max(input.width, 240.0f);
    const LayoutMode mode = ModeForWidth(width);
    const bool narrow = width < 600;
    const float margin = narrow ? 16 : 32;
    const float content = width - 2 * margin;
    s.width = width;
    float y = LayoutHeader(b, margin, content, narrow ? 16 : 28, narrow);
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
        bottom = std::max(bottom, LayoutMapView(b, input.map, x, w_map, y, map_max_h));
        columns.push_back({x - gap / 2, width});
        y = bottom;
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
            if (linked > 0) label += " \xC2\xB7 " + std::to_string(linked);
            float tw = metrics.Width(label, TextStyle::BodyBold);
            b.Text(label, TextStyle::BodyBold, active ? ColorRole::Background : (linked ? ColorRole::Accent : ColorRole::Text),
                   r.x + (r.w - tw) / 2, r.y + (tab_h - metrics.LineHeight(TextStyle::BodyBold)) / 2, tw + 2);
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

    // Touch: every selectable target at least 44 x 44 px (grown about its centre).
    if (input.touch)
        for (HitArea& area : s.hit_areas) {
            if (area.rect.w < 44) { area.rect.x -= (44 - area.rect.w) / 2; area.rect.w = 44; }
            if (area.rect.h < 44) { area.rect.y -= (44 - area.rect.h) / 2; area.rect.h = 44; }
        }

    y = LayoutFooter(b, margin, content, y + 12);
    s.height = y + margin;
    return s;
}

namespace {

struct Details {
    std::string kind, title, when;
    std::vector<std::pair<std::string, const Claim*>> paragraphs;  // text + its claim (may be null)
};

bool FindDetails(const Pack& pack, const Strings& strings, const std::string& id, Details& d) {
    for (const Milestone& m : pack.milestones)
        if (m.id == id) {
            d = {strings.Get(StringId::DetailsMilestone), m.title, m.when, {{m.text, &m.claim}}};
            for (const std::string& x : m.discrepancies)
                d.paragraphs.push_back({strings.Format(StringId::Discrepancy, {x}), nullptr});
            return true;
        }
    for (const Phase& p : pack.phases)
        if (p.id == id) {
            d = {strings.Get(StringId::DetailsPhase), p.title,
                 strings.Format(StringId::DetailsPhaseDays, {std::to_string(p.start_day), std::to_string(p.end_day)}),
                 {{p.text, &p.claim}}};
            return true;
        }
    for (const Amendment& a : pack.amendments)
        if (a.id == id) {
            d = {strings.Format(StringId::DetailsChange, {std::to_string(a.number)}), a.title, "",
                 {{strings.Format(StringId::DetailsFrameworkSays, {a.framework_says.text}), &a.framework_says.claim},
                  {strings.Format(StringId::DetailsAsked, {a.asked.text}), &a.asked.claim}}};
            for (const Response& r : a.responses) {
                const Actor* actor = pack.FindActor(r.actor_id);
                std::string who = actor ? actor->name : r.actor_id;
                d.paragraphs.push_back({who + ": " + r.text, &r.claim});
            }
            return true;
        }
    for (const MapFeature& f : pack.map.features)
        if (f.id == id) {
            d = {strings.Get(f.approximate ? StringId::DetailsMapApproximate : StringId::DetailsMap), f.title, "",
                 {{f.note, &f.claim}}};
            return true;
        }
    for (const ContextEvent& e : pack.context)
        if (e.id == id) {
            d = {strings.Get(StringId::DetailsBackground), e.title, strings.LongDate(e.date), {{e.text, &e.claim}}};
            return true;
        }
    return false;
}

}  // namespace

Scene LayoutDetails(const Pack& pack, const std::string& selected_id, float width, float height,
                    const TextMetrics& metrics, float scroll, const std::set<std::string>& linked) {
    Scene s;
    Details d;
    const Strings strings = StringsFor(pack);
    if (selected_id.empty() || !FindDetails(pack, strings, selected_id, d)) return s;
    SceneBuilder b{pack, strings, metrics, s, {}};
    const bool phone = width < 720;
    const float panel_w = phone ? width : std::min(520.0f, width * 0.45f);
    const float x = width - panel_w - (phone ? 0 : 16), pad = 16, inner = panel_w - 2 * pad;
    const float max_h = height * (phone ? 0.55f : 0.7f);
    // Everything is laid out (nothing cut); the panel shows what fits and scrolls.
    float y = pad;
    std::string kicker = ToUpper(d.kind) + (d.when.empty() ? "" : "  \xC2\xB7  " + ToUpper(d.when));
    y += b.Text(kicker, TextStyle::SmallBold, ColorRole::Accent, x + pad, y, inner - 40) + 4;
    y += b.Text(d.title, TextStyle::BodyBold, ColorRole::Text, x + pad, y, inner - 40) + 8;
    // What the selection links to, by view, as buttons (on a phone the only way to
    // see that the map and the days light up too).
    std::vector<std::string> in_pack_order;  // reading order, not alphabetical
    for (const Milestone& m : pack.milestones) in_pack_order.push_back(m.id);
    for (const Phase& p : pack.phases) in_pack_order.push_back(p.id);
    for (const ContextEvent& e : pack.context) in_pack_order.push_back(e.id);
    for (const Amendment& a : pack.amendments) in_pack_order.push_back(a.id);
    for (const MapFeature& f : pack.map.features) in_pack_order.push_back(f.id);
    for (View view : {View::Timeline, View::Amendments, View::Map}) {
        std::vector<std::string> ids;
        for (const std::string& id : in_pack_order)
            if (id != selected_id && linked.count(id) && ViewOf(pack, id) == view) ids.push_back(id);
        if (ids.empty()) continue;
        const StringId label = view == View::Timeline ? StringId::DetailsOnTimeline
                               : view == View::Map    ? StringId::DetailsOnMap
                                                      : StringId::DetailsChanges;
        y += b.Text(strings.Get(label), TextStyle::SmallBold, ColorRole::TextMuted, x + pad, y, inner) + 4;
        float cx = x + pad;
        const float chip_h = 30;
        for (const std::string& id : ids) {
            std::string name = ShortName(pack, b.strings, id);
            if (name.size() > 40) name = name.substr(0, 38) + "\xE2\x80\xA6";
            float w = std::min(inner, metrics.Width(name, TextStyle::Small) + 20);
            if (cx > x + pad && cx + w > x + pad + inner) {
                cx = x + pad;
                y += chip_h + 6;
            }
            s.rects.push_back({{cx, y, w, chip_h}, ColorRole::Control, ColorRole::PanelBorder, true, 15, {}});
            b.Text(name, TextStyle::Small, ColorRole::ControlText, cx + 10, y + (chip_h - metrics.LineHeight(TextStyle::Small)) / 2,
                   w - 16);
            s.hit_areas.push_back({{cx, y, w, chip_h}, HitTarget::Item(id)});
            cx += w + 6;
        }
        y += chip_h + 10;
    }
    std::vector<std::string> source_ids;
    for (const auto& [text, claim] : d.paragraphs) {
        if (!text.empty()) y += b.Text(text, TextStyle::Small, ColorRole::Text, x + pad, y, inner) + 4;
        if (claim) {
            y += b.ClaimLine(*claim, x + pad, y, inner, {}) + 8;
            for (const std::string& id : claim->source_ids)
                if (std::find(source_ids.begin(), source_ids.end(), id) == source_ids.end()) source_ids.push_back(id);
        }
    }
    if (!source_ids.empty()) {
        y += 4 + b.Text(strings.Get(StringId::DetailsSources), TextStyle::SmallBold, ColorRole::TextMuted, x + pad, y, inner) + 2;
        for (const std::string& id : source_ids) {
            const Source* src = pack.FindSource(id);
            if (!src) continue;
            y += b.Text(strings.Format(StringId::DetailsSource, {src->publisher, strings.LongDate(src->date), src->title, src->url}),
                        TextStyle::Small, ColorRole::TextMuted, x + pad, y, inner) + 3;
        }
    }
    const float content_h = y + pad;
    const float panel_h = std::min(content_h, max_h);
    const float max_scroll = std::max(0.0f, content_h - panel_h);
    const float offset = std::clamp(scroll, 0.0f, max_scroll);
    const float top = height - panel_h - (phone ? 0 : 16);
    for (SceneText& t : s.texts) t.position.y += top - offset;
    for (SceneRect& r : s.rects) r.rect.y += top - offset;
    for (HitArea& h : s.hit_areas) h.rect.y += top - offset;
    // A linked item scrolled out of the panel cannot be hit.
    s.hit_areas.erase(std::remove_if(s.hit_areas.begin(), s.hit_areas.end(),
                                     [&](const HitArea& h) { return h.rect.y < top || h.rect.Bottom() > top + panel_h; }),
                      s.hit_areas.end());
    Rect panel{x, top, panel_w, panel_h};
    s.rects.insert(s.rects.begin(), {panel, ColorRole::Panel, ColorRole::Selection, true, 8, {}});
    s.clips.push_back({panel.x, panel.y + 1, panel.w, panel.h - 2});
    for (SceneText& t : s.texts) t.clip = 0;
    for (size_t i = 1; i < s.rects.size(); ++i) s.rects[i].clip = 0;
    if (max_scroll > 0) {  // a scroll indicator on the right edge
        float track = panel_h - 16, thumb = std::max(24.0f, track * panel_h / content_h);
        float ty = top + 8 + (track - thumb) * (offset / max_scroll);
        s.rects.push_back({{panel.Right() - 6, ty, 3, thumb}, ColorRole::TextMuted, ColorRole::TextMuted, false, 1.5f, {}});
    }
    // Close button (over the content, so it stays put while the text scrolls).
    Rect close{panel.Right() - 44, panel.y, 44, 44};
    s.rects.push_back({{close.x + 6, close.y + 6, 32, 32}, ColorRole::Panel, ColorRole::Panel, false, 16, {}});
    s.lines.push_back({{close.x + 16, close.y + 16}, {close.x + 28, close.y + 28}, ColorRole::Text, 2, 0, {}});
    s.lines.push_back({{close.x + 28, close.y + 16}, {close.x + 16, close.y + 28}, ColorRole::Text, 2, 0, {}});
    s.hit_areas.insert(s.hit_areas.begin(), {panel, HitTarget::Control(ControlKind::DetailsPanel)});  // under the chips
    s.hit_areas.push_back({close, HitTarget::Control(ControlKind::CloseDetails)});
    s.width = width;
    s.height = max_scroll;  // how far the details can scroll
    return s;
}

}  // namespace core
