// pack_loader.tests.cpp — LoadPack on real packs, and on broken ones with the exact
// diagnostics (code, pointer, line:column) an editor would see. Messages are prose
// and may be reworded, so only a few checks look at them.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "core/pack/names.h"
#include "core/pack/pack_loader.h"
#include "core/pack/pack_strings.h"
#include "core/pack/translation.h"
#include "test_support.h"

using core::DiagnosticCode;
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

// The pointers of the diagnostics with `code`, in order.
std::vector<std::string> PointersOf(const core::PackLoadResult& result, DiagnosticCode code) {
    std::vector<std::string> out;
    for (const core::Diagnostic& d : result.diagnostics.items)
        if (d.code == code) out.push_back(d.pointer);
    return out;
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
        CHECK(d.code == DiagnosticCode::NotJson);
        CHECK(d.message.find("unexpected end of input") != std::string::npos);
        CHECK(core::FormatDiagnostic("p.json", d).rfind("p.json:" + std::to_string(d.line) + ":", 0) == 0);
    }
    SECTION("a stray character") {
        const core::Diagnostic d = OnlyError(LoadPack("{\n  \"format\": \"accord-pack/1\",\n  x\n}"));
        CHECK(d.line == 3);
        CHECK(d.column == 3);
        CHECK(d.code == DiagnosticCode::NotJson);
    }
    SECTION("empty file") { CHECK(OnlyError(LoadPack("")).code == DiagnosticCode::FileEmpty); }
    SECTION("invalid UTF-8 inside a string") {
        const core::Diagnostic d = OnlyError(LoadPack("{\"format\": \"a\xff\"}"));
        CHECK(d.code == DiagnosticCode::NotJson);
        CHECK(d.line == 1);
    }
    SECTION("a UTF-8 lead byte as the file's last byte, in a string cut short") {
        // RapidJSON takes a lead byte's continuation bytes without looking for the end:
        // texts short enough for std::string's inline buffer and longer ones, every lead.
        // This checks the diagnostic; that nothing is read past the text is for the fuzzer
        // (built with AddressSanitizer), whose seed corpus holds such a file
        // (tests/fixtures/invalid/utf8-lead-byte-at-end.json).
        for (const char lead : {'\xC2', '\xE0', '\xE1', '\xED', '\xF0', '\xF2', '\xF4'}) {
            for (size_t length : {1u, 5u, 13u, 14u, 15u, 16u, 31u, 64u}) {
                const std::string text = "\"" + std::string(length, 'a') + lead;
                INFO("lead " << static_cast<int>(static_cast<unsigned char>(lead)) << ", " << length << " letters");
                const core::Diagnostic d = OnlyError(LoadPack(text));
                CHECK(d.code == DiagnosticCode::NotJson);
                CHECK(d.line == 1);
                CHECK(d.column == static_cast<int>(text.size()));  // at the lead byte, the last
                CHECK(d.message.find("not valid UTF-8") != std::string::npos);
            }
        }
    }
    SECTION("duplicate keys are refused rather than silently overwritten") {
        const core::Diagnostic d = OnlyError(LoadPack("{\"format\": \"accord-pack/1\",\n \"format\": \"x\"}"));
        CHECK(d.code == DiagnosticCode::DuplicateKey);
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
        CHECK(d.code == DiagnosticCode::WrongType);
        CHECK(d.line == LineOf(text, "\"title\": 42"));
        CHECK(d.column == 14);
    }
    SECTION("a missing required field points at its object") {
        std::string text = Replace(Minimal(), "\"publisher\": \"Agency One\", ", "");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/sources/0");
        CHECK(d.code == DiagnosticCode::MissingField);
        CHECK(d.message.find("\"publisher\"") != std::string::npos);  // says which field
        CHECK(d.line == LineOf(text, "{\"id\": \"s1\""));
    }
    SECTION("a list where an object belongs") {
        std::string text = Replace(Minimal(), "\"licence\": {\"text\": \"CC BY 4.0\"}", "\"licence\": [\"CC BY 4.0\"]");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/meta/licence");
        CHECK(d.code == DiagnosticCode::WrongType);
    }
    SECTION("a fractional day") {
        std::string text = Replace(Minimal(), "\"day\": 30,", "\"day\": 30.5,");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/milestones/1/day");
        CHECK(d.code == DiagnosticCode::WrongType);
    }
}

