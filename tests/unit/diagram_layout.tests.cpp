// diagram_layout.tests.cpp — the three linked views at every screen size: modes,
// text that never overlaps, hit targets, touch sizes, connectors, details.
#include <catch2/catch.hpp>

#include "core/layout/diagram_layout.h"
#include "core/layout/geometry.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "core/pack/pack_strings.h"
#include "test_support.h"

namespace {

const core::Pack& DefaultPack() {
    static core::Pack pack = [] {
        core::PackLoadResult result = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
        REQUIRE(result.pack);
        return *result.pack;
    }();
    return pack;
}

std::vector<core::Rect> LineRects(const core::SceneText& t, const core::TextMetrics& metrics) {
    std::vector<core::Rect> out;
    for (size_t i = 0; i < t.lines.size(); ++i) {
        float w = metrics.Width(t.lines[i], t.style);
        if (w <= 0) continue;
        // Inset by a pixel: touching is fine, overlapping is not.
        out.push_back({t.position.x + 1, t.position.y + t.line_height * static_cast<float>(i) + 1, w - 2,
                       t.line_height - 2});
    }
    return out;
}

}  // namespace

TEST_CASE("the layout mode follows the width", "[diagram_layout]") {
    CHECK(core::ModeForWidth(320) == core::LayoutMode::Phone);
    CHECK(core::ModeForWidth(719) == core::LayoutMode::Phone);
    CHECK(core::ModeForWidth(768) == core::LayoutMode::Tablet);
    CHECK(core::ModeForWidth(1199) == core::LayoutMode::Tablet);
    CHECK(core::ModeForWidth(1440) == core::LayoutMode::Wide);
    CHECK(core::ModeForWidth(3840) == core::LayoutMode::Wide);
}

TEST_CASE("no two texts overlap for the default pack at 360, 768, 1440 and 1920 px", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    for (float width : {360.0f, 768.0f, 1440.0f, 1920.0f}) {
        for (core::View view : {core::View::Timeline, core::View::Amendments, core::View::Map}) {
            if (width >= 720 && view != core::View::Timeline) continue;  // all views are shown at once
            core::DiagramInput input;
            input.width = width;
            input.height = 900;
            input.view = view;
            core::Scene scene = core::LayoutDiagram(DefaultPack(), input, metrics);
            std::vector<std::pair<core::Rect, std::string>> boxes;
            for (const core::SceneText& t : scene.texts)
                for (const core::Rect& r : LineRects(t, metrics)) boxes.push_back({r, t.lines.empty() ? "" : t.lines[0]});
            int overlaps = 0;
            for (size_t i = 0; i < boxes.size(); ++i)
                for (size_t j = i + 1; j < boxes.size(); ++j)
                    if (core::RectsOverlap(boxes[i].first, boxes[j].first)) {
                        ++overlaps;
                        UNSCOPED_INFO("width " << width << " view " << static_cast<int>(view) << ": \"" << boxes[i].second << "\" overlaps \""
                                               << boxes[j].second << "\"");
                    }
            CHECK(overlaps == 0);
            // And nothing spills past the right edge.
            for (const auto& box : boxes) CHECK(box.first.Right() <= width + 1);
        }
    }
}

TEST_CASE("map labels stay inside the map and clear of each other when zoomed", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    for (float width : {390.0f, 900.0f, 1440.0f, 1920.0f}) {
        for (float zoom : {1.0f, 2.5f, 6.0f}) {
            INFO("width " << width << ", zoom " << zoom);
            core::DiagramInput input;
            input.width = width;
            input.height = 900;
            input.view = core::View::Map;  // phones show the map alone
            input.map.zoom = zoom;
            core::Scene scene = core::LayoutDiagram(DefaultPack(), input, metrics);
            REQUIRE(scene.map_viewport.w > 0);
            // Every haloed text inside the map: feature labels and the scale bar's.
            std::vector<std::pair<core::Rect, std::string>> labels;
            for (const core::SceneText& t : scene.texts) {
                if (!t.halo || !scene.map_viewport.Contains(t.position)) continue;
                for (const core::Rect& r : LineRects(t, metrics)) {
                    CHECK(r.x >= scene.map_viewport.x);
                    CHECK(r.Right() <= scene.map_viewport.Right());
                    labels.push_back({r, t.lines.empty() ? "" : t.lines[0]});
                }
            }
            for (size_t i = 0; i < labels.size(); ++i)
                for (size_t j = i + 1; j < labels.size(); ++j) {
                    INFO("\"" << labels[i].second << "\" and \"" << labels[j].second << "\"");
                    CHECK_FALSE(core::RectsOverlap(labels[i].first, labels[j].first));
                }
            if (zoom == 1.0f) CHECK(labels.size() >= 5);  // most features are named at the overview
        }
    }
}

