// json_positions.tests.cpp — diagnostics' pointers are placed at the right line and column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <utility>
#include <optional>
#include <string>
#include <vector>

#include "core/pack/json_document.h"
#include "core/pack/json_positions.h"
#include "test_support.h"

namespace {

// "line:column" of each pointer, placed together as a reader's diagnostics are.
std::vector<std::string> Place(const std::string& text, const std::vector<std::string>& pointers) {
    std::vector<core::Diagnostic> diagnostics;
    for (const std::string& p : pointers)
        diagnostics.push_back(core::MakeDiagnostic(core::DiagnosticCode::WrongType, p, 0, 0, "m"));
    core::PlaceDiagnostics(text, diagnostics);
    std::vector<std::string> out;
    for (const core::Diagnostic& d : diagnostics) out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column));
    return out;
}

std::string At(const std::string& text, const std::string& pointer) { return Place(text, {pointer})[0]; }

// Every pointer of `value` with the value it names, and for each container pointers of
// members it lacks (with no value).
void Pointers(const core::json& value, const std::string& pointer,
              std::vector<std::pair<std::string, const core::json*>>& out) {
    out.emplace_back(pointer, &value);
    if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i) Pointers(value[i], pointer + "/" + std::to_string(i), out);
        out.emplace_back(pointer + "/" + std::to_string(value.size()), nullptr);  // one past the end
        out.emplace_back(pointer + "/01", nullptr);                                // not how an index is spelled
    } else if (value.is_object()) {
        for (const core::JsonMember& m : value.members())
            Pointers(m.value, pointer + "/" + core::EscapePointerToken(m.key), out);
        out.emplace_back(pointer + "/no such key", nullptr);
    }
    out.emplace_back(pointer + "/0/deeper", nullptr);  // through a scalar, or further than the text goes
}

// The byte offset of a 1-based "line:column" in `text`.
size_t OffsetOf(const std::string& text, const std::string& line_column) {
    const int line = std::stoi(line_column), column = std::stoi(line_column.substr(line_column.find(':') + 1));
    size_t offset = 0;
    for (int l = 1; l < line; ++l) offset = text.find('\n', offset) + 1;
    return offset + static_cast<size_t>(column - 1);
}

// The byte a value of this type starts with.
bool StartsLike(const core::json& value, char c) {
    if (value.is_object()) return c == '{';
    if (value.is_array()) return c == '[';
    if (value.is_string()) return c == '"';
    if (value.is_null()) return c == 'n';
    if (value.is_boolean()) return c == 't' || c == 'f';
    return c == '-' || (c >= '0' && c <= '9');
}

}  // namespace

TEST_CASE("every value of a JSON text is found by its pointer", "[json_positions]") {
    const std::string text = "{\n  \"a\": [1, {\"b/c\": true}],\n  \"d\": \"x\"\n}";
    CHECK(At(text, "") == "1:1");
    CHECK(At(text, "/a") == "2:8");
    CHECK(At(text, "/a/0") == "2:9");
    CHECK(At(text, "/a/1") == "2:12");
    CHECK(At(text, "/a/1/b~1c") == "2:20");
    CHECK(At(text, "/d") == "3:8");
    SECTION("a missing member falls back to its parent") {
        CHECK(At(text, "/a/1/zzz") == "2:12");
        CHECK(At(text, "/a/7") == "2:8");
        CHECK(At(text, "/zzz/0/1") == "1:1");
    }
    SECTION("what is not a pointer is placed at the root") {
        CHECK(At(text, "a") == "1:1");
        CHECK(At("  [1]", "a/0") == "1:3");
    }
    SECTION("garbage does not read out of bounds") {
        CHECK(At("{\"a\": [1, 2", "/a/1") == "1:11");
        CHECK(At("{\"a\": [1, \"2", "/a/1") == "1:11");  // a string that never closes still starts there
        CHECK(At("", "/a") == "1:1");
        CHECK(At("   ", "") == "1:1");
    }
}

