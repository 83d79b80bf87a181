// timeline_layout.tests.cpp — where things land in the phases view of the diagram (as
// LayoutDiagram draws it): the day scale, markers, cards, hits.
#include <catch2/catch.hpp>

#include "core/layout/diagram_layout.h"
#include "core/pack/pack_loader.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace {
core::Pack LoadMinimal() {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("tests/fixtures/valid/minimal.json"));
    REQUIRE(result.pack);
    return *result.pack;
}

bool Overlap(const core::Rect& a, const core::Rect& b) {
    return a.x < b.Right() && b.x < a.Right() && a.y < b.Bottom() && b.y < a.Bottom();
}

// The diagram with the phases view showing (alone on phones, in a column wider).
core::Scene Diagram(const core::Pack& pack, float width, const std::string& selected, const core::TextMetrics& metrics) {
    core::DiagramInput input;
    input.width = width;
    input.height = 900;
    input.selected_id = selected;
    input.view = core::View::Timeline;
    return core::LayoutDiagram(pack, input, metrics);
}
}  // namespace

TEST_CASE("the day scale maps days linearly onto the axis", "[timeline_layout]") {
    CHECK(core::DayToX(0, 60, 100, 700) == 100);
    CHECK(core::DayToX(30, 60, 100, 700) == 400);
    CHECK(core::DayToX(60, 60, 100, 700) == 700);
    CHECK(core::DayToX(5, 0, 100, 700) == 100);  // a zero-length timeline does not divide by zero
    const core::Strings strings = core::Strings::ForLanguage("en");
    CHECK(strings.LongDate("2025-07-04") == "4\xC2\xA0July 2025");  // day and month never split
    CHECK(strings.LongDate("July") == "July");
    CHECK(strings.LongDate("2025-13-04") == "2025-13-04");
}