TEST_CASE("every item of every view can be hit, at 44 px on touch screens", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    const core::Pack& pack = DefaultPack();
    core::DiagramInput input;
    input.width = 1440;
    core::Scene scene = core::LayoutDiagram(pack, input, metrics);
    std::vector<core::HitArea> targets = scene.Targets(false);
    auto has = [&](const std::string& id) {
        return std::any_of(targets.begin(), targets.end(), [&](const core::HitArea& t) { return t.target.item_id == id; });
    };
    for (const core::Amendment& a : pack.amendments) CHECK(has(a.id));
    for (const core::Milestone& m : pack.milestones) CHECK(has(m.id));
    for (const core::Phase& p : pack.phases) CHECK(has(p.id));
    for (const core::MapFeature& f : pack.map.features) CHECK(has(f.id));
    for (const core::HitArea& t : targets) CHECK_FALSE(t.target.IsControl());
    // Cards and bars are hit at their centre.
    for (const core::HitArea& t : targets)
        if (t.rect.w > 60 && t.rect.h > 20)
            CHECK(scene.HitTest({t.rect.x + t.rect.w / 2, t.rect.y + t.rect.h / 2}).item_id == t.target.item_id);
    // Controls: the map's zoom buttons and layer toggles.
    std::vector<core::HitArea> all = scene.Targets(true);
    for (core::HitTarget control : {core::HitTarget::Control(core::ControlKind::ZoomIn),
                                    core::HitTarget::Control(core::ControlKind::ZoomOut),
                                    core::HitTarget::Control(core::ControlKind::ZoomReset),
                                    core::HitTarget::Control(core::ControlKind::LayerToggle,
                                                             static_cast<int>(core::FeatureStyle::Buffer))})
        CHECK(std::any_of(all.begin(), all.end(), [&](const core::HitArea& t) { return t.target == control; }));

    input.touch = true;
    input.width = 390;
    for (core::View view : {core::View::Timeline, core::View::Amendments, core::View::Map}) {
        input.view = view;
        core::Scene touch = core::LayoutDiagram(pack, input, metrics);
        for (const core::HitArea& area : touch.hit_areas) {
            CHECK(area.rect.w >= 44);
            CHECK(area.rect.h >= 44);
        }
    }
}

TEST_CASE("phones show one view with a switcher, wider screens all three", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    const core::Pack& pack = DefaultPack();
    auto ids_of = [&](const core::Scene& s) {
        std::set<std::string> ids;
        for (const core::HitArea& a : s.hit_areas) ids.insert(a.target.item_id);
        return ids;
    };
    auto tabs_of = [&](const core::Scene& s) {
        std::set<int> tabs;
        for (const core::HitArea& a : s.hit_areas)
            if (a.target.control == core::ControlKind::ViewTab) tabs.insert(a.target.argument);
        return tabs;
    };
    core::DiagramInput phone;
    phone.width = 360;
    phone.view = core::View::Amendments;
    core::Scene phone_scene = core::LayoutDiagram(pack, phone, metrics);
    std::set<std::string> ids = ids_of(phone_scene);
    CHECK(ids.count("guarantees"));
    CHECK_FALSE(ids.count("day-7"));
    CHECK_FALSE(ids.count("rafah-crossing"));
    CHECK(tabs_of(phone_scene) == std::set<int>{static_cast<int>(core::View::Timeline),
                                                static_cast<int>(core::View::Amendments),
                                                static_cast<int>(core::View::Map)});
    core::DiagramInput wide;
    wide.width = 1920;
    core::Scene wide_scene = core::LayoutDiagram(pack, wide, metrics);
    ids = ids_of(wide_scene);
    CHECK(ids.count("guarantees"));
    CHECK(ids.count("day-7"));
    CHECK(ids.count("rafah-crossing"));
    CHECK(tabs_of(wide_scene).empty());
}