TEST_CASE("values outside their rules are errors in plain words", "[pack_loader]") {
    SECTION("unknown certainty") {
        std::string text = Replace(Minimal(), "\"certainty\": \"article\"", "\"certainty\": \"rumour\"");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/milestones/2/certainty");
        CHECK(d.code == DiagnosticCode::NotOneOf);
        CHECK(d.message.find("confirmed, reported or article") != std::string::npos);  // names what is allowed
    }
    SECTION("impossible date") {
        std::string text = Replace(Minimal(), "\"as_of\": \"2025-07-10\"", "\"as_of\": \"2025-02-30\"");
        CHECK(OnlyError(LoadPack(text)).code == DiagnosticCode::ImpossibleDate);
        text = Replace(Minimal(), "\"as_of\": \"2025-07-10\"", "\"as_of\": \"10 July 2025\"");
        CHECK(OnlyError(LoadPack(text)).code == DiagnosticCode::NotADate);
    }
    SECTION("address that is not https") {
        std::string text = Replace(Minimal(), "https://example.org/one", "http://example.org/one");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/sources/0/url");
        CHECK(d.code == DiagnosticCode::NotHttps);
    }
    SECTION("day beyond the timeline") {
        std::string text = Replace(Minimal(), "\"day\": 30,", "\"day\": 70,");
        CHECK(OnlyError(LoadPack(text)).code == DiagnosticCode::OutOfRange);
    }
    SECTION("phase ending before it starts") {
        std::string text = Replace(Minimal(), "\"start_day\": 1, \"end_day\": 60", "\"start_day\": 40, \"end_day\": 20");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/phases/1/end_day");
        CHECK(d.code == DiagnosticCode::EndsBeforeStart);
    }
    SECTION("a claim without sources") {
        std::string text = Replace(Minimal(), "\"sources\": [\"s1\"], \"certainty\": \"reported\"}",
                                   "\"sources\": [], \"certainty\": \"reported\"}");
        CHECK(OnlyError(LoadPack(text)).code == DiagnosticCode::ClaimWithoutSource);
    }
}

TEST_CASE("references and ids are checked across the pack", "[pack_loader]") {
    SECTION("a source id that does not exist") {
        std::string text = Replace(Minimal(), "\"sources\": [\"s2\"], \"certainty\": \"reported\",\n",
                                   "\"sources\": [\"s9\"], \"certainty\": \"reported\",\n");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/milestones/1/sources/0");
        CHECK(d.code == DiagnosticCode::UnknownReference);
        CHECK(d.line == LineOf(text, "\"s9\""));
    }
    SECTION("a phase id that does not exist") {
        std::string text = Replace(Minimal(), "\"phases\": [\"truce\"]", "\"phases\": [\"day-70\"]");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.code == DiagnosticCode::UnknownReference);
        CHECK(d.pointer == "/milestones/0/phases/0");
    }
    SECTION("a duplicated id") {
        std::string text = Replace(Minimal(), "{\"id\": \"talks\"", "{\"id\": \"truce\"");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.pointer == "/phases/1/id");
        CHECK(d.code == DiagnosticCode::DuplicateId);
        CHECK(d.message.find("/phases/0") != std::string::npos);  // says where the first use is
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
            CHECK(d.code == DiagnosticCode::UnknownField);
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

