// diagram_layout.tests.cpp — the three linked views at every screen size: modes,
// text that never overlaps, hit targets, touch sizes, connectors, the details inline
// under the selected item (never over what it links to), and the roles of texts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

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

// Pairs of text lines that overlap in `scene` (each reported).
int TextOverlaps(const core::Scene& scene, const core::TextMetrics& metrics, const std::string& where) {
    std::vector<std::pair<core::Rect, std::string>> boxes;
    for (const core::SceneText& t : scene.texts)
        for (const core::Rect& r : LineRects(t, metrics)) boxes.push_back({r, t.lines.empty() ? "" : t.lines[0]});
    int overlaps = 0;
    for (size_t i = 0; i < boxes.size(); ++i)
        for (size_t j = i + 1; j < boxes.size(); ++j)
            if (core::RectsOverlap(boxes[i].first, boxes[j].first)) {
                ++overlaps;
                UNSCOPED_INFO(where << ": \"" << boxes[i].second << "\" overlaps \"" << boxes[j].second << "\"");
            }
    return overlaps;
}

using Labels = std::vector<std::pair<core::Rect, std::string>>;

// A map label's line boxes, each checked to lie inside the map.
void AddMapLabel(const core::Scene& scene, const core::SceneText& t, const core::TextMetrics& metrics, Labels& labels) {
    for (const core::Rect& r : LineRects(t, metrics)) {
        CHECK(r.x >= scene.map_viewport.x);
        CHECK(r.Right() <= scene.map_viewport.Right());
        labels.push_back({r, t.lines.empty() ? "" : t.lines[0]});
    }
}

void CheckNoneOverlap(const Labels& labels) {
    for (size_t i = 0; i < labels.size(); ++i)
        for (size_t j = i + 1; j < labels.size(); ++j) {
            INFO("\"" << labels[i].second << "\" and \"" << labels[j].second << "\"");
            CHECK_FALSE(core::RectsOverlap(labels[i].first, labels[j].first));
        }
}

bool HasControl(const core::Scene& scene, core::ControlKind kind) {
    return std::any_of(scene.hit_areas.begin(), scene.hit_areas.end(),
                       [&](const core::HitArea& a) { return a.target.control == kind; });
}

// Where the details are: the areas under them that swallow clicks.
std::vector<core::Rect> DetailsRects(const core::Scene& scene) {
    std::vector<core::Rect> out;
    for (const core::HitArea& a : scene.hit_areas)
        if (a.target.control == core::ControlKind::DetailsPanel) out.push_back(a.rect);
    return out;
}

bool Inside(const core::Rect& inner, const core::Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.Right() <= outer.Right() && inner.Bottom() <= outer.Bottom();
}

bool InAny(const core::Rect& r, const std::vector<core::Rect>& rects) {
    return std::any_of(rects.begin(), rects.end(), [&](const core::Rect& d) { return Inside(r, d); });
}

bool InAny(core::Vec2 p, const std::vector<core::Rect>& rects) {
    return std::any_of(rects.begin(), rects.end(), [&](const core::Rect& d) { return d.Contains(p); });
}

// The chips in the details: item hit areas inside a details rect.
std::vector<core::HitArea> Chips(const core::Scene& scene) {
    std::vector<core::HitArea> out;
    const std::vector<core::Rect> details = DetailsRects(scene);
    for (const core::HitArea& a : scene.hit_areas)
        if (a.target.IsItem() && InAny(a.rect, details)) out.push_back(a);
    return out;
}