TEST_CASE("a selection draws connectors to linked items in the other columns, and its details", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    const core::Pack& pack = DefaultPack();
    core::DiagramInput input;
    input.width = 1440;
    core::Scene plain = core::LayoutDiagram(pack, input, metrics);
    input.selected_id = "withdrawal-maps";
    input.highlighted = core::LinkedIds(pack, input.selected_id);
    core::Scene selected = core::LayoutDiagram(pack, input, metrics);
    // Connector ends are small selection-coloured dots, one per linked item drawn in
    // another column.
    auto connector_ends = [](const core::Scene& s) {
        return std::count_if(s.markers.begin(), s.markers.end(), [](const core::SceneMarker& m) {
            return m.color == core::ColorRole::Selection && m.shape == core::MarkerShape::Circle;
        });
    };
    CHECK(connector_ends(plain) == 0);
    CHECK(connector_ends(selected) >= 3);

    core::Scene details = core::LayoutDetails(pack, "withdrawal-maps", 1440, 900, metrics, 1e6f);  // scrolled to the end
    REQUIRE_FALSE(details.texts.empty());
    std::string all;
    for (const core::SceneText& t : details.texts)
        for (const std::string& line : t.lines) all += line + " ";
    CHECK(details.height > 0);  // longer than the panel: it scrolls, nothing is cut
    CHECK(all.find("Confirmed") != std::string::npos);
    CHECK(all.find("SOURCES") != std::string::npos);
    CHECK(core::LayoutDetails(pack, "", 1440, 900, metrics).texts.empty());
    core::Scene top = core::LayoutDetails(pack, "withdrawal-maps", 1440, 900, metrics);
    std::string first;
    for (const core::SceneText& t : top.texts) first += t.lines.empty() ? "" : t.lines[0] + " ";
    CHECK(first.find("CHANGE 3") != std::string::npos);
}

TEST_CASE("on a phone the details list the linked items and the tabs count them", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    const core::Pack& pack = DefaultPack();
    const std::string selected = "withdrawal-maps";
    const std::set<std::string> linked = core::LinkedIds(pack, selected);
    core::Scene details = core::LayoutDetails(pack, selected, 390, 844, metrics, 0, linked);
    std::set<std::string> buttons;
    for (const core::HitArea& area : details.hit_areas)
        if (area.target.IsItem()) buttons.insert(area.target.item_id);
    CHECK(buttons.size() >= 5);
    for (const std::string& id : buttons) {
        CHECK(linked.count(id) == 1);
        CHECK(id != selected);
    }
    CHECK(core::ViewOf(pack, "rafah-crossing") == core::View::Map);
    CHECK(core::ViewOf(pack, "day-7") == core::View::Timeline);
    CHECK(core::ViewOf(pack, "guarantees") == core::View::Amendments);
    CHECK(core::ShortName(pack, core::StringsFor(pack), "day-7").rfind("Day 7: ", 0) == 0);

    core::DiagramInput input;
    input.width = 390;
    input.view = core::View::Amendments;
    input.selected_id = selected;
    input.highlighted = linked;
    core::Scene scene = core::LayoutDiagram(pack, input, metrics);
    int map_features = 0;
    for (const std::string& id : linked) map_features += core::ViewOf(pack, id) == core::View::Map;
    bool found = false;
    for (const core::SceneText& t : scene.texts)
        found |= !t.lines.empty() && t.lines[0] == "Map \xC2\xB7 " + std::to_string(map_features);
    CHECK(found);
}
