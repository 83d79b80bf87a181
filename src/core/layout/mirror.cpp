// mirror.cpp — x' = width - x for everything but the map's clipped contents, which move.
#include "core/layout/mirror.h"

#include <utility>

namespace core {

void MirrorScene(Scene& s) {
    const float width = s.width;
    // The map is the scene's clipped panel (map_layout.cpp): primitives clipped to it,
    // and hit areas inside it, keep their shape and move with it.
    const Rect map = s.map_viewport;
    const float map_dx = map.w > 0 ? (width - map.x - map.w) - map.x : 0;
    auto in_map = [&](int clip) { return clip >= 0 && map.w > 0; };
    auto flip = [&](Rect& r) { r.x = width - r.x - r.w; };
    auto x_of = [&](float x, int clip) { return in_map(clip) ? x + map_dx : width - x; };

    for (SceneRect& r : s.rects) {
        if (in_map(r.clip)) r.rect.x += map_dx;
        else flip(r.rect);
    }
    for (SceneTriangles& area : s.areas) {
        for (Vec2& v : area.vertices) v.x = x_of(v.x, area.clip);
        // Keep each triangle's winding (anti-aliased fills depend on it).
        if (!in_map(area.clip))
            for (size_t i = 0; i + 2 < area.vertices.size(); i += 3) std::swap(area.vertices[i + 1], area.vertices[i + 2]);
    }
    // A point drawn over the map without its clip (a connector's end on a map feature)
    // moves with the map too.
    auto point_x = [&](Vec2 p, int clip) {
        return in_map(clip) || (map.w > 0 && map.Contains(p)) ? p.x + map_dx : width - p.x;
    };
    for (SceneLine& l : s.lines) {
        l.from.x = point_x(l.from, l.clip);
        l.to.x = point_x(l.to, l.clip);
    }
    for (SceneMarker& m : s.markers) m.center.x = point_x(m.center, m.clip);
    for (SceneText& t : s.texts) {
        if (in_map(t.clip)) {
            t.position.x += map_dx;
            continue;
        }
        t.position.x = width - t.position.x - t.box_width;
        t.align_end = true;
    }
    for (HitArea& area : s.hit_areas) {
        const Vec2 centre{area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2};
        if (map.w > 0 && map.Contains(centre)) area.rect.x += map_dx;
        else flip(area.rect);
    }
    for (Rect& clip : s.clips) clip.x += map_dx;  // the map's panel is the only clip
    s.map_viewport.x += map_dx;
}

}  // namespace core