TEST_CASE("a confirmed claim on one outlet's word is a warning (W003)", "[pack_loader]") {
    const std::string agency_two = "\"publisher\": \"Agency Two\",";
    SECTION("copies of one outlet's report count as that outlet") {
        std::string text = Replace(Minimal(), agency_two, "\"publisher\": \"Daily Two (via Agency One)\", \"origin\": \"Agency One\",");
        core::PackLoadResult result = LoadPack(text);
        REQUIRE(result.pack);  // a warning: the pack is still shown
        CHECK(result.pack->sources[1].origin == "Agency One");
        CHECK(result.pack->sources[1].Origin() == "Agency One");
        CHECK(result.pack->sources[0].Origin() == "Agency One");  // no origin: its publisher
        // Every claim confirmed by s1 and s2, and no other (the article's and the
        // reported ones are not "confirmed").
        CHECK(PointersOf(result, DiagnosticCode::ConfirmedByOneOutlet) ==
              std::vector<std::string>{"/phases/0/certainty", "/milestones/0/certainty", "/context/0/certainty"});
        for (const core::Diagnostic& d : result.diagnostics.items) {
            CHECK(d.severity == Severity::Warning);
            if (d.pointer == "/milestones/0/certainty") {
                CHECK(d.line == LineOf(text, "\"id\": \"day-1\""));
                CHECK(d.message.find("/milestones/0 ") != std::string::npos);  // names the claim
                CHECK(d.message.find("Agency One") != std::string::npos);      // and the outlet
            }
        }
    }
    SECTION("one source is one outlet") {
        std::string text = Replace(Minimal(), "\"sources\": [\"s1\", \"s2\"], \"certainty\": \"confirmed\", \"phases\"",
                                   "\"sources\": [\"s2\"], \"certainty\": \"confirmed\", \"phases\"");
        core::PackLoadResult result = LoadPack(text);
        REQUIRE(result.diagnostics.items.size() == 1);
        const core::Diagnostic& d = result.diagnostics.items[0];
        CHECK(d.code == DiagnosticCode::ConfirmedByOneOutlet);
        CHECK(d.pointer == "/milestones/0/certainty");
        CHECK(d.message.find("Agency Two") != std::string::npos);
    }
    SECTION("two copies of a third outlet, and an origin that names another publisher") {
        std::string text = Replace(Minimal(), "\"publisher\": \"Agency One\",", "\"publisher\": \"One (citing AP)\", \"origin\": \"AP\",");
        text = Replace(text, agency_two, "\"publisher\": \"Two (via AP)\", \"origin\": \"AP\",");
        CHECK(PointersOf(LoadPack(text), DiagnosticCode::ConfirmedByOneOutlet).size() == 3);
        // An origin written as the other source's publisher is that outlet, too.
        text = Replace(Minimal(), agency_two, "\"publisher\": \"Agency Two\", \"origin\": \"Agency One\",");
        CHECK(PointersOf(LoadPack(text), DiagnosticCode::ConfirmedByOneOutlet).size() == 3);
    }
    SECTION("independent outlets, or a reported claim, are not warned about") {
        CHECK(LoadPack(Minimal()).diagnostics.items.empty());  // confirmed claims cite s1 and s2; reported ones one
        std::string text = Replace(Minimal(), agency_two, "\"publisher\": \"Agency Two\", \"origin\": \"Agency Two\",");
        CHECK(LoadPack(text).diagnostics.items.empty());
    }
    SECTION("a blank origin is an error, like any present text") {
        std::string text = Replace(Minimal(), agency_two, "\"publisher\": \"Agency Two\", \"origin\": \" \",");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.code == DiagnosticCode::BlankText);
        CHECK(d.pointer == "/sources/1/origin");
    }
}

TEST_CASE("a claim citing a source dated after meta.as_of is a warning (W004)", "[pack_loader]") {
    SECTION("at each citation of the later source") {
        std::string text = Replace(Minimal(), "\"date\": \"2025-07-03\"", "\"date\": \"2025-07-11\"");
        core::PackLoadResult result = LoadPack(text);
        REQUIRE(result.pack);
        CHECK(result.diagnostics.ErrorCount() == 0);
        CHECK(PointersOf(result, DiagnosticCode::SourceAfterAsOf) ==
              std::vector<std::string>{"/phases/0/sources/1", "/milestones/0/sources/1", "/milestones/1/sources/0",
                                       "/milestones/1/discrepancies/0/sources/0", "/milestones/2/sources/1",
                                       "/context/0/sources/1"});
        const core::Diagnostic& d = result.diagnostics.items[0];
        CHECK(d.severity == Severity::Warning);
        CHECK(d.line == LineOf(text, "{\"id\": \"truce\""));
        CHECK(d.message.find("2025-07-11") != std::string::npos);
        CHECK(d.message.find("2025-07-10") != std::string::npos);  // and as_of
    }
    SECTION("a source dated on as_of is current") {
        std::string text = Replace(Minimal(), "\"date\": \"2025-07-03\"", "\"date\": \"2025-07-10\"");
        CHECK(LoadPack(text).diagnostics.items.empty());
    }
    SECTION("a broken as_of is one error, not a warning per citation") {
        std::string text = Replace(Minimal(), "\"as_of\": \"2025-07-10\"", "\"as_of\": \"2025-7-10\"");
        CHECK(OnlyError(LoadPack(text)).code == DiagnosticCode::NotADate);
        CHECK(LoadPack(text).diagnostics.items.size() == 1);
    }
}

