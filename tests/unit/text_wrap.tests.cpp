// text_wrap.tests.cpp — greedy wrapping at spaces, hard breaks, long words.
#include <catch2/catch.hpp>

#include "core/layout/text_wrap.h"
#include "test_support.h"

using Lines = std::vector<std::string>;

TEST_CASE("text wraps at spaces within the width", "[text_wrap]") {
    test_support::FixedMetrics metrics(10);  // 10 px per byte
    CHECK(core::WrapText(metrics, "the quick brown fox", core::TextStyle::Body, 100) == Lines{"the quick", "brown fox"});
    CHECK(core::WrapText(metrics, "one\ntwo", core::TextStyle::Body, 1000) == Lines{"one", "two"});
    CHECK(core::WrapText(metrics, "", core::TextStyle::Body, 100) == Lines{""});
    SECTION("a word longer than the line is split between characters") {
        CHECK(core::WrapText(metrics, "abcdefghij", core::TextStyle::Body, 40) == Lines{"abcd", "efgh", "ij"});
    }
    SECTION("multi-byte characters are never cut in half") {
        Lines lines = core::WrapText(metrics, "\xC3\xA9\xC3\xA9\xC3\xA9", core::TextStyle::Body, 20);
        CHECK(lines == Lines{"\xC3\xA9", "\xC3\xA9", "\xC3\xA9"});
    }
    SECTION("MakeText keeps the line height") {
        core::SceneText t = core::MakeText(metrics, "a b", core::TextStyle::Body, core::ColorRole::Text, {1, 2}, 10);
        CHECK(t.lines.size() == 2);
        CHECK(core::TextHeight(t) == 30);
    }
}
