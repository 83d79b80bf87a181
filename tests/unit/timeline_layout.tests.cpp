// timeline_layout.tests.cpp — where things land: the day scale, markers, cards, hits.
#include <catch2/catch.hpp>

#include "core/pack_loader.h"
#include "core/timeline_layout.h"
#include "test_support.h"

namespace {
core::Pack LoadMinimal() {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("tests/fixtures/valid/minimal.json"));
    REQUIRE(result.pack);
    return *result.pack;
}

bool Overlap(const core::Rect& a, const core::Rect& b) {
    return a.x < b.Right() && b.x < a.Right() && a.y < b.Bottom() && b.y < a.Bottom();
}
}  // namespace

TEST_CASE("the day scale maps days linearly onto the axis", "[timeline_layout]") {
    CHECK(core::DayToX(0, 60, 100, 700) == 100);
    CHECK(core::DayToX(30, 60, 100, 700) == 400);
    CHECK(core::DayToX(60, 60, 100, 700) == 700);
    CHECK(core::DayToX(5, 0, 100, 700) == 100);  // a zero-length timeline does not divide by zero
    CHECK(core::FormatLongDate("2025-07-04") == "4 July 2025");
    CHECK(core::FormatLongDate("July") == "July");
}

TEST_CASE("milestones sit on the axis at their day, and every item can be hit", "[timeline_layout]") {
    core::Pack pack = LoadMinimal();
    test_support::FixedMetrics metrics(7);
    for (float width : {360.0f, 768.0f, 1440.0f, 1920.0f}) {
        INFO("width " << width);
        core::Scene scene = core::LayoutTimeline(pack, {width, ""}, metrics);
        CHECK(scene.width == width);
        CHECK(scene.height > 300);
        // Markers of dated milestones: x increases with the day, on one axis line.
        const core::SceneMarker* day1 = nullptr;
        const core::SceneMarker* day30 = nullptr;
        for (const core::SceneMarker& m : scene.markers) {
            // The first marker of each is on the axis (the card's icon comes later).
            if (m.item_id == "day-1" && !day1) day1 = &m;
            if (m.item_id == "day-30" && !day30) day30 = &m;
        }
        REQUIRE(day1);
        REQUIRE(day30);
        CHECK(day1->center.y == day30->center.y);
        CHECK(day30->center.x - day1->center.x == Approx((width - 2 * (width < 600 ? 16 : 32) - 16) * 29 / 60.0f));
        CHECK(day1->shape != day30->shape);  // release vs aid: shape, not only colour
        // One axis line spans the 60 days, below every marker.
        int axes = 0;
        for (const core::SceneLine& l : scene.lines)
            if (l.color == core::ColorRole::Axis && l.to.x - l.from.x > width / 2) {
                ++axes;
                CHECK(l.from.y > day1->center.y);
                CHECK(l.from.x <= day1->center.x);
                CHECK(l.to.x >= day30->center.x);
            }
        CHECK(axes == 1);
        // Every milestone and phase has a hit area, and hitting its centre finds it.
        for (const char* id : {"day-1", "day-30", "guarantors", "truce", "talks"}) {
            bool found = false;
            for (const core::HitArea& area : scene.hit_areas)
                if (area.item_id == id) {
                    found = true;
                    core::Vec2 centre{area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2};
                    CHECK(scene.HitTest(centre) == id);
                }
            CHECK(found);
        }
        CHECK(scene.HitTest({1, 1}).empty());
        // Cards never overlap one another and stay inside the view.
        std::vector<core::Rect> cards;
        for (const core::SceneRect& r : scene.rects)
            if (r.fill == core::ColorRole::Panel && !r.item_id.empty()) cards.push_back(r.rect);
        CHECK(cards.size() == 3);
        for (size_t i = 0; i < cards.size(); ++i) {
            CHECK(cards[i].Right() <= width);
            for (size_t j = i + 1; j < cards.size(); ++j) CHECK_FALSE(Overlap(cards[i], cards[j]));
        }
    }
}

TEST_CASE("the selected item is drawn highlighted", "[timeline_layout]") {
    core::Pack pack = LoadMinimal();
    test_support::FixedMetrics metrics;
    core::Scene plain = core::LayoutTimeline(pack, {1024, ""}, metrics);
    core::Scene selected = core::LayoutTimeline(pack, {1024, "day-30"}, metrics);
    auto selection_marks = [](const core::Scene& s) {
        int n = 0;
        for (const core::SceneRect& r : s.rects) n += r.has_border && r.border == core::ColorRole::Selection;
        for (const core::SceneMarker& m : s.markers) n += m.color == core::ColorRole::Selection;
        return n;
    };
    CHECK(selection_marks(plain) == 0);
    CHECK(selection_marks(selected) == 2);  // its card and a ring around its marker
}
