// json_positions.tests.cpp — diagnostics' pointers are placed at the right line and column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <utility>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/pack/json_document.h"
#include "core/pack/json_positions.h"
#include "test_support.h"

namespace {

// "line:column" of each pointer, placed together as a reader's diagnostics are.
std::vector<std::string> Place(std::string_view text, const std::vector<std::string>& pointers) {
    std::vector<core::Diagnostic> diagnostics;
    for (const std::string& p : pointers)
        diagnostics.push_back(core::MakeDiagnostic(core::DiagnosticCode::WrongType, p, 0, 0, "m"));
    core::PlaceDiagnostics(text, diagnostics);
    std::vector<std::string> out;
    for (const core::Diagnostic& d : diagnostics) out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column));
    return out;
}

std::string At(std::string_view text, const std::string& pointer) { return Place(text, {pointer})[0]; }

// `text` in a heap block of exactly its size: no terminating NUL after it, so a read
// one byte past the end is a read out of bounds that AddressSanitizer reports.
std::string AtExact(std::string_view text, const std::string& pointer) {
    const std::vector<char> exact(text.begin(), text.end());
    return At(std::string_view(exact.data(), exact.size()), pointer);
}

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
        CHECK(AtExact("{\"a\": [1, 2", "/a/1") == "1:11");
        CHECK(AtExact("{\"a\": [1, \"2", "/a/1") == "1:11");  // a string that never closes still starts there
        CHECK(AtExact("", "/a") == "1:1");
        CHECK(AtExact("   ", "") == "1:1");
        CHECK(AtExact("{\"a\": [1, \"2\\", "/a/1") == "1:11");  // a backslash as the last byte
        CHECK(AtExact("{\"a\\", "/a") == "1:1");                 // ... inside a key
        CHECK(AtExact("{\"a\": {\"\\u00", "/a/b") == "1:7");      // an escape cut short
        CHECK(AtExact("[[[[", "/0/0/0/0/0") == "1:4");
        CHECK(AtExact("{\"a\"", "/a") == "1:1");
        CHECK(AtExact("{\"a\":", "/a") == "1:1");
        // Cut anywhere: the deepest value begun is where /a/b/0 goes.
        const std::pair<std::string_view, const char*> cuts[] = {
            {"{", "1:1"}, {"[", "1:1"}, {"\"", "1:1"}, {"{\"", "1:1"}, {"{\"a\": [1,", "1:7"}, {"{\"a\": {\"b\": tru", "1:13"}};
        for (const auto& [text, place] : cuts) {
            INFO(text);
            CHECK(AtExact(text, "/a/b/0") == place);
            const std::vector<char> exact(text.begin(), text.end());
            CHECK_FALSE(core::FirstRepeatedKey(std::string_view(exact.data(), exact.size())));
        }
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

TEST_CASE("keys written with \\u escapes are the keys the parser reads", "[json_positions]") {
    // "\u0078" is "x"; "\ud83d\ude00" a surrogate pair, U+1F600; "\u00e9" two bytes.
    const std::string text = "{\"\\u0078\": [1, 2], \"\\ud83d\\ude00\": {\"caf\\u00e9\": true}}";
    CHECK(At(text, "/x/1") == "1:" + std::to_string(text.find("2]") + 1));
    CHECK(At(text, "/\xF0\x9F\x98\x80/caf\xC3\xA9") == "1:" + std::to_string(text.find("true") + 1));
    CHECK(At(text, "/\xF0\x9F\x98\x80") == "1:" + std::to_string(text.find("{\"caf") + 1));
    // A pointer the parser's keys spell the other way is not found: it goes to the root.
    CHECK(At(text, "/u0078") == "1:1");

    SECTION("a key repeated under another spelling is the repeat the parser stops at") {
        const std::string twice = "{\"x\": 1,\n \"\\u0078\": 2}";
        const std::optional<core::RepeatedKey> repeated = core::FirstRepeatedKey(twice);
        REQUIRE(repeated);
        CHECK(repeated->pointer == "/x");
        CHECK(repeated->offset == twice.find("\"\\u0078"));
        core::Diagnostics parse;
        CHECK_FALSE(core::ParseJson(twice, 64, parse));
        REQUIRE(parse.items.size() == 1);
        CHECK(parse.items[0].code == core::DiagnosticCode::DuplicateKey);
        CHECK(parse.items[0].pointer == "/x");
        CHECK(parse.items[0].line == 2);
        CHECK(parse.items[0].column == 2);
    }
    SECTION("an escape that is not four hex digits is kept as written") {
        CHECK(At("{\"\\uZZ\": [0, 7]}", "/uZZ/1") == "1:14");
    }
}

TEST_CASE("offsets become 1-based lines and columns", "[json_positions]") {
    CHECK(core::OffsetToLineColumn("ab\ncd", 4).line == 2);
    CHECK(core::OffsetToLineColumn("ab\ncd", 4).column == 2);
    CHECK(core::OffsetToLineColumn("ab", 99).column == 3);
    CHECK(core::EscapePointerToken("a/b~c") == "a~1b~0c");
}
