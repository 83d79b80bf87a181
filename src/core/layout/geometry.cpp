// geometry.cpp — see geometry.h.
#include "core/layout/geometry.h"

#include <algorithm>

namespace core {

namespace {
float Cross(Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool InTriangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c) {
    float d1 = Cross(a, b, p), d2 = Cross(b, c, p), d3 = Cross(c, a, p);
    bool has_neg = d1 < 0 || d2 < 0 || d3 < 0, has_pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_neg && has_pos);
}
}  // namespace

std::vector<int> TriangulatePolygon(const std::vector<Vec2>& ring) {
    std::vector<int> out;
    int n = static_cast<int>(ring.size());
    if (n >= 2 && ring.front().x == ring.back().x && ring.front().y == ring.back().y) --n;
    if (n < 3) return out;
    std::vector<int> v(n);
    double area = 0;
    for (int i = 0; i < n; ++i) {
        v[i] = i;
        const Vec2& p = ring[i];
        const Vec2& q = ring[(i + 1) % n];
        area += static_cast<double>(p.x) * q.y - static_cast<double>(q.x) * p.y;
    }
    if (area < 0) std::reverse(v.begin(), v.end());  // counter-clockwise in screen-math terms
    int guard = 0;
    while (v.size() > 3 && guard < n * n) {
        ++guard;
        bool clipped = false;
        const int m = static_cast<int>(v.size());
        for (int i = 0; i < m; ++i) {
            int ia = v[(i + m - 1) % m], ib = v[i], ic = v[(i + 1) % m];
            Vec2 a = ring[ia], b = ring[ib], c = ring[ic];
            if (Cross(a, b, c) <= 0) continue;  // reflex or degenerate corner
            bool empty = true;
            for (int j = 0; j < m && empty; ++j) {
                int k = v[j];
                if (k == ia || k == ib || k == ic) continue;
                if (InTriangle(ring[k], a, b, c)) empty = false;
            }
            if (!empty) continue;
            out.insert(out.end(), {ia, ib, ic});
            v.erase(v.begin() + i);
            clipped = true;
            break;
        }
        if (!clipped) {
            // Numerically stuck (collinear runs): drop the flattest corner and go on.
            if (v.size() <= 3) break;
            v.erase(v.begin());
        }
    }
    if (v.size() == 3) out.insert(out.end(), {v[0], v[1], v[2]});
    return out;
}

bool RectsOverlap(const Rect& a, const Rect& b) {
    return a.x < b.Right() && b.x < a.Right() && a.y < b.Bottom() && b.y < a.Bottom();
}

namespace {

// True when `c`, a place for the name of labels[self]'s mark, has another mark just
// past either end, level with it: read along the line, the name would be that mark's.
bool NextToAnotherMark(const Rect& c, const std::vector<LabelRequest>& labels, size_t self) {
    if (!labels[self].mark) return false;  // a line's name sits on its line
    const float reach = 3 * labels[self].gap;
    for (size_t j = 0; j < labels.size(); ++j) {
        if (j == self || !labels[j].mark) continue;
        const Vec2 q = labels[j].anchor;
        if (q.y >= c.y - 2 && q.y <= c.Bottom() + 2 &&
            ((q.x >= c.Right() && q.x <= c.Right() + reach) || (q.x <= c.x && q.x >= c.x - reach)))
            return true;
    }
    return false;
}

}  // namespace

std::vector<Rect> PlaceLabels(const std::vector<LabelRequest>& labels, const Rect& bounds,
                              const std::vector<Rect>& obstacles) {
    std::vector<Rect> placed(labels.size());
    std::vector<Rect> taken = obstacles;
    for (size_t i = 0; i < labels.size(); ++i) {
        const LabelRequest& l = labels[i];
        const float g = l.gap, w = l.width, h = l.height;
        const Vec2 p = l.anchor;
        const Rect centred{p.x - w / 2, p.y - h / 2, w, h};
        const Rect candidates[] = {
            l.centred ? centred : Rect{p.x + g, p.y - h / 2, w, h},
            {p.x + g, p.y - h / 2, w, h},         {p.x - g - w, p.y - h / 2, w, h},
            {p.x - w / 2, p.y - g - h, w, h},     {p.x - w / 2, p.y + g, w, h},
            {p.x + g, p.y - g - h, w, h},         {p.x - g - w, p.y - g - h, w, h},
            {p.x + g, p.y + g, w, h},             {p.x - g - w, p.y + g, w, h},
            {p.x + g, p.y - h / 2 - h, w, h},     {p.x - g - w, p.y - h / 2 + h, w, h},
        };
        for (const Rect& c : candidates) {
            if (c.x < bounds.x || c.y < bounds.y || c.Right() > bounds.Right() || c.Bottom() > bounds.Bottom()) continue;
            bool free = true;
            for (const Rect& t : taken) free = free && !RectsOverlap(c, t);
            if (!free || NextToAnotherMark(c, labels, i)) continue;
            placed[i] = c;
            taken.push_back(c);
            break;
        }
    }
    return placed;
}

}  // namespace core