TEST_CASE("milestones sit on the axis at their day, and every item can be hit", "[timeline_layout]") {
    core::Pack pack = LoadMinimal();
    test_support::FixedMetrics metrics(7);
    for (float width : {360.0f, 768.0f, 1440.0f, 1920.0f}) {
        INFO("width " << width);
        core::Scene scene = Diagram(pack, width, "", metrics);
        CHECK(scene.width == width);
        CHECK(scene.height > 300);
        // The axis (the one thick axis line) spans the 60 days; each dated milestone has
        // a marker in the lane of each of its kinds, exactly at its day.
        const core::SceneLine* axis = nullptr;
        for (const core::SceneLine& l : scene.lines)
            if (l.color == core::ColorRole::Axis && l.thickness >= 2) {
                CHECK_FALSE(axis);  // only one
                axis = &l;
            }
        REQUIRE(axis);
        std::map<int, float> lane_y;  // marker shape (one per kind) -> its lane's y
        for (const core::Milestone& m : pack.milestones) {
            if (!m.day) continue;
            std::vector<const core::SceneMarker*> markers;
            for (const core::SceneMarker& marker : scene.markers)
                if (marker.item_id == m.id && marker.center.y < axis->from.y) markers.push_back(&marker);
            REQUIRE(markers.size() == m.kinds.size());
            for (const core::SceneMarker* marker : markers) {
                CHECK(marker->center.x == Approx(core::DayToX(*m.day, 60, axis->from.x, axis->to.x)));
                auto [it, inserted] = lane_y.emplace(static_cast<int>(marker->shape), marker->center.y);
                CHECK(std::fabs(it->second - marker->center.y) < 8);  // same lane (give or take the nudge)
            }
        }
        CHECK(lane_y.size() == 3);  // release, aid, talks: one lane and shape per kind in use
        std::set<float> ys;
        for (const auto& [shape, y] : lane_y) ys.insert(y);
        CHECK(ys.size() == lane_y.size());  // different kinds, different lanes
        // Every milestone and phase has a hit area, and hitting its centre finds it.
        for (const char* id : {"day-1", "day-30", "guarantors", "truce", "talks"}) {
            bool found = false;
            for (const core::HitArea& area : scene.hit_areas)
                if (area.target.item_id == id) {
                    found = true;
                    core::Vec2 centre{area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2};
                    CHECK(scene.HitTest(centre).item_id == id);
                }
            CHECK(found);
        }
        CHECK(scene.HitTest({1, 1}).Empty());
        // Milestone cards never overlap one another and stay inside the view.
        std::vector<core::Rect> cards;
        for (const core::SceneRect& r : scene.rects)
            if (r.fill == core::ColorRole::Panel &&
                std::any_of(pack.milestones.begin(), pack.milestones.end(),
                            [&](const core::Milestone& m) { return m.id == r.item_id; }))
                cards.push_back(r.rect);
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
    core::Scene plain = Diagram(pack, 1024, "", metrics);
    core::Scene selected = Diagram(pack, 1024, "day-30", metrics);
    auto selection_marks = [](const core::Scene& s) {
        int n = 0;
        for (const core::SceneRect& r : s.rects) n += r.has_border && r.border == core::ColorRole::Selection;
        for (const core::SceneMarker& m : s.markers) n += m.color == core::ColorRole::Selection;
        return n;
    };
    CHECK(selection_marks(plain) == 0);
    // Its card, a ring round its marker in each of its two lanes, and its details under
    // the card (the panel and the notch pointing at the card).
    CHECK(selection_marks(selected) == 5);
}

TEST_CASE("a right-to-left phase name too long for its bar is cut in reading order and drawn shaped", "[timeline][bidi]") {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.ar.json"));
    REQUIRE(result.pack);
    const core::Pack& pack = *result.pack;
    test_support::FixedMetrics metrics;
    const core::Scene scene = Diagram(pack, 390, "", metrics);
    int cut = 0;
    for (const core::Phase& phase : pack.phases) {
        const core::SceneText* label = nullptr;
        for (const core::SceneText& t : scene.texts)
            if (t.item_id == phase.id && t.style == core::TextStyle::Label) label = &t;
        REQUIRE(label);
        REQUIRE(label->lines.size() == 1);
        const std::string written = label->logical_lines.empty() ? label->lines[0] : label->logical_lines[0];
        const std::string ellipsis = "\xE2\x80\xA6";
        INFO("phase " << phase.id << ": " << written);
        if (written.size() >= ellipsis.size() && written.compare(written.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
            ++cut;
            // What is kept is the name's beginning, as written.
            const std::string kept = written.substr(0, written.size() - ellipsis.size());
            CHECK(phase.title.rfind(kept, 0) == 0);
        } else {
            CHECK(written == phase.title);
        }
        // Drawn shaped: no bare Arabic letter (U+0621-U+064A, D8 A1 .. D9 8A in UTF-8) is left.
        const std::string& drawn = label->lines[0];
        for (size_t i = 0; i + 1 < drawn.size(); ++i) {
            const unsigned char a = static_cast<unsigned char>(drawn[i]), b = static_cast<unsigned char>(drawn[i + 1]);
            CHECK_FALSE(((a == 0xD8 && b >= 0xA1) || (a == 0xD9 && b <= 0x8A)));
        }
    }
    CHECK(cut >= 1);  // the phone's bars are narrower than the longest name
}

TEST_CASE("the day axis labels each tick it can, in one row, and no label touches another", "[timeline_layout]") {
    core::PackLoadResult result =
        core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(result.pack);
    const core::Pack& pack = *result.pack;
    test_support::FixedMetrics metrics(7);
    std::set<int> milestone_days;
    for (const core::Milestone& m : pack.milestones)
        if (m.day) milestone_days.insert(*m.day);
    REQUIRE(milestone_days.count(0));
    REQUIRE(milestone_days.count(1));  // the day-0 / day-1 pair that used to stack
    for (float width : {390.0f, 768.0f, 1024.0f, 1280.0f, 1440.0f, 1920.0f}) {
        INFO("width " << width);
        const core::Scene scene = Diagram(pack, width, "", metrics);
        const core::SceneLine* axis = nullptr;
        for (const core::SceneLine& l : scene.lines)
            if (l.color == core::ColorRole::Axis && l.thickness >= 2) axis = &l;
        REQUIRE(axis);
        const float axis_y = axis->from.y;
        // Its ticks: one per milestone day, and the last day.
        std::set<int> ticked;
        for (const core::SceneLine& l : scene.lines)
            if (l.color == core::ColorRole::Axis && l.thickness == 1 && l.from.y == axis_y)
                for (int d : milestone_days)
                    if (std::fabs(l.from.x - core::DayToX(d, 60, axis->from.x, axis->to.x)) < 0.5f) ticked.insert(d);
        CHECK(ticked == milestone_days);
        // Its labels: the numbers just below it.
        std::vector<const core::SceneText*> labels;
        std::set<std::string> written;
        for (const core::SceneText& t : scene.texts)
            if (t.style == core::TextStyle::Small && t.position.y > axis_y && t.position.y < axis_y + 60 && !t.lines.empty() &&
                !t.lines[0].empty() && std::all_of(t.lines[0].begin(), t.lines[0].end(), [](char c) { return c >= '0' && c <= '9'; })) {
                labels.push_back(&t);
                written.insert(t.lines[0]);
            }
        CHECK(written.count("0"));
        CHECK(written.count("60"));
        CHECK(labels.size() >= (width >= 1024 ? 6u : 4u));  // most days keep their number
        for (size_t i = 0; i < labels.size(); ++i)
            for (size_t j = i + 1; j < labels.size(); ++j) {
                CHECK(labels[i]->position.y == labels[j]->position.y);  // one row: never one under another
                // (box_width is the drawn width and 2 px to spare)
                const core::Rect a{labels[i]->position.x, labels[i]->position.y, labels[i]->box_width - 2, 1};
                const core::Rect c{labels[j]->position.x, labels[j]->position.y, labels[j]->box_width - 2, 1};
                INFO(labels[i]->lines[0] << " and " << labels[j]->lines[0]);
                CHECK((a.Right() + 4 <= c.x || c.Right() + 4 <= a.x));  // with room between
            }
    }
}

TEST_CASE("a timeline of no days (a pack built by hand, not read) labels day 0 once", "[timeline_layout]") {
    // The reader asks for 1 to 3650 days; a pack built in code may have none, and its
    // first and last day are then the same tick.
    core::Pack pack = LoadMinimal();
    pack.timeline.days = 0;
    for (core::Milestone& m : pack.milestones)
        if (m.day) m.day = 0;
    test_support::FixedMetrics metrics(7);
    const core::Scene scene = Diagram(pack, 1024, "", metrics);
    const core::SceneLine* axis = nullptr;
    for (const core::SceneLine& l : scene.lines)
        if (l.color == core::ColorRole::Axis && l.thickness >= 2) axis = &l;
    REQUIRE(axis);
    int ticks = 0, zeros = 0;
    for (const core::SceneLine& l : scene.lines)
        if (l.color == core::ColorRole::Axis && l.thickness == 1 && l.from.y == axis->from.y) ++ticks;
    for (const core::SceneText& t : scene.texts)
        if (t.style == core::TextStyle::Small && t.position.y > axis->from.y && t.position.y < axis->from.y + 60 &&
            t.lines.size() == 1 && t.lines[0] == "0")
            ++zeros;
    CHECK(ticks == 1);
    CHECK(zeros == 1);
}
