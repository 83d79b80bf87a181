// scene.cpp — hit testing and focus order over a Scene's hit areas.
#include "core/layout/scene.h"

#include <algorithm>

namespace core {

std::vector<HitArea> Scene::Targets(bool include_controls, float visible_top, float visible_bottom) const {
    auto visible = [&](const Rect& r) { return r.y >= visible_top && r.Bottom() <= visible_bottom; };
    std::vector<HitArea> out;
    for (const HitArea& area : hit_areas) {
        if (area.target.IsControl() && !include_controls) continue;
        // The details' background only swallows clicks: never a focus stop or a target.
        if (area.target.control == ControlKind::DetailsPanel) continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const HitArea& a) { return a.target == area.target; });
        if (it == out.end()) {
            out.push_back(area);
            continue;
        }
        const bool better_visibility = visible(area.rect) && !visible(it->rect);
        const bool same_visibility = visible(area.rect) == visible(it->rect);
        if (better_visibility || (same_visibility && area.rect.w * area.rect.h > it->rect.w * it->rect.h))
            it->rect = area.rect;
    }
    return out;
}

HitTarget Scene::HitTest(Vec2 point) const {
    // Last added wins, matching draw order (later is on top).
    for (auto it = hit_areas.rbegin(); it != hit_areas.rend(); ++it)
        if (it->rect.Contains(point)) return it->target;
    return {};
}

}  // namespace core
