// strings.tests.cpp — the interface string tables: counted phrases take the forms their
// language's grammar needs (Unicode CLDR plural categories).
#include <catch2/catch.hpp>

#include "core/common/strings.h"

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
