// timeline_layout.cpp — the phases view: the day axis with milestone markers, a
// legend of kinds, phase bars, and a grid of milestone cards with their certainty
// and sources.
#include "core/layout/timeline_layout.h"

#include <algorithm>
#include <cmath>

namespace core {

float LayoutTimelineView(SceneBuilder& b, float x0, float content, float y) {
    const Pack& pack = b.pack;
    const Strings& strings = b.strings;
    const TextMetrics& metrics = b.metrics;
    Scene& s = b.scene;
    // [SECTION] Context band: what came before day 0, collapsible ----------------------
    if (!pack.context.empty()) {
        const float top = y;
        int linked = 0;
        for (const ContextEvent& e : pack.context) linked += b.highlighted.count(e.id) > 0;
        std::string summary = strings.Format(
            StringId::ContextSummary,
            {strings.Count(StringId::ContextEventsOne, StringId::ContextEventsOther, static_cast<long long>(pack.context.size())),
             strings.LongDate(pack.context.front().date), strings.LongDate(pack.context.back().date)});
        if (!b.context_expanded && linked > 0)
            summary += "  \xC2\xB7  " + strings.Format(StringId::ContextLinked, {strings.Number(linked)});
        const std::string& toggle = strings.Get(b.context_expanded ? StringId::ContextHide : StringId::ContextShow);
        const float toggle_w = DrawnWidth(metrics, toggle, TextStyle::SmallBold) + 20;
        // Tall enough for the summary however it wraps (two lines on a phone).
        const float summary_h = metrics.LineHeight(TextStyle::SmallBold) *
                                static_cast<float>(WrapText(metrics, summary, TextStyle::SmallBold, content - toggle_w - 28).size());
        const float row_h = std::max(44.0f, summary_h + 20);
        s.rects.push_back({{x0, top, content, row_h}, ColorRole::Panel, ColorRole::PanelBorder, true, 6, {}});
        b.Text(summary, TextStyle::SmallBold, linked && !b.context_expanded ? ColorRole::Accent : ColorRole::TextMuted,
               x0 + 12, top + (row_h - summary_h) / 2, content - toggle_w - 28, {}, TextRole::Label);
        Rect button{x0 + content - toggle_w - 8, top + (row_h - 28) / 2, toggle_w, 28};
        s.rects.push_back({button, ColorRole::Control, ColorRole::PanelBorder, true, 4, {}});
        b.Text(toggle, TextStyle::SmallBold, ColorRole::ControlText, button.x + 10,
               button.y + (button.h - metrics.LineHeight(TextStyle::SmallBold)) / 2, toggle_w, {}, TextRole::Control);
        s.hit_areas.push_back({{x0, top, content, row_h}, HitTarget::Control(ControlKind::ContextToggle)});
        y = top + row_h + 8;
        // A selected event of a closed band: its details under the band.
        bool selected_context = false;
        for (const ContextEvent& e : pack.context) selected_context |= b.Selected(e.id);
        if (selected_context && !b.context_expanded) y = LayoutItemDetails(b, b.selected_id, x0, content, y, false) + 8;
        if (b.context_expanded) {
            const float date_w = std::min(118.0f, content * 0.3f);
            for (const ContextEvent& e : pack.context) {
                const float ry = y;
                std::string when = strings.LongDate(e.date);
                float h1 = b.Text(when, TextStyle::SmallBold, ColorRole::TextMuted, x0 + 12, ry + 4, date_w - 8, e.id,
                                  TextRole::Label);
                float h2 = b.Text(e.title, TextStyle::Small, b.Selected(e.id) ? ColorRole::Accent : ColorRole::Text,
                                  x0 + 12 + date_w, ry + 4, content - date_w - 24, e.id, TextRole::ItemTitle);
                float h = std::max({h1, h2, 20.0f}) + 8;
                if (b.Selected(e.id))
                    s.rects.push_back({{x0, ry, content, h}, ColorRole::Background, ColorRole::Selection, true, 4, e.id});
                s.hit_areas.push_back({{x0, ry, content, h}, HitTarget::Item(e.id)});
                y = ry + h;
                if (b.Selected(e.id)) y = LayoutItemDetails(b, e.id, x0, content, y + 6, false, x0 + 12 + date_w + 12) + 6;
            }
            y += 10;
        }
        y += 10;
    }

    // [SECTION] Timeline heading and axis ---------------------------------------------
    const int days = pack.timeline.days;
    y += b.Text(pack.timeline.label, TextStyle::Heading, ColorRole::Text, x0, y, content, {}, TextRole::Heading) + 2;
    if (!pack.timeline.day_zero.empty())
        y += b.Text(strings.Format(StringId::TimelineDayZero, {pack.timeline.day_zero}), TextStyle::Small, ColorRole::TextMuted, x0, y, content);
    y += 14;

    // Milestones grouped by kind: one lane a kind (releases, redeployments, aid,
    // talks, ...), named on the left, each with its own marker shape and colour; a
    // milestone of several kinds stands in each of its lanes. Markers that would touch
    // in a lane (close days on a phone) alternate a little up and down. Day numbers
    // are the axis labels, below it.
    static const std::pair<EventKind, StringId> kLanes[] = {
        {EventKind::Release, StringId::KindRelease},       {EventKind::Redeployment, StringId::KindRedeployment},
        {EventKind::Aid, StringId::KindAid},               {EventKind::Talks, StringId::KindTalks},
        {EventKind::Guarantees, StringId::KindGuarantees}, {EventKind::Information, StringId::KindInformation},
        {EventKind::Truce, StringId::KindTruce}};
    std::vector<const Milestone*> on_axis;
    for (const Milestone& m : pack.milestones)
        if (m.day) on_axis.push_back(&m);
    std::stable_sort(on_axis.begin(), on_axis.end(), [](auto* a, auto* c) { return *a->day < *c->day; });
    std::vector<std::pair<EventKind, StringId>> lanes;
    for (const auto& lane : kLanes)
        for (const Milestone* m : on_axis)
            if (std::find(m->kinds.begin(), m->kinds.end(), lane.first) != m->kinds.end()) {
                lanes.push_back(lane);
                break;
            }
    float label_w = 0;
    for (const auto& lane : lanes) label_w = std::max(label_w, DrawnWidth(metrics, strings.Get(lane.second), TextStyle::Small));
    label_w = std::min(label_w + 12, content * 0.32f);
    const float axis_x0 = x0 + label_w + 8, axis_x1 = x0 + content - 8;
    const float radius = content < 500 ? 6.0f : 7.0f;
    const float lane_h = 2 * radius + 12;
    const float lane_label_h = metrics.LineHeight(TextStyle::Small);
    for (const auto& [kind, name] : lanes) {
        const float cy = y + lane_h / 2;
        s.lines.push_back({{axis_x0, cy}, {axis_x1, cy}, ColorRole::Rule, 1, 0, {}});
        b.Text(strings.Get(name), TextStyle::Small, ColorRole::TextMuted, x0, cy - lane_label_h / 2, label_w, {},
               TextRole::Label);
        float previous_x = -1e9f;
        int jitter = 0;
        for (const Milestone* m : on_axis) {
            if (std::find(m->kinds.begin(), m->kinds.end(), kind) == m->kinds.end()) continue;
            const float x = DayToX(*m->day, days, axis_x0, axis_x1);
            jitter = x - previous_x < 2 * radius + 2 ? (jitter == 0 ? 1 : -jitter) : 0;
            previous_x = x;
            const Vec2 c{x, cy + static_cast<float>(jitter) * (radius * 0.6f)};
            if (b.Selected(m->id)) s.markers.push_back({c, radius + 5, MarkerShape::Ring, ColorRole::Selection, {}});
            s.markers.push_back({c, radius, KindShape(kind), KindColor(kind), m->id});
            s.hit_areas.push_back({{c.x - 11, c.y - 11, 22, 22}, HitTarget::Item(m->id)});
        }
        y += lane_h;
    }
    const float axis_y = y + 4;
    s.lines.push_back({{axis_x0, axis_y}, {axis_x1, axis_y}, ColorRole::Axis, 2, 0, {}});

    // Axis labels: day 0, every milestone's day, and the last day, in one row. A label
    // that would come within kLabelGap of the one before it (or of the last day's) keeps
    // its tick but no number, as a chart axis drops colliding labels: a second row had
    // put "1" under "0" at 1280 px, which read as a fraction. Day 0 and the last day are
    // always labelled; every milestone's day is also in its own heading below.
    constexpr float kLabelGap = 4;
    std::vector<int> axis_days = {0};
    for (const Milestone* m : on_axis)
        if (*m->day != axis_days.back() && *m->day != days) axis_days.push_back(*m->day);
    if (days != axis_days.back()) axis_days.push_back(days);  // a hand-built pack may have 0 days
    const float label_h = metrics.LineHeight(TextStyle::Small);
    const float label_y = axis_y + 9;
    auto label_left = [&](int d, float w) {
        return std::clamp(DayToX(d, days, axis_x0, axis_x1) - w / 2, x0, x0 + content - w);
    };
    const float last_left = label_left(days, DrawnWidth(metrics, b.strings.Number(days), TextStyle::Small));
    float previous_right = -1e9f;
    for (int d : axis_days) {
        const float x = DayToX(d, days, axis_x0, axis_x1);
        std::string label = b.strings.Number(d);  // the heading's "Day 0: ..." line names the unit
        const float w = DrawnWidth(metrics, label, TextStyle::Small);
        const float left = label_left(d, w);
        s.lines.push_back({{x, axis_y}, {x, axis_y + 6}, ColorRole::Axis, 1, 0, {}});
        const bool end = d == 0 || d == days;
        if (!end && (left < previous_right + kLabelGap || left + w + kLabelGap > last_left)) continue;
        previous_right = left + w;
        b.Text(label, TextStyle::Small, ColorRole::TextMuted, left, label_y, w + 2, {}, TextRole::Label);
    }
    b.Text(strings.Get(StringId::TimelineDayAxis), TextStyle::Small, ColorRole::TextMuted, x0, axis_y + 9, label_w, {},
           TextRole::Label);
    y = label_y + label_h + 16;

    // [SECTION] Phase bars ---------------------------------------------------------------
    const float bar_h = std::max(26.0f, metrics.LineHeight(TextStyle::Label) + 10);
    for (const Phase& phase : pack.phases) {
        float bx0 = DayToX(phase.start_day, days, axis_x0, axis_x1);
        float bx1 = std::max(DayToX(phase.end_day, days, axis_x0, axis_x1), bx0 + 4);
        bool selected = phase.id == b.selected_id;
        SceneRect bar{{bx0, y, bx1 - bx0, bar_h}, KindColor(phase.kind), ColorRole::Selection, selected, 4, phase.id};
        s.rects.push_back(bar);
        std::string label = phase.title;
        const float inner = bx1 - bx0 - 16;
        // A name too long for its bar keeps its first line and an ellipsis, cut in reading
        // order: the line as drawn (shaped, reordered) would be shaped and reordered again.
        if (DrawnWidth(metrics, label, TextStyle::Label) > inner) {
            std::vector<std::string> as_written;
            WrapText(metrics, label, TextStyle::Label, inner, &as_written);
            label = as_written.front() + "\xE2\x80\xA6";
        }
        b.Text(label, TextStyle::Label, ColorRole::Background, bx0 + 8, y + (bar_h - metrics.LineHeight(TextStyle::Label)) / 2,
               inner + 40, phase.id, TextRole::ItemTitle);
        s.hit_areas.push_back({bar.rect, HitTarget::Item(phase.id)});
        y += bar_h + 6;
        // The bar shows only the phase's name: its details open in full under it.
        if (selected) y = LayoutItemDetails(b, phase.id, x0, content, y + 4, false, bx0 + 16) + 10;
    }
    y += 22;

    // [SECTION] Milestone cards -----------------------------------------------------------
    y += b.Text(strings.Get(StringId::TimelineHeading), TextStyle::Heading, ColorRole::Text, x0, y, content, {},
                TextRole::Heading) + 12;
    const int columns = content >= 1000 ? 3 : (content >= 620 ? 2 : 1);
    const float gap = 16;
    const float card_w = (content - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float pad = 14;
    const float small_h = metrics.LineHeight(TextStyle::SmallBold);
    std::vector<const Milestone*> ordered = on_axis;
    for (const Milestone& m : pack.milestones)
        if (!m.day) ordered.push_back(&m);
    size_t i = 0;
    while (i < ordered.size()) {
        // One row of cards: lay them out, then give all the row's cards its tallest height.
        size_t row_end = std::min(ordered.size(), i + static_cast<size_t>(columns));
        size_t first_rect = s.rects.size();
        float row_h = 0;
        for (size_t k = i; k < row_end; ++k) {
            const Milestone& m = *ordered[k];
            float cx = x0 + static_cast<float>(k - i) * (card_w + gap);
            float tx = cx + pad, tw = card_w - 2 * pad;
            bool selected = m.id == b.selected_id;
            s.rects.push_back({{cx, y, card_w, 0}, ColorRole::Panel, selected ? ColorRole::Selection : ColorRole::PanelBorder,
                               true, 6, m.id});
            EventKind kind = m.kinds.empty() ? EventKind::Truce : m.kinds.front();
            float cy = y + pad;
            const float icon = 6;
            s.markers.push_back({{tx + icon, cy + small_h / 2}, icon, KindShape(kind), KindColor(kind), m.id});
            b.Text(ToUpper(m.when), TextStyle::SmallBold, KindColor(kind), tx + 2 * icon + 8, cy, tw - 2 * icon - 8, m.id,
                   TextRole::Label);
            cy += small_h + 6;
            cy += b.Text(m.title, TextStyle::BodyBold, ColorRole::Text, tx, cy, tw, m.id, TextRole::ItemTitle) + 4;
            cy += b.Text(m.text, TextStyle::Body, ColorRole::TextMuted, tx, cy, tw, m.id) + 8;
            for (const std::string& d : m.discrepancies)
                cy += b.Text(strings.Format(StringId::Discrepancy, {d}), TextStyle::Small, ColorRole::TextMuted, tx, cy, tw, m.id) + 4;
            // Certainty badge and the sources behind the claim.
            cy += b.ClaimLine(m.claim, tx, cy, tw, m.id) + pad;
            row_h = std::max(row_h, cy - y);
        }
        for (size_t r = first_rect; r < s.rects.size(); ++r)
            if (s.rects[r].rect.h == 0) {
                s.rects[r].rect.h = row_h;
                s.hit_areas.push_back({s.rects[r].rect, HitTarget::Item(s.rects[r].item_id)});
            }
        y += row_h + gap;
        // The selected milestone's details open under its row of cards (its text is on the card).
        for (size_t k = i; k < row_end; ++k)
            if (b.Selected(ordered[k]->id)) {
                const float card_x = x0 + static_cast<float>(k - i) * (card_w + gap);
                y = LayoutItemDetails(b, ordered[k]->id, x0, content, y - gap + 8, true, card_x + 24) + gap;
            }
        i = row_end;
    }

    return y;
}

float LayoutHeader(SceneBuilder& b, float x0, float content, float y, bool narrow, const HeaderOptions& options) {
    const Pack& pack = b.pack;
    // The header's buttons sit top right, from the right edge in; the kicker and title
    // keep clear of them.
    float reserved = 0;
    // (Share, and each other edition by its name: the style whose faces hold those names.)
    constexpr TextStyle style = kLanguageNameStyle;
    auto button = [&](const std::string& label, const HitTarget& target) {
        const float h = options.touch ? options.min_target : 32;
        const float w = std::max(h, DrawnWidth(b.metrics, label, style) + 28);
        const Rect r{x0 + content - reserved - w, y - (h - 16) / 2, w, h};
        b.scene.rects.push_back({r, ColorRole::Control, ColorRole::PanelBorder, true, 4, {}});
        SceneText t = MakeText(b.metrics, label, style, ColorRole::ControlText,
                               {r.x + 14, r.y + (h - b.metrics.LineHeight(style)) / 2}, w - 28);
        t.role = TextRole::Control;
        b.scene.texts.push_back(std::move(t));
        b.scene.hit_areas.push_back({r, target});
        reserved += w + 8;
    };
    if (options.share) button(b.strings.Get(StringId::HeaderShare), HitTarget::Control(ControlKind::Share));
    // The other editions of this pack, each named in its own language.
    if (options.languages)
        for (size_t i = 0; i < pack.meta.languages.size(); ++i)
            if (pack.meta.languages[i] != pack.meta.language)
                button(LanguageName(pack.meta.languages[i]), HitTarget::Control(ControlKind::Language, static_cast<int>(i)));
    if (reserved > 0) reserved += 8;
    std::string kicker = b.strings.Get(StringId::HeaderKicker);
    if (!pack.meta.as_of.empty())
        kicker += "  \xC2\xB7  " + b.strings.Format(StringId::HeaderAsOf, {ToUpper(b.strings.LongDate(pack.meta.as_of))});
    y += b.Text(kicker, TextStyle::SmallBold, ColorRole::Accent, x0, y, content - reserved, {}, TextRole::Label) + 6;
    y += b.Text(pack.meta.title, narrow ? TextStyle::TitleCompact : TextStyle::Title, ColorRole::Text, x0, y,
                std::min(content - reserved, 900.0f), {}, TextRole::PageTitle) + 10;
    y += b.Text(pack.meta.subtitle, TextStyle::Subtitle, ColorRole::TextMuted, x0, y, std::min(content, 760.0f)) + 20;
    // Said in the content itself, not in chrome a host could hide: whose words these are.
    if (!options.foreign_host.empty())
        y += b.Text(b.strings.Format(StringId::HeaderPackOrigin, {options.foreign_host}), TextStyle::SmallBold, ColorRole::Error,
                    x0, y - 8, content, {}, TextRole::Label) + 10;
    b.scene.lines.push_back({{x0, y}, {x0 + content, y}, ColorRole::Rule, 1, 0, {}});
    return y + 18;
}

float LayoutFooter(SceneBuilder& b, float x0, float content, float y) {
    const Pack& pack = b.pack;
    const Strings& strings = b.strings;
    b.scene.lines.push_back({{x0, y}, {x0 + content, y}, ColorRole::Rule, 1, 0, {}});
    y += 10;
    std::string footer = strings.Count(StringId::FooterSourcesOne, StringId::FooterSourcesOther,
                                       static_cast<long long>(pack.sources.size())) + " ";
    for (const std::string& credit : pack.meta.credits) footer += credit + ". ";
    if (!pack.meta.text_licence.empty()) footer += strings.Format(StringId::FooterTextLicence, {pack.meta.text_licence}) + " ";
    if (!pack.meta.map_licence.empty()) footer += strings.Format(StringId::FooterMapLicence, {pack.meta.map_licence});
    for (const Correction& c : pack.meta.corrections)
        footer += "\n" + strings.Format(StringId::FooterCorrection, {strings.LongDate(c.date), c.text});
    return y + b.Text(footer, TextStyle::Small, ColorRole::TextMuted, x0, y, content);
}

}  // namespace core
