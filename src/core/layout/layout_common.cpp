// layout_common.cpp — shared layout helpers (see layout_common.h).
#include "core/layout/layout_common.h"

#include <algorithm>
#include <cmath>

#include "core/layout/qr_code.h"
#include "core/pack/links.h"

namespace core {

ColorRole KindColor(EventKind kind) {
    switch (kind) {
        case EventKind::Truce: return ColorRole::KindTruce;
        case EventKind::Release: return ColorRole::KindRelease;
        case EventKind::Redeployment: return ColorRole::KindRedeployment;
        case EventKind::Aid: return ColorRole::KindAid;
        case EventKind::Talks: return ColorRole::KindTalks;
        case EventKind::Guarantees: return ColorRole::KindGuarantees;
        case EventKind::Information: return ColorRole::KindInformation;
    }
    return ColorRole::Accent;
}

// Shape as well as colour, so kinds stay apart for colour-blind readers and in print.
MarkerShape KindShape(EventKind kind) {
    switch (kind) {
        case EventKind::Release: return MarkerShape::Circle;
        case EventKind::Redeployment: return MarkerShape::TriangleDown;
        case EventKind::Aid: return MarkerShape::Square;
        case EventKind::Talks: return MarkerShape::Diamond;
        case EventKind::Information: return MarkerShape::Ring;
        default: return MarkerShape::TriangleUp;
    }
}

ColorRole CertaintyColor(Certainty certainty) {
    switch (certainty) {
        case Certainty::Confirmed: return ColorRole::CertaintyConfirmed;
        case Certainty::Reported: return ColorRole::CertaintyReported;
        case Certainty::Article: return ColorRole::CertaintyArticle;
    }
    return ColorRole::TextMuted;
}

std::string ToUpper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// "Reuters (via TRT World), AP" — the publishers behind a claim, each once.
std::string Publishers(const Pack& pack, const Claim& claim) {
    std::vector<std::string> names;
    for (const std::string& id : claim.source_ids) {
        const Source* source = pack.FindSource(id);
        std::string name = source ? source->publisher : id;
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

float DayToX(int day, int days, float x0, float x1) {
    if (days <= 0) return x0;
    return x0 + (x1 - x0) * static_cast<float>(day) / static_cast<float>(days);
}

float SceneBuilder::Text(const std::string& text, TextStyle style, ColorRole color, float x, float y, float max_width,
                         const std::string& item_id, TextRole role) {
    SceneText t = cache ? cache->Text(metrics, text, style, color, {x, y}, max_width)
                        : MakeText(metrics, text, style, color, {x, y}, max_width);
    t.item_id = item_id;
    t.role = role;
    float h = TextHeight(t);
    scene.texts.push_back(std::move(t));
    return h;
}

float SceneBuilder::ClaimLine(const Claim& claim, float x, float y, float width, const std::string& item_id) {
    const float small_h = metrics.LineHeight(TextStyle::SmallBold);
    const std::string& badge = CertaintyText(strings, claim.certainty);
    float badge_w = DrawnWidth(metrics, badge, TextStyle::SmallBold) + 12;
    scene.rects.push_back({{x, y, badge_w, small_h + 4}, CertaintyColor(claim.certainty), ColorRole::Background, false, 3,
                           item_id});
    Text(badge, TextStyle::SmallBold, ColorRole::Background, x + 6, y + 2, badge_w, item_id, TextRole::Label);
    float src_x = x + badge_w + 8;
    float src_h = claim.source_ids.empty()
                      ? 0
                      : Text(Publishers(pack, claim), TextStyle::Small, ColorRole::TextMuted, src_x, y + 2,
                             std::max(40.0f, x + width - src_x), item_id);
    return std::max(small_h + 4, src_h + 2);
}

// [SECTION] Details of the selected item ------------------------------------------------

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
                 strings.Format(StringId::DetailsPhaseDays, {strings.Number(p.start_day), strings.Number(p.end_day)}),
                 {{p.text, &p.claim}}};
            return true;
        }
    for (const Amendment& a : pack.amendments)
        if (a.id == id) {
            d = {strings.Format(StringId::DetailsChange, {strings.Number(a.number)}), a.title, "",
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

float LayoutItemDetails(SceneBuilder& b, const std::string& id, float x0, float width, float y, bool card_shows_text,
                        float notch_x) {
    Details d;
    if (id.empty() || !FindDetails(b.pack, b.strings, id, d)) return y;
    Scene& s = b.scene;
    const TextMetrics& m = b.metrics;
    const Strings& strings = b.strings;
    const float pad = 14, inner = width - 2 * pad;
    // The panel and the area that swallows clicks in it come first (under the rest);
    // both get their height at the end.
    const size_t panel_rect = s.rects.size();
    s.rects.push_back({{x0, y, width, 0}, ColorRole::Panel, ColorRole::Selection, true, 6, {}});
    const size_t panel_area = s.hit_areas.size();
    s.hit_areas.push_back({{x0, y, width, 0}, HitTarget::Control(ControlKind::DetailsPanel)});
    // A notch pointing up at the item the details belong to.
    notch_x = notch_x < 0 ? x0 + 24 : std::clamp(notch_x, x0 + 16, x0 + width - 16);
    s.markers.push_back({{notch_x, y + 1}, 6, MarkerShape::TriangleUp, ColorRole::Selection, {}});

    Rect share_area;
    // Close button, top right: a cross and the word.
    const std::string& close_label = strings.Get(StringId::DetailsClose);
    const float close_h = 28, close_w = DrawnWidth(m, close_label, TextStyle::SmallBold) + 38;
    const Rect close{x0 + width - pad - close_w + 6, y + pad - 6, close_w, close_h};
    s.rects.push_back({close, ColorRole::Control, ColorRole::PanelBorder, true, 14, {}});
    const float cross_x = close.x + 12, cross_y = close.y + close_h / 2;
    s.lines.push_back({{cross_x - 4, cross_y - 4}, {cross_x + 4, cross_y + 4}, ColorRole::ControlText, 1.75f, 0, {}});
    s.lines.push_back({{cross_x + 4, cross_y - 4}, {cross_x - 4, cross_y + 4}, ColorRole::ControlText, 1.75f, 0, {}});
    b.Text(close_label, TextStyle::SmallBold, ColorRole::ControlText, close.x + 24,
           close.y + (close_h - m.LineHeight(TextStyle::SmallBold)) / 2, close_w - 26, {}, TextRole::Control);
    // Share, left of Close: the reader who has scrolled to an item shares it from there.
    float share_w = 0;
    if (b.share) {
        const std::string& share_label = strings.Get(StringId::HeaderShare);
        share_w = DrawnWidth(m, share_label, TextStyle::SmallBold) + 28;
        const Rect share{close.x - 8 - share_w, close.y, share_w, close_h};
        s.rects.push_back({share, ColorRole::Control, ColorRole::PanelBorder, true, 14, {}});
        b.Text(share_label, TextStyle::SmallBold, ColorRole::ControlText, share.x + 14,
               share.y + (close_h - m.LineHeight(TextStyle::SmallBold)) / 2, share_w - 16, {}, TextRole::Control);
        share_area = share;
        share_w += 8;
    }
    const float beside_close = inner - close_w - share_w - 4;  // what fits left of the buttons
    float cy = y + pad;
    bool first_row = true;
    // Below the first row nothing runs under the button.
    auto end_first_row = [&]() {
        if (!first_row) return;
        first_row = false;
        cy = std::max(cy, close.Bottom() + 8);
    };

    if (!card_shows_text) {
        std::string kicker = ToUpper(d.kind) + (d.when.empty() ? "" : "  \xC2\xB7  " + ToUpper(d.when));
        cy += b.Text(kicker, TextStyle::SmallBold, ColorRole::Accent, x0 + pad, cy, beside_close, {}, TextRole::Label);
        cy += 4;
        end_first_row();
        cy += b.Text(d.title, TextStyle::BodyBold, ColorRole::Text, x0 + pad, cy, inner, {}, TextRole::Heading) + 8;
    }

    // What the selection links to, by view, as chips that select them (on a phone the
    // only way to see that the map and the days light up too).
    const std::vector<std::string> in_pack_order = SelectableIds(b.pack);
    for (View view : {View::Timeline, View::Amendments, View::Map}) {
        std::vector<std::string> ids;
        for (const std::string& other : in_pack_order)
            if (other != id && b.highlighted.count(other) && ViewOf(b.pack, other) == view) ids.push_back(other);
        if (ids.empty()) continue;
        const StringId label = view == View::Timeline ? StringId::DetailsOnTimeline
                               : view == View::Map    ? StringId::DetailsOnMap
                                                      : StringId::DetailsChanges;
        cy += b.Text(strings.Get(label), TextStyle::SmallBold, ColorRole::TextMuted, x0 + pad, cy,
                     first_row ? beside_close : inner, {}, TextRole::Label) + 4;
        end_first_row();
        float cx = x0 + pad;
        const float chip_h = 30;
        for (const std::string& other : ids) {
            std::string name = ShortName(b.pack, strings, other);
            name = Abbreviate(name, 38);
            const float w = std::min(inner, DrawnWidth(m, name, TextStyle::Small) + 20);
            if (cx > x0 + pad && cx + w > x0 + pad + inner) {
                cx = x0 + pad;
                cy += chip_h + 6;
            }
            s.rects.push_back({{cx, cy, w, chip_h}, ColorRole::Control, ColorRole::PanelBorder, true, 15, {}});
            b.Text(name, TextStyle::Small, ColorRole::ControlText, cx + 10,
                   cy + (chip_h - m.LineHeight(TextStyle::Small)) / 2, w - 16, other, TextRole::ItemTitle);
            s.hit_areas.push_back({{cx, cy, w, chip_h}, HitTarget::Item(other)});
            cx += w + 6;
        }
        cy += chip_h + 12;
    }

    // Full text and attributions (unless the card above shows them), then the sources.
    std::vector<std::string> source_ids;
    for (const auto& [text, claim] : d.paragraphs) {
        if (!card_shows_text) {
            if (!text.empty()) cy += b.Text(text, TextStyle::Small, ColorRole::Text, x0 + pad, cy, inner) + 4;
            if (claim) cy += b.ClaimLine(*claim, x0 + pad, cy, inner, {}) + 8;
        }
        if (!claim) continue;
        for (const std::string& source : claim->source_ids)
            if (std::find(source_ids.begin(), source_ids.end(), source) == source_ids.end()) source_ids.push_back(source);
    }
    if (!source_ids.empty()) {
        cy += 2 + b.Text(strings.Get(StringId::DetailsSources), TextStyle::SmallBold, ColorRole::TextMuted, x0 + pad, cy,
                         first_row ? beside_close : inner, {}, TextRole::Label) + 4;
        end_first_row();
        for (const std::string& source : source_ids) {
            const Source* src = b.pack.FindSource(source);
            if (!src) continue;
            const std::string line =
                strings.Format(StringId::DetailsSource, {src->publisher, strings.LongDate(src->date), src->title, src->url});
            std::optional<QrMatrix> code = b.source_codes ? EncodeQr(src->url) : std::nullopt;
            if (code) {
                // The address as text and as a code to scan, side by side.
                const float side = std::min(144.0f, inner * 0.3f), text_w = inner - side - 16;
                const float text_h = b.Text(line, TextStyle::Small, ColorRole::TextMuted, x0 + pad, cy, text_w);
                const float drawn = AddQrCode(s, *code, {x0 + pad + text_w + 16, cy}, side);
                s.texts.back().link = src->url;
                if (drawn > 0) s.texts.back().link_code = {std::round(x0 + pad + text_w + 16), std::round(cy), drawn, drawn};
                cy += std::max(text_h, drawn) + 10;
                continue;
            }
            cy += b.Text(line, TextStyle::Small, ColorRole::TextMuted, x0 + pad, cy, inner) + 4;
            s.texts.back().link = src->url;  // the page's text layer makes it a link (https only: the loader)
        }
    }
    end_first_row();
    const float bottom = cy + pad - 4;
    s.rects[panel_rect].rect.h = bottom - y;
    s.hit_areas[panel_area].rect.h = bottom - y;
    s.hit_areas.push_back({close, HitTarget::Control(ControlKind::CloseDetails)});
    // Argument 1: not the header's button, so each is its own focus stop.
    if (share_area.w > 0) s.hit_areas.push_back({share_area, HitTarget::Control(ControlKind::Share, 1)});
    return bottom;
}

}  // namespace core