TEST_CASE("the map's orientation styles: land, region names and towns", "[pack_loader]") {
    const std::string text = test_support::ReadFile("tests/fixtures/valid/orientation-layers.json");
    SECTION("they load, each drawn as its one kind") {
        core::PackLoadResult result = LoadPack(text);
        REQUIRE(result.pack);
        CHECK(result.diagnostics.items.empty());
        std::map<std::string, core::FeatureStyle> styles;
        for (const core::MapFeature& f : result.pack->map.features) styles[f.id] = f.style;
        CHECK(styles["town"] == core::FeatureStyle::Town);
        CHECK(styles["hinterland"] == core::FeatureStyle::Land);
        CHECK(styles["sea-name"] == core::FeatureStyle::Label);
        CHECK(core::IsSelectableStyle(core::FeatureStyle::Town));
        CHECK_FALSE(core::IsSelectableStyle(core::FeatureStyle::Land));
        CHECK_FALSE(core::IsSelectableStyle(core::FeatureStyle::Label));
    }
    SECTION("a style that fits one kind, with another, is an error at the style") {
        std::string bad = Replace(text, "{\"id\": \"town\", \"kind\": \"point\"", "{\"id\": \"town\", \"kind\": \"line\"");
        bad = Replace(bad, "\"geometry\": {\"type\": \"Point\", \"coordinates\": [34.4, 31.45]}",
                      "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[34.4, 31.45], [34.5, 31.5]]}");
        const core::Diagnostic d = OnlyError(LoadPack(bad));
        CHECK(d.code == DiagnosticCode::NotOneOf);
        CHECK(d.pointer == "/map/features/3/style");
        CHECK(d.line == LineOf(bad, "{\"id\": \"town\""));
        CHECK(d.message.find("\"point\"") != std::string::npos);  // says which kind it needs
    }
    SECTION("an amendment cannot link to land or a region name: an error at the link") {
        for (const char* id : {"hinterland", "sea-name"}) {
            INFO(id);
            const std::string bad =
                Replace(text, "\"map\": [\"crossing\"]", std::string("\"map\": [\"crossing\", \"") + id + "\"]");
            const core::Diagnostic d = OnlyError(LoadPack(bad));
            CHECK(d.code == DiagnosticCode::UnknownReference);
            CHECK(d.pointer == "/amendments/0/links/map/1");
            CHECK(d.line == LineOf(bad, "\"map\": [\"crossing\""));
            const size_t at = bad.find(std::string("\"") + id + "\"]");
            CHECK(d.column == static_cast<int>(at - bad.rfind('\n', at)));  // at the id (1-based)
            CHECK(d.message.find("cannot be selected") != std::string::npos);
        }
    }
}

TEST_CASE("hostile packs hit limits with clear errors, never a crash", "[pack_loader]") {
    SECTION("too large") {
        core::PackLimits limits;
        limits.max_bytes = 100;
        const core::Diagnostic d = OnlyError(LoadPack(Minimal(), limits));
        CHECK(d.code == DiagnosticCode::FileTooLarge);
        CHECK(d.line == 0);  // the whole file
    }
    SECTION("nested too deep") {
        std::string deep = "{\"a\":\n" + std::string(100000, '[');
        const core::Diagnostic d = OnlyError(LoadPack(deep));
        CHECK(d.code == DiagnosticCode::TooDeep);
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
            found = found || (d.pointer == "/sources" && d.code == DiagnosticCode::TooManyItems);
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
            found |= d.pointer == "/map/features" && d.code == DiagnosticCode::TooMuchGeometry;
        CHECK(found);
        CHECK(LoadPack(text).pack);  // under the default limit it loads
    }
    SECTION("an over-long string") {
        std::string text = Replace(Minimal(), "\"Fighting stops.\"", "\"" + std::string(9000, 'x') + "\"");
        CHECK(OnlyError(LoadPack(text)).code == DiagnosticCode::TextTooLong);
    }
    SECTION("not an object at all") {
        CHECK(OnlyError(LoadPack("[1, 2, 3]")).code == DiagnosticCode::WrongType);
        CHECK(OnlyError(LoadPack("\"text\"")).code == DiagnosticCode::WrongType);
    }
}