core::Scene Layout(float width, core::View view, const std::string& selected, bool context_expanded = false) {
    core::DiagramInput input;
    input.width = width;
    input.height = 900;
    input.view = view;
    input.selected_id = selected;
    input.highlighted = core::LinkedIds(DefaultPack(), selected);
    input.context_expanded = context_expanded;
    static test_support::FixedMetrics metrics(7);
    return core::LayoutDiagram(DefaultPack(), input, metrics);
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
            CHECK(TextOverlaps(scene, metrics, "width " + std::to_string(width) + " view " +
                                                   std::to_string(static_cast<int>(view))) == 0);
            std::vector<core::Rect> boxes;
            for (const core::SceneText& t : scene.texts)
                for (const core::Rect& r : LineRects(t, metrics)) boxes.push_back(r);
            // And nothing spills past the right edge.
            for (const core::Rect& box : boxes) CHECK(box.Right() <= width + 1);
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
            Labels labels;
            for (const core::SceneText& t : scene.texts) {
                if (!t.halo || !scene.map_viewport.Contains(t.position)) continue;
                AddMapLabel(scene, t, metrics, labels);
            }
            CheckNoneOverlap(labels);
            if (zoom == 1.0f) CHECK(labels.size() >= 5);  // most features are named at the overview
        }
    }
}

