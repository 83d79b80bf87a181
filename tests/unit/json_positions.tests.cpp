// json_positions.tests.cpp — pointers map to the right line and column.
#include <catch2/catch.hpp>

#include "core/pack/json_positions.h"

TEST_CASE("every value of a JSON text is found by its pointer", "[json_positions]") {
    const std::string text = "{\n  \"a\": [1, {\"b/c\": true}],\n  \"d\": \"x\"\n}";
    core::JsonPositions positions(text);
    auto at = [&](const std::string& p) {
        core::LineColumn lc = positions.Find(p);
        return std::to_string(lc.line) + ":" + std::to_string(lc.column);
    };
    CHECK(at("") == "1:1");
    CHECK(at("/a") == "2:8");
    CHECK(at("/a/0") == "2:9");
    CHECK(at("/a/1") == "2:12");
    CHECK(at("/a/1/b~1c") == "2:20");
    CHECK(at("/d") == "3:8");
    SECTION("a missing member falls back to its parent") { CHECK(at("/a/1/zzz") == "2:12"); }
    SECTION("garbage does not read out of bounds") {
        core::JsonPositions broken("{\"a\": [1, 2");
        CHECK(broken.Find("/a/1").line == 1);
    }
}

TEST_CASE("offsets become 1-based lines and columns", "[json_positions]") {
    CHECK(core::OffsetToLineColumn("ab\ncd", 4).line == 2);
    CHECK(core::OffsetToLineColumn("ab\ncd", 4).column == 2);
    CHECK(core::OffsetToLineColumn("ab", 99).column == 3);
    CHECK(core::EscapePointerToken("a/b~c") == "a~1b~0c");
}