TEST_CASE("a pack's \"strings\" override interface text by key", "[pack_loader]") {
    const std::string with = "\"format\": \"accord-pack/1\",\n  \"strings\": ";
    SECTION("known keys are kept, in the pack's words") {
        std::string text = Replace(Minimal(), "\"format\": \"accord-pack/1\",",
                                   with + "{\"view.amendments\": \"Amendments\", \"timeline.context-events.other\": \"{1} earlier\"},");
        core::PackLoadResult result = LoadPack(text);
        REQUIRE(result.pack);
        CHECK(result.diagnostics.items.empty());
        core::Strings strings = core::StringsFor(*result.pack);
        CHECK(strings.Get(core::StringId::ViewAmendments) == "Amendments");
        CHECK(strings.Count(core::StringId::ContextEventsOne, core::StringId::ContextEventsOther, 3) == "3 earlier");
        CHECK(strings.Get(core::StringId::ViewMap) == "Map");  // the rest stays built in
    }
    SECTION("an unknown key is a warning with its pointer") {
        std::string text = Replace(Minimal(), "\"format\": \"accord-pack/1\",", with + "{\"view.glossary\": \"Words\"},");
        core::PackLoadResult result = LoadPack(text);
        REQUIRE(result.pack);
        REQUIRE(result.diagnostics.items.size() == 1);
        CHECK(result.diagnostics.items[0].code == DiagnosticCode::UnknownStringKey);
        CHECK(result.diagnostics.items[0].severity == Severity::Warning);
        CHECK(result.diagnostics.items[0].pointer == "/strings/view.glossary");
        CHECK(result.diagnostics.items[0].line == 3);
        CHECK(result.pack->interface_strings.empty());
    }
    SECTION("a value that is not text is an error") {
        std::string text = Replace(Minimal(), "\"format\": \"accord-pack/1\",", with + "{\"view.map\": 3},");
        const core::Diagnostic d = OnlyError(LoadPack(text));
        CHECK(d.code == DiagnosticCode::WrongType);
        CHECK(d.pointer == "/strings/view.map");
        text = Replace(Minimal(), "\"format\": \"accord-pack/1\",", with + "[\"Amendments\"],");
        CHECK(OnlyError(LoadPack(text)).pointer == "/strings");
    }
}

TEST_CASE("every diagnostic code has one row: its name, severity and meaning", "[pack_loader]") {
    const std::string schema = test_support::ReadFile("data/SCHEMA.md");
    REQUIRE_FALSE(schema.empty());
    std::set<std::string> names;
    for (int i = 0; i < core::kDiagnosticCodeCount; ++i) {
        const auto code = static_cast<DiagnosticCode>(i);
        const core::DiagnosticInfo& info = core::InfoOf(code);
        INFO(info.name);
        CHECK(info.code == code);  // the table is in enum order
        CHECK(names.insert(info.name).second);
        CHECK(std::string(info.name).size() == 4);
        CHECK(info.name[0] == (info.severity == Severity::Error ? 'E' : 'W'));
        CHECK(schema.find(std::string("| `") + info.name + "` |") != std::string::npos);  // documented for editors
        CHECK(core::MakeDiagnostic(code, "", 0, 0, "").severity == info.severity);
    }
}

TEST_CASE("diagnostics print as file:line:col: severity code: pointer: message", "[pack_loader]") {
    core::Diagnostic d = core::MakeDiagnostic(DiagnosticCode::WrongType, "/phases/0/title", 20, 30, "expected a string");
    CHECK(core::FormatDiagnostic("p.json", d) == "p.json:20:30: error E007: /phases/0/title: expected a string");
    d = core::MakeDiagnostic(DiagnosticCode::UnknownField, "/x", 3, 15, "unknown field \"x\" is ignored");
    CHECK(core::FormatDiagnostic("p.json", d) == "p.json:3:15: warning W001: /x: unknown field \"x\" is ignored");
    d = core::MakeDiagnostic(DiagnosticCode::FileEmpty, "", 0, 0, "the file is empty");
    CHECK(core::FormatDiagnostic("p.json", d) == "p.json: error E002: the file is empty");
}