TEST_CASE("all of a text's diagnostics are placed in one walk, each where its value starts", "[json_positions]") {
    for (const std::string path : {std::string("data/packs/gaza-framework-2025-07.json"),
                                   std::string("data/packs/gaza-framework-2025-07.ar.json")}) {
        INFO(path);
        const std::string text = test_support::ReadFile(path);
        core::Diagnostics parse;
        const std::optional<core::json> root = core::ParseJson(text, 64, parse);
        REQUIRE(root);
        std::vector<std::pair<std::string, const core::json*>> named;
        Pointers(*root, "", named);
        REQUIRE(named.size() > 3000u);
        std::vector<std::string> pointers;
        for (const auto& n : named) pointers.push_back(n.first);
        const std::vector<std::string> together = Place(text, pointers);
        std::set<std::string> places;
        int misplaced = 0;
        for (size_t i = 0; i < named.size(); ++i) {
            if (!named[i].second) continue;
            // Each value at a place of its own, which starts as a value of its type does.
            places.insert(together[i]);
            const size_t offset = OffsetOf(text, together[i]);
            if (offset >= text.size() || !StartsLike(*named[i].second, text[offset])) {
                ++misplaced;
                UNSCOPED_INFO(pointers[i] << " at " << together[i]);
            }
        }
        CHECK(misplaced == 0);
        CHECK(places.size() == static_cast<size_t>(std::count_if(named.begin(), named.end(),
                                                                 [](const auto& n) { return n.second != nullptr; })));
        // A missing member is at its nearest parent; each placed alone is where it is
        // placed with all the others (a sample spread over the text).
        for (size_t i = 0; i < named.size(); ++i) {
            if (named[i].second) continue;
            std::string parent = pointers[i];
            while (std::find(pointers.begin(), pointers.end(), parent) == pointers.end() ||
                   !named[static_cast<size_t>(std::find(pointers.begin(), pointers.end(), parent) - pointers.begin())].second)
                parent.resize(parent.rfind('/'));
            if (i % 41 == 0) {
                INFO(pointers[i]);
                CHECK(together[i] == At(text, parent));
                CHECK(At(text, pointers[i]) == together[i]);
            }
        }
    }
}

TEST_CASE("the first repeated key is found at its key, and keys with escapes are matched", "[json_positions]") {
    const std::string text =
        "  {\"a~b\": {\"c/d\": [ {}, [], \"x]}\\\"\" ], \"e\\\"f\": 1, \"e\\\"f\": 2},\n"
        "\"tab\\tkey\": -1.5e3, \"\": {\"\": true}}";
    const std::optional<core::RepeatedKey> repeated = core::FirstRepeatedKey(text);
    REQUIRE(repeated);
    CHECK(repeated->pointer == "/a~0b/e\"f");
    const std::string key = "\"e\\\"f\": ";
    CHECK(repeated->offset == text.rfind(key));
    CHECK(At(text, "/a~0b/e\"f") == "1:" + std::to_string(text.find(key) + key.size() + 1));  // its first place
    CHECK(At(text, "/a~0b/c~1d/2") == "1:" + std::to_string(text.find("\"x]") + 1));
    CHECK(At(text, "/tab\tkey") == "2:13");
    CHECK(At(text, "//") == "2:30");
    CHECK_FALSE(core::FirstRepeatedKey("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}, \"c\": [1, 1]}"));
}

TEST_CASE("offsets become 1-based lines and columns", "[json_positions]") {
    CHECK(core::OffsetToLineColumn("ab\ncd", 4).line == 2);
    CHECK(core::OffsetToLineColumn("ab\ncd", 4).column == 2);
    CHECK(core::OffsetToLineColumn("ab", 99).column == 3);
    CHECK(core::EscapePointerToken("a/b~c") == "a~1b~0c");
}
