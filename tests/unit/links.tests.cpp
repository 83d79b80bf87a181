// links.tests.cpp — selecting an item lights up exactly what the pack links to it;
// what orients the reader on the map is not an item.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "test_support.h"

using Ids = std::set<std::string>;

TEST_CASE("an amendment lights up the milestones, phases, map features and events it links", "[links]") {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(result.pack);
    const core::Pack& pack = *result.pack;
    REQUIRE(pack.amendments.size() == 3);
    for (const core::Amendment& a : pack.amendments) {
        Ids expected{a.id};
        for (const auto* list : {&a.links.milestone_ids, &a.links.phase_ids, &a.links.map_ids, &a.links.context_ids})
            expected.insert(list->begin(), list->end());
        CHECK(core::LinkedIds(pack, a.id) == expected);
    }
    SECTION("a linked item lights up its amendments, not their other links") {
        const core::Amendment& maps = pack.amendments[2];
        REQUIRE_FALSE(maps.links.map_ids.empty());
        const std::string feature = maps.links.map_ids.front();
        Ids linked = core::LinkedIds(pack, feature);
        CHECK(linked.count(feature) == 1);
        CHECK(linked.count(maps.id) == 1);
        for (const std::string& other : maps.links.context_ids)
            if (other != feature) CHECK(linked.count(other) == 0);
    }
    SECTION("nothing or an unknown id lights up nothing") {
        CHECK(core::LinkedIds(pack, "").empty());
        CHECK(core::LinkedIds(pack, "no-such-item").empty());
    }
}

TEST_CASE("a milestone and its phases light each other up", "[links]") {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("tests/fixtures/valid/minimal.json"));
    REQUIRE(result.pack);
    CHECK(core::LinkedIds(*result.pack, "day-1") == Ids{"day-1", "truce"});
    CHECK(core::LinkedIds(*result.pack, "truce") == Ids{"truce", "day-1"});
    CHECK(core::IsSelectableId(*result.pack, "jan-19"));
    CHECK_FALSE(core::IsSelectableId(*result.pack, "s1"));  // sources are not items on screen
}

TEST_CASE("neighbouring land and region names are drawn, never items", "[links]") {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("tests/fixtures/valid/orientation-layers.json"));
    REQUIRE(result.pack);
    const core::Pack& pack = *result.pack;
    for (const char* id : {"hinterland", "sea-name"}) {
        INFO(id);
        CHECK_FALSE(core::IsSelectableId(pack, id));
        CHECK_FALSE(core::KindOf(pack, id));
        CHECK_FALSE(core::ViewOf(pack, id));
        CHECK(core::LinkedIds(pack, id).empty());
    }
    // A town is an item like any feature.
    CHECK(core::KindOf(pack, "town") == core::ItemKind::MapFeature);
    const std::vector<std::string> ids = core::SelectableIds(pack);  // what the page API's items() lists
    CHECK(std::count(ids.begin(), ids.end(), "town") == 1);
    CHECK(std::count(ids.begin(), ids.end(), "hinterland") == 0);
    CHECK(std::count(ids.begin(), ids.end(), "sea-name") == 0);
    CHECK(ids.size() == pack.milestones.size() + pack.phases.size() + pack.context.size() + pack.amendments.size() +
                            pack.map.features.size() - 2);
}
