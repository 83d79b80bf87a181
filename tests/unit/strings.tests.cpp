// strings.tests.cpp — the interface string tables: counted phrases take the forms their
// language's grammar needs (Unicode CLDR plural categories).
#include <catch2/catch.hpp>

#include "core/common/strings.h"
#include "core/layout/diagram_layout.h"
#include "core/pack/pack_loader.h"
#include "test_support.h"

TEST_CASE("counts take their language's plural forms: English one/other, Arabic's six", "[strings]") {
    using core::PluralCategory;
    SECTION("the categories, as CLDR gives them") {
        CHECK(core::PluralCategoryOf("en", 1) == PluralCategory::One);
        CHECK(core::PluralCategoryOf("en", 0) == PluralCategory::Other);
        CHECK(core::PluralCategoryOf("en", 2) == PluralCategory::Other);
        CHECK(core::PluralCategoryOf("ar", 0) == PluralCategory::Zero);
        CHECK(core::PluralCategoryOf("ar", 1) == PluralCategory::One);
        CHECK(core::PluralCategoryOf("ar", 2) == PluralCategory::Two);
        for (long long n : {3, 7, 10, 103, 110, 1005}) CHECK(core::PluralCategoryOf("ar", n) == PluralCategory::Few);
        for (long long n : {11, 26, 99, 111, 1099}) CHECK(core::PluralCategoryOf("ar-EG", n) == PluralCategory::Many);
        for (long long n : {100, 101, 102, 200, 1000}) CHECK(core::PluralCategoryOf("ar", n) == PluralCategory::Other);
    }
    core::CountForms seconds{core::StringId::KioskCountdownOne, core::StringId::KioskCountdownOther};
    seconds.two = core::StringId::KioskCountdownTwo;
    seconds.few = core::StringId::KioskCountdownFew;
    seconds.many = core::StringId::KioskCountdownMany;
    SECTION("English: one second, any other number of seconds") {
        const core::Strings en = core::Strings::ForLanguage("en");
        CHECK(en.Count(seconds, 1) == "Starting again in 1 second");
        CHECK(en.Count(seconds, 2) == "Starting again in 2 seconds");
        CHECK(en.Count(seconds, 11) == "Starting again in 11 seconds");
    }
    SECTION("Arabic: the singular and dual without a numeral, the plural for 3-10, the singular after") {
        const core::Strings ar = core::Strings::ForLanguage("ar");
        const std::string lead = "\xD8\xA7\xD9\x84\xD8\xA8\xD8\xAF\xD8\xA1 ";  // "البدء "
        CHECK(ar.Count(seconds, 1).rfind(lead, 0) == 0);
        CHECK(ar.Count(seconds, 1).find('1') == std::string::npos);
        CHECK(ar.Count(seconds, 1).find("\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF\xD8\xA9") != std::string::npos);  // واحدة
        CHECK(ar.Count(seconds, 2).find('2') == std::string::npos);
        CHECK(ar.Count(seconds, 2).find("\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xAA\xD9\x8A\xD9\x86") != std::string::npos);  // ثانيتين
        CHECK(ar.Count(seconds, 5).find("5 \xD8\xAB\xD9\x88\xD8\xA7\xD9\x86") != std::string::npos);  // 5 ثوانٍ
        CHECK(ar.Count(seconds, 11).find("11 \xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9\xD9\x8B") != std::string::npos);  // 11 ثانيةً
        CHECK(ar.Count(seconds, 100).find("100 \xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9") != std::string::npos);  // 100 ثانية
        CHECK(ar.Count(seconds, 100) != ar.Count(seconds, 11).replace(ar.Count(seconds, 11).find("11"), 2, "100"));
    }
    SECTION("a phrase with only one/other forms falls back to other for the rest") {
        const core::Strings ar = core::Strings::ForLanguage("ar");
        CHECK(ar.Count(core::StringId::FooterSourcesOne, core::StringId::FooterSourcesOther, 2) ==
              ar.Format(core::StringId::FooterSourcesOther, {"2"}));
    }
}

TEST_CASE("a pack may ask for Eastern Arabic digits: the interface's own numbers use them", "[strings][pack]") {
    SECTION("numbers and dates of a string table") {
        core::Strings ar = core::Strings::ForLanguage("ar");
        CHECK(ar.Number(60) == "60");
        ar.SetDigits(core::Digits::ArabicIndic);
        CHECK(ar.Number(60) == "\xD9\xA6\xD9\xA0");        // ٦٠
        CHECK(ar.Number(-7) == "-\xD9\xA7");               // -٧
        CHECK(ar.Number(1234567890) == "\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5\xD9\xA6\xD9\xA7\xD9\xA8\xD9\xA9\xD9\xA0");
        const std::string date = ar.LongDate("2025-07-24");
        CHECK(date.rfind("\xD9\xA2\xD9\xA4\xC2\xA0", 0) == 0);  // "٢٤" and a no-break space first
        CHECK(date.find("\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA5") != std::string::npos);  // ٢٠٢٥
        CHECK(date.find_first_of("0123456789") == std::string::npos);
    }
    std::string text = test_support::ReadFile("data/packs/gaza-framework-2025-07.ar.json");
    const size_t direction = text.find("\"direction\"");
    REQUIRE(direction != std::string::npos);
    SECTION("the loader reads meta.digits, and the diagram's day numbers and dates are written in them") {
        text.insert(direction, "\"digits\": \"arabic-indic\",\n    ");
        core::PackLoadResult result = core::LoadPack(text);
        REQUIRE(result.pack);
        CHECK(result.pack->meta.digits == core::Digits::ArabicIndic);
        test_support::FixedMetrics metrics;
        core::DiagramInput input;
        input.width = 1440;
        input.height = 900;
        const core::Scene scene = core::LayoutDiagram(*result.pack, input, metrics);
        bool eastern_sixty = false, western_sixty = false;
        for (const core::SceneText& t : scene.texts)
            for (const std::string& line : t.lines) {
                eastern_sixty |= line == "\xD9\xA6\xD9\xA0";
                western_sixty |= line == "60";
            }
        CHECK(eastern_sixty);   // the axis's last day
        CHECK_FALSE(western_sixty);
    }
    SECTION("an unknown value is an error at its place, and the digits stay Western") {
        text.insert(direction, "\"digits\": \"roman\",\n    ");
        core::PackLoadResult result = core::LoadPack(text);
        bool reported = false;
        for (const core::Diagnostic& d : result.diagnostics.items)
            reported |= d.code == core::DiagnosticCode::NotOneOf && d.pointer == "/meta/digits" && d.line > 0;
        CHECK(reported);
    }
    SECTION("without it, Western digits") {
        core::PackLoadResult result = core::LoadPack(text);
        REQUIRE(result.pack);
        CHECK(result.pack->meta.digits == core::Digits::Latin);
    }
}
