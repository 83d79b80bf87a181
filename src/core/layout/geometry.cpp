// geometry.cpp — see geometry.h.
#include "core/layout/geometry.h"

#include <algorithm>
#include <utility>

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
    double area = 0;
    for (int i = 0; i < n; ++i) {
        const Vec2& p = ring[i];
        const Vec2& q = ring[(i + 1) % n];
        area += static_cast<double>(p.x) * q.y - static_cast<double>(q.x) * p.y;
    }
    // The corners still to clip, as a ring of links, counter-clockwise in screen-math
    // terms. Why links and a walk that goes on from the last ear: restarting at the
    // first corner after each ear, in a vector, tested the same non-ears again and
    // again (O(n^3)); the map's rings were then more than half of the first layout's
    // instructions (natively 2.2 of 3.9 M at 1440x900; ~10 ms of the wasm's first frame in
    // profiles). Now 0.4 M.
    std::vector<int> next(n), prev(n);
    for (int i = 0; i < n; ++i) {
        next[i] = (i + 1) % n;
        prev[i] = (i + n - 1) % n;
    }
    if (area < 0) std::swap(next, prev);  // a clockwise ring is walked the other way round
    const auto reflex_or_flat = [&](int k) { return Cross(ring[prev[k]], ring[k], ring[next[k]]) <= 0; };
    // An ear: a convex corner whose triangle holds no other corner. Only a reflex (or
    // flat) corner can lie inside a convex corner's triangle, so only those are tested.
    // (Outside the triangle's bounding box first: the cheapest test, and most corners fail it.)
    const auto is_ear = [&](int b) {
        const int a = prev[b], c = next[b];
        const Vec2 pa = ring[a], pb = ring[b], pc = ring[c];
        if (Cross(pa, pb, pc) <= 0) return false;  // reflex or degenerate corner
        const float min_x = std::min({pa.x, pb.x, pc.x}), max_x = std::max({pa.x, pb.x, pc.x});
        const float min_y = std::min({pa.y, pb.y, pc.y}), max_y = std::max({pa.y, pb.y, pc.y});
        for (int k = next[c]; k != a; k = next[k]) {
            const Vec2 p = ring[k];
            if (p.x < min_x || p.x > max_x || p.y < min_y || p.y > max_y) continue;
            if (InTriangle(p, pa, pb, pc) && reflex_or_flat(k)) return false;
        }
        return true;
    };
    const auto unlink = [&](int b) {
        next[prev[b]] = next[b];
        prev[next[b]] = prev[b];
    };
    int left = n, at = 0, tested = 0;  // corners left; where the walk is; corners tested since the last ear
    while (left > 3) {
        if (is_ear(at)) {
            out.insert(out.end(), {prev[at], at, next[at]});
            unlink(at);
            --left;
            at = prev[at];  // its neighbours may have become ears
            tested = 0;
        } else if (++tested >= left) {
            // Numerically stuck (collinear runs): drop this corner and go on.
            const int after = next[at];
            unlink(at);
            --left;
            at = after;
            tested = 0;
        } else {
            at = next[at];
        }
    }
    out.insert(out.end(), {prev[at], at, next[at]});
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
