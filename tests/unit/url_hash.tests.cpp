// url_hash.tests.cpp — #item=&view= round-trips; bad values are ignored with a warning.
#include <catch2/catch.hpp>

#include "core/state/url_hash.h"

TEST_CASE("the URL fragment round-trips the reader's place", "[url_hash]") {
    std::vector<std::string> warnings;
    for (core::HashState state : {core::HashState{"day-7", core::View::Map}, core::HashState{"", core::View::Amendments},
                                  core::HashState{"guarantees", std::nullopt}, core::HashState{"", std::nullopt}}) {
        core::HashState back = core::DecodeHash(core::EncodeHash(state), warnings);
        CHECK(back.item == state.item);
        CHECK(back.view == state.view);
    }
    CHECK(warnings.empty());
    CHECK(core::EncodeHash({"day-7", core::View::Map}) == "#item=day-7&view=map");
    CHECK(core::EncodeHash({}) == "");
}

TEST_CASE("bad fragment values are ignored with a warning, never a crash", "[url_hash]") {
    std::vector<std::string> warnings;
    core::HashState state = core::DecodeHash("#item=%3Cscript%3E&view=globe&other=1&&=&item", warnings);
    CHECK(state.item.empty());
    CHECK_FALSE(state.view.has_value());
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].rfind("ignored #item=", 0) == 0);
    CHECK(warnings[1].rfind("ignored #view=", 0) == 0);
    CHECK(core::DecodeHash(std::string(100000, '&'), warnings).item.empty());
}
