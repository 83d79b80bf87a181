// amendments_layout.cpp — see amendments_layout.h.
#include "core/layout/amendments_layout.h"

#include <algorithm>

namespace core {

float LayoutAmendmentsView(SceneBuilder& b, float x0, float width, float y) {
    const Pack& pack = b.pack;
    Scene& s = b.scene;
    if (pack.amendments.empty()) return y;
    const TextMetrics& m = b.metrics;
    const Strings& strings = b.strings;
    y += b.Text(strings.Get(StringId::AmendmentsHeading), TextStyle::Heading, ColorRole::Text, x0, y, width, {},
                TextRole::Heading) + 2;
    y += b.Text(strings.Get(StringId::AmendmentsHint), TextStyle::Small, ColorRole::TextMuted, x0, y, width) + 12;
    const float pad = 14, inner = width - 2 * pad;
    for (const Amendment& a : pack.amendments) {
        const float top = y;
        const size_t card = s.rects.size();
        s.rects.push_back({{x0, top, width, 0}, ColorRole::Panel,
                           b.Selected(a.id) ? ColorRole::Selection : ColorRole::PanelBorder, true, 6, a.id});
        float cy = top + pad;
        // Number in a circle, then the title beside it.
        const float badge = 26;
        s.markers.push_back({{x0 + pad + badge / 2, cy + badge / 2}, badge / 2, MarkerShape::Circle, ColorRole::Accent, a.id});
        std::string number = b.strings.Number(a.number);
        float nw = DrawnWidth(m, number, TextStyle::BodyBold);
        b.Text(number, TextStyle::BodyBold, ColorRole::Background, x0 + pad + (badge - nw) / 2,
               cy + (badge - m.LineHeight(TextStyle::BodyBold)) / 2, nw + 2, a.id, TextRole::Label);
        float title_h = b.Text(a.title, TextStyle::BodyBold, ColorRole::Text, x0 + pad + badge + 10, cy + 2,
                               inner - badge - 10, a.id, TextRole::ItemTitle);
        cy += std::max(badge, title_h + 2) + 10;

        auto section = [&](StringId label, const ClaimText& claim) {
            cy += b.Text(strings.Get(label), TextStyle::SmallBold, ColorRole::TextMuted, x0 + pad, cy, inner, a.id,
                         TextRole::Label) + 2;
            cy += b.Text(claim.text, TextStyle::Body, ColorRole::Text, x0 + pad, cy, inner, a.id) + 6;
            cy += b.ClaimLine(claim.claim, x0 + pad, cy, inner, a.id) + 12;
        };
        section(StringId::AmendmentFrameworkSays, a.framework_says);
        section(StringId::AmendmentAsked, a.asked);
        if (!a.responses.empty()) {
            cy += b.Text(strings.Get(StringId::AmendmentResponses), TextStyle::SmallBold, ColorRole::TextMuted, x0 + pad,
                         cy, inner, a.id, TextRole::Label) + 4;
            for (const Response& r : a.responses) {
                const Actor* actor = pack.FindActor(r.actor_id);
                std::string who = actor ? actor->name : r.actor_id;
                cy += b.Text(who, TextStyle::SmallBold, ColorRole::Text, x0 + pad, cy, inner, a.id, TextRole::Label) + 1;
                cy += b.Text(r.text, TextStyle::Small, ColorRole::Text, x0 + pad, cy, inner, a.id) + 4;
                cy += b.ClaimLine(r.claim, x0 + pad, cy, inner, a.id) + 10;
            }
        }
        s.rects[card].rect.h = cy - top + pad - 10;
        s.hit_areas.push_back({s.rects[card].rect, HitTarget::Item(a.id)});
        y = s.rects[card].rect.Bottom() + 14;
        // The selected change's details open under its card (its text is on the card).
        if (b.Selected(a.id)) y = LayoutItemDetails(b, a.id, x0, width, y - 6, true) + 14;
    }
    return y;
}

}  // namespace core
