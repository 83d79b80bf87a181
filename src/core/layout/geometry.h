// geometry.h — small plane-geometry tools for layout: polygon triangulation (ImGui
// fills only convex shapes), label placement without overlaps.
#pragma once
#include <vector>

#include "core/layout/scene.h"

namespace core {

// Triangulates a simple polygon (no self-intersections; the ring may or may not
// repeat its first point) by ear clipping. Returns vertex indices, three per
// triangle; empty if the ring is degenerate or not simple enough to clip.
std::vector<int> TriangulatePolygon(const std::vector<Vec2>& ring);

bool RectsOverlap(const Rect& a, const Rect& b);

// Greedy label placement: each label tries positions around its anchor (right,
// left, above, below, then diagonals; a centred label first on it) and takes the
// first that stays inside `bounds`, overlaps neither a placed label nor an obstacle,
// and, for a mark's name, has no other mark just past either end, level with it
// (where it would read as that mark's name). Returns, per label, its rectangle, or a zero-size rect
// when no position fits (the label is dropped).
struct LabelRequest {
    Vec2 anchor;
    float width = 0, height = 0;
    float gap = 6;         // distance from the anchor
    bool centred = false;  // a name for the area round the anchor (a sea), not a mark on it
    bool mark = false;     // the anchor is drawn (a dot, a square): other labels keep off it
};
std::vector<Rect> PlaceLabels(const std::vector<LabelRequest>& labels, const Rect& bounds,
                              const std::vector<Rect>& obstacles);

}  // namespace core