TEST_CASE("every interface string key is documented in data/SCHEMA.md", "[pack_loader]") {
    const std::string schema = test_support::ReadFile("data/SCHEMA.md");
    const std::string json_schema = test_support::ReadFile("data/schema/accord-pack-1.schema.json");
    for (int i = 0; i < core::kStringCount; ++i) {
        const std::string key = core::StringKey(static_cast<core::StringId>(i));
        INFO(key);
        CHECK(schema.find("| `" + key + "` |") != std::string::npos);
        CHECK(json_schema.find("\"" + key + "\": {") != std::string::npos);
    }
}

TEST_CASE("pack enums have one name each, read back by the tables", "[pack_loader]") {
    CHECK(std::string(core::EventKindName(core::EventKind::Redeployment)) == "redeployment");
    CHECK(std::string(core::FeatureStyleName(core::FeatureStyle::Corridor)) == "corridor");
    CHECK(core::kCertaintyNames.FromName("reported") == core::Certainty::Reported);
    CHECK_FALSE(core::kActorGroupNames.FromName("Israel"));  // names are exact
}

TEST_CASE("a translation must have its original's items: missing and extra ids are reported with positions",
          "[pack_loader][translation]") {
    const std::string dir = "tests/fixtures/translation/";
    const core::PackLoadResult original = core::LoadPack(test_support::ReadFile(dir + "original.json"));
    REQUIRE(original.pack);
    auto check = [&](const std::string& name) {
        const std::string text = test_support::ReadFile(dir + name);
        const core::PackLoadResult translation = core::LoadPack(text);
        REQUIRE(translation.pack);
        CHECK(translation.pack->meta.translation_of == "original.json");
        return core::CheckTranslation(*original.pack, *translation.pack, text);
    };
    CHECK(check("good.ar.json").items.empty());

    const core::Diagnostics missing = check("missing-id.ar.json");
    REQUIRE(missing.items.size() == 1);
    CHECK(core::CodeName(missing.items[0].code) == std::string("E030"));
    CHECK(missing.items[0].pointer == "/milestones");
    CHECK(missing.items[0].line > 1);
    CHECK(missing.items[0].message.find("of the original (original.json) is missing") != std::string::npos);

    const core::Diagnostics extra = check("extra-id.ar.json");
    REQUIRE(extra.items.size() == 1);
    CHECK(core::CodeName(extra.items[0].code) == std::string("E031"));
    CHECK(extra.items[0].pointer.rfind("/milestones/", 0) == 0);
    CHECK(extra.items[0].message.find("\"not-in-original\"") != std::string::npos);
    const std::string text = test_support::ReadFile(dir + "extra-id.ar.json");
    // The reported line is the one that holds the extra id.
    size_t line_start = 0;
    for (int line = 1; line < extra.items[0].line; ++line) line_start = text.find('\n', line_start) + 1;
    CHECK(text.substr(line_start, text.find('\n', line_start) - line_start).find("not-in-original") != std::string::npos);
}

TEST_CASE("the Arabic Gaza pack is a translation of the English one, item for item", "[pack_loader][translation]") {
    const core::PackLoadResult en = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    const std::string text = test_support::ReadFile("data/packs/gaza-framework-2025-07.ar.json");
    const core::PackLoadResult ar = core::LoadPack(text);
    REQUIRE(en.pack);
    REQUIRE(ar.pack);
    CHECK_FALSE(ar.diagnostics.HasErrors());
    CHECK(ar.diagnostics.WarningCount() == en.diagnostics.WarningCount());  // the same sources, the same notes
    CHECK(ar.pack->meta.translation_of == "gaza-framework-2025-07.json");
    CHECK(ar.pack->meta.right_to_left);
    CHECK(core::CheckTranslation(*en.pack, *ar.pack, text).items.empty());
}
