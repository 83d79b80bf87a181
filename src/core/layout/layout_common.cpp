// layout_common.cpp — shared layout helpers (see layout_common.h).
#include "core/layout/layout_common.h"

#include <algorithm>

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
                        const std::string& item_id) {
    SceneText t = MakeText(metrics, text, style, color, {x, y}, max_width);
    t.item_id = item_id;
    float h = TextHeight(t);
    scene.texts.push_back(std::move(t));
    return h;
}

float SceneBuilder::ClaimLine(const Claim& claim, float x, float y, float width, const std::string& item_id) {
    const float small_h = metrics.LineHeight(TextStyle::SmallBold);
    const std::string& badge = CertaintyText(strings, claim.certainty);
    float badge_w = metrics.Width(badge, TextStyle::SmallBold) + 12;
    scene.rects.push_back({{x, y, badge_w, small_h + 4}, CertaintyColor(claim.certainty), ColorRole::Background, false, 3,
                           item_id});
    Text(badge, TextStyle::SmallBold, ColorRole::Background, x + 6, y + 2, badge_w, item_id);
    float src_x = x + badge_w + 8;
    float src_h = claim.source_ids.empty()
                      ? 0
                      : Text(Publishers(pack, claim), TextStyle::Small, ColorRole::TextMuted, src_x, y + 2,
                             std::max(40.0f, x + width - src_x), item_id);
    return std::max(small_h + 4, src_h + 2);
}

}  // namespace core
