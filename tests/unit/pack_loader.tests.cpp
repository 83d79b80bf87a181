// pack_loader.tests.cpp — LoadPack on real packs, and on broken ones with the exact
// diagnostics (pointer, line:column, message) an editor would see.
#include <catch2/catch.hpp>

#include "core/pack/pack_loader.h"
#include "test_support.h"

using core::LoadPack;
using core::Severity;

namespace {

std::string Minimal() { return test_support::ReadFile("tests/fixtures/valid/minimal.json"); }

// Replaces the one occurrence of `from` in `text` (fails the test if not exactly one).
std::string Replace(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

// 1-based line of the first occurrence of `needle`.
int LineOf(const std::string& text, const std::string& needle) {
    size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// By value: callers pass a temporary result.
core::Diagnostic OnlyError(const core::PackLoadResult& result) {
    for (const core::Diagnostic& d : result.diagnostics.items) UNSCOPED_INFO(core::FormatDiagnostic("pack", d));
    REQUIRE(result.diagnostics.ErrorCount() == 1);
    for (const core::Diagnostic& d : result.diagnostics.items)
        if (d.severity == Severity::Error) return d;
    FAIL("no error");
    return {};
}

}  // namespace

TEST_CASE("a valid pack loads into the typed model", "[pack_loader]") {
    core::PackLoadResult result = LoadPack(Minimal());
    REQUIRE(result.pack);
    CHECK(result.diagnostics.items.empty());
    const core::Pack& pack = *result.pack;
    CHECK(pack.meta.id == "minimal");
    CHECK(pack.meta.title == "A minimal pack");
    CHECK(pack.meta.as_of == "2025-07-10");
    CHECK_FALSE(pack.meta.right_to_left);
    REQUIRE(pack.meta.corrections.size() == 1);
    CHECK(pack.meta.corrections[0].date == "2025-07-11");
    REQUIRE(pack.sources.size() == 2);
    CHECK(pack.sources[1].publisher == "Agency Two");
    CHECK(pack.timeline.days == 60);
    REQUIRE(pack.phases.size() == 2);
    CHECK(pack.phases[1].start_day == 1);
    CHECK(pack.phases[1].kind == core::EventKind::Talks);
    REQUIRE(pack.milestones.size() == 3);
    CHECK(pack.milestones[0].day == 1);
    CHECK(pack.milestones[1].kinds == std::vector<core::EventKind>{core::EventKind::Aid, core::EventKind::Talks});
    CHECK(pack.milestones[1].discrepancies.size() == 1);
    CHECK_FALSE(pack.milestones[2].day.has_value());
    CHECK(pack.milestones[2].claim.certainty == core::Certainty::Article);
    CHECK(pack.milestones[2].claim.source_ids == std::vector<std::string>{"s1", "s2"});
    REQUIRE(pack.context.size() == 1);
    CHECK(pack.context[0].end_date == "2025-03-01");
}

TEST_CASE("the default pack that ships with the widget is valid", "[pack_loader]") {
    std::string text = test_support::ReadFile("data/packs/gaza-framework-2025-07.json");
    REQUIRE_FALSE(text.empty());
    core::PackLoadResult result = LoadPack(text);
    for (const core::Diagnostic& d : result.diagnostics.items) INFO(core::FormatDiagnostic("default pack", d));
    REQUIRE(result.pack);
    CHECK(result.diagnostics.ErrorCount() == 0);
    CHECK(result.pack->meta.id == "gaza-framework-2025-07");
    CHECK(result.pack->timeline.days == 60);
    std::vector<int> days;
    for (const core::Milestone& m : result.pack->milestones)
        if (m.day) days.push_back(*m.day);
    for (int expected : {1, 7, 10, 30, 50, 60})
        CHECK(std::find(days.begin(), days.end(), expected) != days.end());
}

TEST_CASE("text that is not JSON is reported with line and column", "[pack_loader]") {
    SECTION("truncated file") {
        std::string text = Minimal();
        text.resize(text.find("\"phases\""));
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer.empty());
        CHECK(d.line == LineOf(Minimal(), "\"phases\""));
        CHECK(d.message.rfind("not valid JSON: ", 0) == 0);
        CHECK(d.message.find("unexpected end of input") != std::string::npos);
        CHECK(core::FormatDiagnostic("p.json", d).rfind("p.json:" + std::to_string(d.line) + ":", 0) == 0);
    }
    SECTION("a stray character") {
        const core::Diagnostic d = OnlyError(LoadPack("{\n  \"format\": \"accord-pack/1\",\n  x\n}"));
        CHECK(d.line == 3);
        CHECK(d.column == 3);
        CHECK(d.message.find("not valid JSON") == 0);
    }
    SECTION("empty file") { CHECK(OnlyError(LoadPack("")).message == "the file is empty"); }
    SECTION("invalid UTF-8 inside a string") {
        const core::Diagnostic d = OnlyError(LoadPack("{\"format\": \"a\xff\"}"));
        CHECK(d.message.find("not valid JSON") == 0);
        CHECK(d.line == 1);
    }
    SECTION("duplicate keys are refused rather than silently overwritten") {
        const core::Diagnostic d = OnlyError(LoadPack("{\"format\": \"accord-pack/1\",\n \"format\": \"x\"}"));
        CHECK(d.message == "not valid JSON: duplicate key \"format\" in the same object");
        CHECK(d.pointer == "/format");
        CHECK(d.line == 2);
        CHECK(d.column == 2);  // at the repeated key
    }
}

TEST_CASE("wrong types and missing fields name the pointer and the place", "[pack_loader]") {
    SECTION("a number where a string belongs") {
        std::string text = Replace(Minimal(), "\"title\": \"A minimal pack\"", "\"title\": 42");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/meta/title");
        CHECK(d.message == "expected a string, found a whole number");
        CHECK(d.line == LineOf(text, "\"title\": 42"));
        CHECK(d.column == 14);
    }
    SECTION("a missing required field points at its object") {
        std::string text = Replace(Minimal(), "\"publisher\": \"Agency One\", ", "");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/sources/0");
        CHECK(d.message == "missing required field \"publisher\"");
        CHECK(d.line == LineOf(text, "{\"id\": \"s1\""));
    }
    SECTION("a list where an object belongs") {
        std::string text = Replace(Minimal(), "\"licence\": {\"text\": \"CC BY 4.0\"}", "\"licence\": [\"CC BY 4.0\"]");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/meta/licence");
        CHECK(d.message == "expected an object, found a list");
    }
    SECTION("a fractional day") {
        std::string text = Replace(Minimal(), "\"day\": 30,", "\"day\": 30.5,");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/milestones/1/day");
        CHECK(d.message == "expected a whole number, found 30.5");
    }
}

TEST_CASE("values outside their rules are errors in plain words", "[pack_loader]") {
    SECTION("unknown certainty") {
        std::string text = Replace(Minimal(), "\"certainty\": \"article\"", "\"certainty\": \"rumour\"");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/milestones/2/certainty");
        CHECK(d.message == "\"rumour\" is not one of: confirmed, reported, article");
    }
    SECTION("impossible date") {
        std::string text = Replace(Minimal(), "\"as_of\": \"2025-07-10\"", "\"as_of\": \"2025-02-30\"");
        CHECK(OnlyError(LoadPack(text)).message == "\"2025-02-30\" is not a real calendar date");
        text = Replace(Minimal(), "\"as_of\": \"2025-07-10\"", "\"as_of\": \"10 July 2025\"");
        CHECK(OnlyError(LoadPack(text)).message == "\"10 July 2025\" is not a date in the form YYYY-MM-DD");
    }
    SECTION("address that is not https") {
        std::string text = Replace(Minimal(), "https://example.org/one", "http://example.org/one");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/sources/0/url");
        CHECK(d.message == "\"http://example.org/one\" is not an https:// address");
    }
    SECTION("day beyond the timeline") {
        std::string text = Replace(Minimal(), "\"day\": 30,", "\"day\": 70,");
        CHECK(OnlyError(LoadPack(text)).message == "70 is out of range (0 to 60)");
    }
    SECTION("phase ending before it starts") {
        std::string text = Replace(Minimal(), "\"start_day\": 1, \"end_day\": 60", "\"start_day\": 40, \"end_day\": 20");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/phases/1/end_day");
        CHECK(d.message == "ends (day 20) before it starts (day 40)");
    }
    SECTION("a claim without sources") {
        std::string text = Replace(Minimal(), "\"sources\": [\"s1\"], \"certainty\": \"reported\"}",
                                   "\"sources\": [], \"certainty\": \"reported\"}");
        CHECK(OnlyError(LoadPack(text)).message == "a claim needs at least one source");
    }
}

TEST_CASE("references and ids are checked across the pack", "[pack_loader]") {
    SECTION("a source id that does not exist") {
        std::string text = Replace(Minimal(), "\"sources\": [\"s2\"], \"certainty\": \"reported\",\n",
                                   "\"sources\": [\"s9\"], \"certainty\": \"reported\",\n");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/milestones/1/sources/0");
        CHECK(d.message == "no source with id \"s9\"");
        CHECK(d.line == LineOf(text, "\"s9\""));
    }
    SECTION("a phase id that does not exist") {
        std::string text = Replace(Minimal(), "\"phases\": [\"truce\"]", "\"phases\": [\"day-70\"]");
        CHECK(OnlyError(LoadPack(text)).message == "no phase with id \"day-70\"");
    }
    SECTION("a duplicated id") {
        std::string text = Replace(Minimal(), "{\"id\": \"talks\"", "{\"id\": \"truce\"");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/phases/1/id");
        CHECK(d.message == "id \"truce\" is already used at /phases/0");
    }
}

TEST_CASE("all problems are reported at once, unknown fields as warnings", "[pack_loader]") {
    std::string text = Replace(Minimal(), "\"title\": \"A minimal pack\"", "\"title\": 42, \"colour\": \"red\"");
    text = Replace(text, "\"as_of\": \"2025-07-10\"", "\"as_of\": \"July\"");
    core::PackLoadResult result = LoadPack(text);
    CHECK_FALSE(result.pack);
    CHECK(result.diagnostics.ErrorCount() == 2);
    REQUIRE(result.diagnostics.WarningCount() == 1);
    bool found = false;
    for (const core::Diagnostic& d : result.diagnostics.items)
        if (d.severity == Severity::Warning) {
            CHECK(d.pointer == "/meta/colour");
            CHECK(d.message == "unknown field \"colour\" is ignored");
            found = true;
        }
    CHECK(found);

    SECTION("a pack with only warnings still loads") {
        std::string warned = Replace(Minimal(), "\"timeline\": {", "\"x-note\": 1, \"timeline\": {");
        core::PackLoadResult ok = LoadPack(warned);
        CHECK(ok.pack);
        CHECK(ok.diagnostics.WarningCount() == 1);
    }
}

TEST_CASE("hostile packs hit limits with clear errors, never a crash", "[pack_loader]") {
    SECTION("too large") {
        core::PackLimits limits;
        limits.max_bytes = 100;
        CHECK(OnlyError(LoadPack(Minimal(), limits)).message.find("the limit is 100") != std::string::npos);
    }
    SECTION("nested too deep") {
        std::string deep = "{\"a\":\n" + std::string(100000, '[');
        const core::Diagnostic d = OnlyError(LoadPack(deep));
        CHECK(d.message == "not valid JSON: nested more than 32 levels deep");
        CHECK(d.line == 2);
        CHECK(d.column == 32);  // the 33rd level opens at the 32nd '[' of line 2
    }
    SECTION("too many items") {
        std::string many = "{\"format\": \"accord-pack/1\", \"sources\": [";
        for (int i = 0; i < 1001; ++i) many += (i ? ",1" : "1");
        many += "]}";
        core::PackLoadResult result = LoadPack(many);
        bool found = false;
        for (const core::Diagnostic& d : result.diagnostics.items)
            found = found || (d.pointer == "/sources" && d.message == "has 1001 items; the limit is 1000");
        CHECK(found);
    }
    SECTION("too much map geometry") {
        core::PackLimits limits;
        limits.max_map_positions = 3;
        std::string text = test_support::ReadFile("tests/fixtures/valid/full.json");
        REQUIRE_FALSE(text.empty());
        core::PackLoadResult result = LoadPack(text, limits);
        bool found = false;
        for (const core::Diagnostic& d : result.diagnostics.items)
            found |= d.pointer == "/map/features" && d.message.find("; the limit is 3 (simplify the geometry)") != std::string::npos;
        CHECK(found);
        CHECK(LoadPack(text).pack);  // under the default limit it loads
    }
    SECTION("an over-long string") {
        std::string text = Replace(Minimal(), "\"Fighting stops.\"", "\"" + std::string(9000, 'x') + "\"");
        CHECK(OnlyError(LoadPack(text)).message == "is 9000 bytes long; the limit is 8192");
    }
    SECTION("not an object at all") {
        CHECK(OnlyError(LoadPack("[1, 2, 3]")).message == "expected an object, found a list");
        CHECK(OnlyError(LoadPack("\"text\"")).message == "expected an object, found a string");
    }
}