TEST_CASE("the map orients its reader: land under all and never a target, names clear of each other",
          "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    const core::Pack& pack = DefaultPack();
    std::set<std::string> orientation, towns;  // land and region names; towns
    for (const core::MapFeature& f : pack.map.features) {
        if (!core::IsSelectableStyle(f.style)) orientation.insert(f.id);
        if (f.style == core::FeatureStyle::Town) towns.insert(f.id);
    }
    REQUIRE(orientation.size() == 5);  // Israel and Egypt, each as land and as a name, and the sea
    REQUIRE(towns.size() == 7);
    for (float width : {1440.0f, 360.0f}) {
        for (float zoom : {1.0f, 2.5f, 6.0f}) {
            INFO("width " << width << ", zoom " << zoom);
            core::DiagramInput input;
            input.width = width;
            input.height = 900;
            input.view = core::View::Map;
            input.map.zoom = zoom;
            const core::Scene scene = core::LayoutDiagram(pack, input, metrics);
            REQUIRE(scene.map_viewport.w > 0);

            // Land is filled before every other area (under the territory's outline),
            // and carries no item: it is never dimmed, selected or focused.
            int land = 0;
            size_t first_other = scene.areas.size(), last_land = 0;
            for (size_t i = 0; i < scene.areas.size(); ++i) {
                if (scene.areas[i].color == core::ColorRole::MapNeighbour) {
                    ++land;
                    last_land = i;
                    CHECK(scene.areas[i].item_id.empty());
                } else {
                    first_other = std::min(first_other, i);
                }
            }
            CHECK(land == 2);
            CHECK(last_land < first_other);
            for (const core::SceneTriangles& a : scene.areas)
                if (a.item_id == "gaza-strip") CHECK(a.color == core::ColorRole::MapLand);
            for (const core::HitArea& a : scene.hit_areas) CHECK(orientation.count(a.target.item_id) == 0);
            for (const core::SceneMarker& m : scene.markers) CHECK(orientation.count(m.item_id) == 0);
            for (const core::SceneLine& l : scene.lines) CHECK(orientation.count(l.item_id) == 0);
            for (const core::SceneText& t : scene.texts) CHECK(orientation.count(t.item_id) == 0);
            // The zoom buttons are drawn over the land that runs under them.
            for (const core::HitArea& a : scene.hit_areas)
                if (a.target.control == core::ControlKind::ZoomIn)
                    CHECK(std::any_of(scene.rects.begin(), scene.rects.end(), [&](const core::SceneRect& r) {
                        return r.over_areas && r.rect.x == a.rect.x && r.rect.y == a.rect.y;
                    }));

            // Every name on the map (the lines', the places', the towns', the regions')
            // inside it, and none over another.
            Labels labels;
            int regions = 0;
            for (const core::SceneText& t : scene.texts) {
                if (!(t.halo || t.oblique) || !scene.map_viewport.Contains(t.position)) continue;
                if (t.oblique) {
                    ++regions;
                    CHECK(t.color == core::ColorRole::TextMuted);
                    CHECK(t.item_id.empty());
                }
                AddMapLabel(scene, t, metrics, labels);
            }
            CheckNoneOverlap(labels);

            // Towns are dots, not squares.
            for (const core::SceneMarker& m : scene.markers)
                if (towns.count(m.item_id)) CHECK(m.shape == core::MarkerShape::Circle);
            if (zoom == 1.0f) {
                CHECK(regions == 3);  // the sea and both countries, at the overview
                // Each town is a target and is named: on the map, or in a chip under it.
                const std::vector<core::HitArea> targets = scene.Targets(false);
                for (const std::string& town : towns) {
                    INFO(town);
                    CHECK(std::any_of(targets.begin(), targets.end(),
                                      [&](const core::HitArea& a) { return a.target.item_id == town; }));
                    CHECK(std::any_of(scene.texts.begin(), scene.texts.end(),
                                      [&](const core::SceneText& t) { return t.item_id == town; }));
                }
            }
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
    for (const core::MapFeature& f : pack.map.features) CHECK(has(f.id) == core::IsSelectableStyle(f.style));
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

    // The details are inline, in the scene: the change's sources and a close button.
    std::string all;
    for (const core::SceneText& t : selected.texts)
        for (const std::string& line : t.lines) all += line + " ";
    CHECK(all.find("SOURCES") != std::string::npos);
    CHECK(all.find("ON THE MAP") != std::string::npos);
    CHECK(HasControl(selected, core::ControlKind::CloseDetails));
    CHECK(HasControl(selected, core::ControlKind::DetailsPanel));
    CHECK_FALSE(HasControl(plain, core::ControlKind::CloseDetails));
}

TEST_CASE("on a phone the details list the linked items and the tabs count them", "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    const core::Pack& pack = DefaultPack();
    const std::string selected = "withdrawal-maps";
    const std::set<std::string> linked = core::LinkedIds(pack, selected);
    core::DiagramInput phone;
    phone.width = 390;
    phone.height = 844;
    phone.view = core::View::Amendments;
    phone.selected_id = selected;
    phone.highlighted = linked;
    std::set<std::string> buttons;
    for (const core::HitArea& area : Chips(core::LayoutDiagram(pack, phone, metrics))) buttons.insert(area.target.item_id);
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

TEST_CASE("selecting a change opens its details under its card, never over the map lines it lights up",
          "[diagram_layout]") {
    const core::Pack& pack = DefaultPack();
    REQUIRE_FALSE(pack.amendments.empty());
    int features = 0;  // linked map features checked, over all changes
    for (float width : {1440.0f, 900.0f, 390.0f}) {
        const bool phone = core::ModeForWidth(width) == core::LayoutMode::Phone;
        for (const core::Amendment& a : pack.amendments) {
            INFO("width " << width << ", change " << a.id);
            const std::set<std::string> linked = core::LinkedIds(pack, a.id);
            core::Scene changes = Layout(width, core::View::Amendments, a.id);
            // The details sit directly under the change's card, as wide as it.
            const std::vector<core::Rect> details = DetailsRects(changes);
            REQUIRE(details.size() == 1);
            const core::Rect* card = nullptr;
            for (const core::HitArea& area : changes.hit_areas)
                if (area.target == core::HitTarget::Item(a.id) && (!card || area.rect.w * area.rect.h > card->w * card->h))
                    card = &area.rect;
            REQUIRE(card);
            CHECK(details[0].x == Approx(card->x));
            CHECK(details[0].w == Approx(card->w));
            CHECK(details[0].y >= card->Bottom());
            CHECK(details[0].y - card->Bottom() < 24);
            CHECK(HasControl(changes, core::ControlKind::CloseDetails));
            // Every linked map feature: its hit areas outside any details rect.
            core::Scene map = phone ? Layout(width, core::View::Map, a.id) : changes;
            const std::vector<core::Rect> map_details = DetailsRects(map);
            if (phone) {
                CHECK(map_details.empty());  // the map view shows the features, no panel
                CHECK_FALSE(HasControl(map, core::ControlKind::CloseDetails));
            }
            for (const core::MapFeature& f : pack.map.features) {
                if (!linked.count(f.id)) continue;
                INFO("feature " << f.id);
                int on_map = 0;  // (a feature with no room for a label is also named under the legend)
                for (const core::HitArea& area : map.hit_areas) {
                    if (area.target != core::HitTarget::Item(f.id) || InAny(area.rect, map_details)) continue;  // a chip
                    for (const core::Rect& d : map_details) CHECK_FALSE(core::RectsOverlap(area.rect, d));
                    on_map += map.map_viewport.Contains({area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2});
                }
                CHECK(on_map > 0);
                ++features;
            }
        }
    }
    CHECK(features >= 9);
}

TEST_CASE("every item's details open in its own view, and no two texts overlap with them open", "[diagram_layout]") {
    const core::Pack& pack = DefaultPack();
    test_support::FixedMetrics metrics(7);
    for (float width : {1440.0f, 1920.0f, 900.0f, 390.0f}) {
        for (const std::string& id : core::SelectableIds(pack)) {
            for (bool context_expanded : {false, true}) {
                const core::View view = *core::ViewOf(pack, id);
                INFO("width " << width << ", item " << id << (context_expanded ? ", band open" : ""));
                core::Scene scene = Layout(width, view, id, context_expanded);
                const std::vector<core::Rect> details = DetailsRects(scene);
                REQUIRE(details.size() == 1);
                CHECK(TextOverlaps(scene, metrics, id) == 0);
                // Nothing the details draw spills out of them, and they hold the sources.
                int in_details = 0;
                bool sources = false;
                for (const core::SceneText& t : scene.texts) {
                    if (!details[0].Contains(t.position)) continue;
                    ++in_details;
                    sources |= !t.lines.empty() && t.lines[0] == "SOURCES";
                    for (const core::Rect& r : LineRects(t, metrics)) CHECK(r.Right() <= details[0].Right());
                    CHECK(t.position.y + static_cast<float>(t.lines.size()) * t.line_height <= details[0].Bottom());
                }
                CHECK(in_details > 2);
                CHECK(sources);
                // Clicks in them are swallowed, the close button closes, the chips select.
                for (const core::HitArea& chip : Chips(scene)) CHECK(chip.target.item_id != id);
                CHECK(scene.HitTest({details[0].x + 4, details[0].Bottom() - 4}).control ==
                      core::ControlKind::DetailsPanel);
                // Not a focus stop: the keyboard goes from item to item, then to the close button.
                for (const core::HitArea& t : scene.Targets(true)) CHECK(t.target.control != core::ControlKind::DetailsPanel);
                if (width >= 1200) {
                    // On wide screens the details stay in their column: clear of the other views.
                    const core::Rect& map = scene.map_viewport;
                    if (core::ViewOf(pack, id) != core::View::Map) CHECK_FALSE(core::RectsOverlap(details[0], map));
                }
            }
        }
    }
}

TEST_CASE("every item has one item title per view it is drawn in, and headings are headings", "[diagram_layout]") {
    const core::Pack& pack = DefaultPack();
    for (float width : {1440.0f, 900.0f, 390.0f}) {
        for (core::View view : {core::View::Timeline, core::View::Amendments, core::View::Map}) {
            if (width >= 720 && view != core::View::Timeline) continue;  // all views are shown at once
            for (const std::string& selected : {std::string(), std::string("withdrawal-maps"), std::string("day-7"),
                                                std::string("rafah-crossing")}) {
                INFO("width " << width << ", view " << static_cast<int>(view) << ", selected '" << selected << "'");
                core::Scene scene = Layout(width, view, selected, true);
                const std::vector<core::Rect> details = DetailsRects(scene);
                std::set<std::string> drawn;  // items drawn in the view (outside the details)
                for (const core::HitArea& a : scene.hit_areas)
                    if (a.target.IsItem() && !InAny(a.rect, details)) drawn.insert(a.target.item_id);
                CHECK(drawn.size() >= 3);
                std::map<std::string, int> titles;
                int page_titles = 0;
                for (const core::SceneText& t : scene.texts) {
                    std::string text = t.lines.empty() ? "" : t.lines[0];
                    INFO("text: " << text);
                    if (t.role == core::TextRole::ItemTitle) {
                        CHECK_FALSE(t.item_id.empty());
                        if (!InAny(t.position, details)) ++titles[t.item_id];
                    }
                    // Styles and roles agree for titles and headings.
                    const bool title_style = t.style == core::TextStyle::Title || t.style == core::TextStyle::TitleCompact;
                    CHECK(title_style == (t.role == core::TextRole::PageTitle));
                    page_titles += t.role == core::TextRole::PageTitle;
                    if (t.style == core::TextStyle::Heading) CHECK(t.role == core::TextRole::Heading);
                    if (t.role == core::TextRole::Heading)
                        CHECK((t.style == core::TextStyle::Heading || t.style == core::TextStyle::BodyBold));
                    // A control's label is on one of the widget's own buttons.
                    if (t.role == core::TextRole::Control) {
                        bool on_control = false;
                        for (const core::HitArea& a : scene.hit_areas)
                            on_control |= a.target.IsControl() && a.target.control != core::ControlKind::DetailsPanel &&
                                          a.rect.Contains(t.position);
                        CHECK(on_control);
                    }
                }
                CHECK(page_titles == 1);
                for (const std::string& id : drawn) {
                    INFO("item " << id);
                    CHECK(titles[id] == 1);
                }
                for (const auto& [id, n] : titles) CHECK(drawn.count(id) == 1);
                // Each chip in the details holds exactly one item title: its item's.
                for (const core::HitArea& chip : Chips(scene)) {
                    int in_chip = 0;
                    for (const core::SceneText& t : scene.texts)
                        in_chip += t.role == core::TextRole::ItemTitle && chip.rect.Contains(t.position) &&
                                   t.item_id == chip.target.item_id;
                    CHECK(in_chip == 1);
                }
            }
        }
    }
}

TEST_CASE("on wide screens the map stays in sight while the long columns scroll past", "[diagram_layout]") {
    const core::Pack& pack = DefaultPack();
    test_support::FixedMetrics metrics(7);
    core::DiagramInput input;
    input.width = 1440;
    input.height = 900;
    input.selected_id = "withdrawal-maps";
    input.highlighted = core::LinkedIds(pack, input.selected_id);
    const core::Scene natural = core::LayoutDiagram(pack, input, metrics);  // band unknown: no sticking
    REQUIRE(natural.map_viewport.w > 0);
    const core::Rect card = [&] {
        for (const core::HitArea& a : natural.hit_areas)
            if (a.target == core::HitTarget::Item(input.selected_id)) return a.rect;
        return core::Rect{};
    }();
    REQUIRE(card.h > 0);
    input.visible_height = 900;
    for (float top : {0.0f, card.y - 40, card.y + 600, natural.height}) {
        INFO("visible from " << top);
        input.visible_top = top;
        const core::Scene scene = core::LayoutDiagram(pack, input, metrics);
        const float dy = scene.map_viewport.y - natural.map_viewport.y;
        CHECK(dy >= 0);  // never above where it starts
        CHECK(scene.height == natural.height);  // nothing else moves
        CHECK(TextOverlaps(scene, metrics, "sticky") == 0);
        // It stays inside its column: above the footer's rule.
        float map_bottom = 0;
        for (const core::SceneText& t : scene.texts)
            if (t.position.x >= scene.map_viewport.x) map_bottom = std::max(map_bottom, t.position.y + t.line_height);
        float footer_top = 1e9f;
        for (const core::SceneLine& l : scene.lines)
            if (l.from.y == l.to.y && l.to.x - l.from.x > 1000) footer_top = l.from.y;  // the rules across the page
        CHECK(map_bottom <= footer_top);
        if (top > natural.map_viewport.y && top + 900 < footer_top - 200) {
            // Mid-column: the map panel and every linked feature on it are in the visible band.
            bool heading_at_top = false;  // the map's heading leads it, 16 px below the band's top
            for (const core::SceneText& t : scene.texts)
                heading_at_top |= t.role == core::TextRole::Heading && t.position.x >= scene.map_viewport.x &&
                                  t.position.y == Approx(top + 16);
            CHECK(heading_at_top);
            CHECK(scene.map_viewport.Bottom() <= top + 900);
            for (const core::HitArea& a : scene.hit_areas)
                if (a.target.IsItem() && core::ViewOf(pack, a.target.item_id) == core::View::Map &&
                    input.highlighted.count(a.target.item_id) && scene.map_viewport.Contains({a.rect.x, a.rect.y})) {
                    CHECK(a.rect.y >= top);
                    CHECK(a.rect.Bottom() <= top + 900);
                }
        }
    }
    // Tablets and phones: the map stays where it is.
    input.width = 900;
    input.visible_top = 0;
    const float tablet_y = core::LayoutDiagram(pack, input, metrics).map_viewport.y;
    input.visible_top = 3000;
    CHECK(core::LayoutDiagram(pack, input, metrics).map_viewport.y == tablet_y);
}

namespace {
float TrianglesArea(const core::SceneTriangles& fill) {
    double area = 0;
    for (size_t i = 0; i + 2 < fill.vertices.size(); i += 3) {
        const core::Vec2 a = fill.vertices[i], b = fill.vertices[i + 1], c = fill.vertices[i + 2];
        area += std::fabs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
    }
    return static_cast<float>(area);
}
}  // namespace

TEST_CASE("a layout that takes texts and map triangles from the last layouts draws what a fresh one draws",
          "[diagram_layout]") {
    test_support::FixedMetrics metrics(7);
    core::LayoutCache cache;
    std::vector<std::string> selections = {""};
    for (const core::Amendment& a : DefaultPack().amendments) selections.push_back(a.id);
    selections.push_back(DefaultPack().phases.front().id);
    // Widths, selections and zooms one after another, as a reader goes: one cache for all.
    for (float width : {1440.0f, 390.0f, 1920.0f})
        for (float zoom : {1.0f, 2.5f})
            for (const std::string& selected : selections) {
                INFO("width " << width << ", zoom " << zoom << ", selected \"" << selected << "\"");
                core::DiagramInput input;
                input.width = width;
                input.height = 900;
                input.view = core::View::Map;
                input.map.zoom = zoom;
                input.map.pan = {zoom > 1 ? 40.0f : 0.0f, zoom > 1 ? -25.0f : 0.0f};
                input.selected_id = selected;
                input.highlighted = core::LinkedIds(DefaultPack(), selected);
                const core::Scene fresh = core::LayoutDiagram(DefaultPack(), input, metrics);
                input.cache = &cache;
                const core::Scene cached = core::LayoutDiagram(DefaultPack(), input, metrics);
                REQUIRE(cached.texts.size() == fresh.texts.size());
                for (size_t i = 0; i < fresh.texts.size(); ++i) {
                    const core::SceneText &f = fresh.texts[i], &c = cached.texts[i];
                    INFO("text " << i << ": \"" << (f.lines.empty() ? "" : f.lines[0]) << "\"");
                    CHECK(c.lines == f.lines);
                    CHECK(c.logical_lines == f.logical_lines);
                    CHECK(c.position.x == f.position.x);
                    CHECK(c.position.y == f.position.y);
                    CHECK(c.color == f.color);
                    CHECK(c.style == f.style);
                    CHECK(c.box_width == f.box_width);
                    CHECK(c.item_id == f.item_id);
                    CHECK(c.role == f.role);
                }
                // The triangles may be cut otherwise (taken from another zoom), but they
                // cover the same area, with as many of them.
                REQUIRE(cached.areas.size() == fresh.areas.size());
                for (size_t i = 0; i < fresh.areas.size(); ++i) {
                    INFO("area " << i << " of " << fresh.areas[i].item_id);
                    CHECK(cached.areas[i].vertices.size() == fresh.areas[i].vertices.size());
                    CHECK(TrianglesArea(cached.areas[i]) == Approx(TrianglesArea(fresh.areas[i])).epsilon(0.001));
                    CHECK(cached.areas[i].color == fresh.areas[i].color);
                }
                CHECK(cached.height == fresh.height);
            }
}
