// geometry.tests.cpp — triangulation covers the polygon; labels never overlap.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "core/layout/geometry.h"

namespace {
// Positive when a, b, c run counter-clockwise (in y-up terms).
double SignedTriangleArea(core::Vec2 a, core::Vec2 b, core::Vec2 c) {
    return (static_cast<double>(b.x - a.x) * (c.y - a.y) - static_cast<double>(b.y - a.y) * (c.x - a.x)) / 2;
}
double TriangleArea(core::Vec2 a, core::Vec2 b, core::Vec2 c) { return std::fabs(SignedTriangleArea(a, b, c)); }
double RingArea(const std::vector<core::Vec2>& r) {
    double a = 0;
    for (size_t i = 0; i < r.size(); ++i) {
        const core::Vec2& p = r[i];
        const core::Vec2& q = r[(i + 1) % r.size()];
        a += static_cast<double>(p.x) * q.y - static_cast<double>(q.x) * p.y;
    }
    return std::fabs(a) / 2;
}
}  // namespace

TEST_CASE("a concave polygon is triangulated without gaps or overlaps", "[geometry]") {
    // An L shape (concave), both windings, closed and open.
    std::vector<core::Vec2> l_shape = {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}};
    for (bool reversed : {false, true}) {
        std::vector<core::Vec2> ring = l_shape;
        if (reversed) std::reverse(ring.begin(), ring.end());
        std::vector<int> tris = core::TriangulatePolygon(ring);
        REQUIRE(tris.size() == 3 * (ring.size() - 2));
        double area = 0;
        for (size_t i = 0; i < tris.size(); i += 3) area += TriangleArea(ring[tris[i]], ring[tris[i + 1]], ring[tris[i + 2]]);
        CHECK(area == Approx(RingArea(ring)));
        ring.push_back(ring.front());
        CHECK(core::TriangulatePolygon(ring).size() == tris.size());
    }
    CHECK(core::TriangulatePolygon({{0, 0}, {1, 1}}).empty());
}

TEST_CASE("a long concave ring is triangulated whole, every triangle counter-clockwise", "[geometry]") {
    // A comb of 60 teeth (242 corners, 120 of them reflex): every ear found in one walk,
    // none skipped. The triangles' signed areas add up to the ring's, none turned over.
    std::vector<core::Vec2> comb = {{0, 0}};
    for (int t = 0; t < 60; ++t) {
        const float x = 2.0f * static_cast<float>(t);
        comb.insert(comb.end(), {{x, 5}, {x + 1, 5}, {x + 1, 1}, {x + 2, 1}});
    }
    comb.push_back({120, 0});
    for (bool reversed : {false, true}) {
        std::vector<core::Vec2> ring = comb;
        if (reversed) std::reverse(ring.begin(), ring.end());
        const std::vector<int> tris = core::TriangulatePolygon(ring);
        REQUIRE(tris.size() == 3 * (ring.size() - 2));
        double signed_area = 0, smallest = 1e9;
        for (size_t i = 0; i < tris.size(); i += 3) {
            const double area = SignedTriangleArea(ring[tris[i]], ring[tris[i + 1]], ring[tris[i + 2]]);
            signed_area += area;
            smallest = std::min(smallest, area);
        }
        CHECK(std::fabs(signed_area) == Approx(RingArea(ring)));
        CHECK(smallest > 0);  // every triangle counter-clockwise, whichever way the ring runs: none folded over
    }
}

TEST_CASE("labels are placed without overlapping each other or obstacles", "[geometry]") {
    core::Rect bounds{0, 0, 200, 200};
    std::vector<core::LabelRequest> labels;
    for (int i = 0; i < 12; ++i) labels.push_back({{100, 100}, 60, 14, 12});  // all at one spot
    std::vector<core::Rect> obstacles = {{90, 90, 20, 20}};
    std::vector<core::Rect> placed = core::PlaceLabels(labels, bounds, obstacles);
    int shown = 0;
    for (size_t i = 0; i < placed.size(); ++i) {
        if (placed[i].w == 0) continue;  // dropped: no room
        ++shown;
        CHECK(placed[i].x >= 0);
        CHECK(placed[i].Right() <= 200);
        CHECK_FALSE(core::RectsOverlap(placed[i], obstacles[0]));
        for (size_t j = i + 1; j < placed.size(); ++j)
            if (placed[j].w > 0) CHECK_FALSE(core::RectsOverlap(placed[i], placed[j]));
    }
    CHECK(shown >= 4);
    CHECK(shown < 12);
}

TEST_CASE("a region's name is centred on its point; a mark's name never reads as another's", "[geometry]") {
    const core::Rect bounds{0, 0, 400, 200};
    SECTION("centred where it fits, beside the point where it does not") {
        core::LabelRequest sea{{200, 100}, 80, 14, 4, true};
        std::vector<core::Rect> placed = core::PlaceLabels({sea}, bounds, {});
        CHECK(placed[0].x == Approx(160));
        CHECK(placed[0].y == Approx(93));
        placed = core::PlaceLabels({sea}, bounds, {{195, 95, 10, 10}});  // a mark on the point
        CHECK(placed[0].w > 0);
        CHECK_FALSE(core::RectsOverlap(placed[0], {195, 95, 10, 10}));
    }
    SECTION("no other mark just past either end of a mark's name, level with it") {
        // Two dots 40 px apart on one row: the first one's name fits on its right only by
        // running up to the second dot, so it goes elsewhere.
        const core::LabelRequest first{{100, 100}, 30, 14, 6, false, true};
        const core::LabelRequest second{{150, 100}, 30, 14, 6, false, true};
        std::vector<core::Rect> placed = core::PlaceLabels({first, second}, bounds, {});
        REQUIRE(placed[0].w > 0);
        CHECK(placed[0].Right() <= 100);  // left of its own dot, not towards the other
        // A line's name (no mark of its own) may run up to a dot.
        core::LabelRequest line = first;
        line.mark = false;
        placed = core::PlaceLabels({line, second}, bounds, {});
        CHECK(placed[0].x == Approx(106));
    }
}
