// app_state.tests.cpp — the state the page API returns is valid JSON whatever it holds.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/state/app_state.h"

TEST_CASE("state serialises to JSON for the page API", "[app_state]") {
    core::AppState state;
    state.status = core::LoadStatus::Ready;
    state.selected_id = "day-7";
    state.clicks = 3;
    state.pack_title = "bad \xff utf-8";  // from a hostile pack: must not abort
    nlohmann::json j = nlohmann::json::parse(core::StateToJson(state), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["status"] == "ready");
    CHECK(j["selected"] == "day-7");
    CHECK(j["clicks"] == 3);
    CHECK(nlohmann::json::parse(core::StateToJson(core::AppState{}))["selected"].is_null());
}
