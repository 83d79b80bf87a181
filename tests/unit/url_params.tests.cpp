// url_params.tests.cpp — page parameters: good values used, bad ones ignored with a warning.
#include <catch2/catch.hpp>

#include "core/state/url_params.h"

TEST_CASE("page parameters are parsed and validated", "[url_params]") {
    core::PageParams p = core::ParsePageParams("?pack=packs%2Fother.json&theme=dark&utm_source=x");
    CHECK(p.pack_url == "packs/other.json");
    CHECK(p.theme == "dark");
    CHECK(p.warnings.empty());
    CHECK(core::ParsePageParams("").pack_url.empty());
    CHECK(core::ParsePageParams("pack=https://example.org/p.json").pack_url == "https://example.org/p.json");

    SECTION("dangerous or malformed pack addresses are ignored with a warning") {
        for (const char* bad : {"?pack=javascript:alert(1)", "?pack=data:application/json,{}", "?pack=//evil.example/p.json",
                                "?pack=", "?pack=%0Afoo"}) {
            core::PageParams q = core::ParsePageParams(bad);
            INFO(bad);
            CHECK(q.pack_url.empty());
            REQUIRE(q.warnings.size() == 1);
            CHECK(q.warnings[0].rfind("ignored ?pack=", 0) == 0);
        }
    }
    SECTION("an unknown theme is ignored with a warning") {
        core::PageParams q = core::ParsePageParams("theme=neon");
        CHECK(q.theme.empty());
        CHECK(q.warnings.size() == 1);
    }
    SECTION("percent-decoding tolerates broken escapes") {
        CHECK(core::PercentDecode("a%2") == "a%2");
        CHECK(core::PercentDecode("a+b%41") == "a bA");
    }
}

TEST_CASE("kiosk parameters: the mode and both periods, bad values ignored with a warning", "[url_params]") {
    core::PageParams p = core::ParsePageParams("?mode=kiosk&idle=30&reset=45");
    CHECK(p.kiosk);
    CHECK(p.idle_s == 30);
    CHECK(p.reset_s == 45);
    CHECK(p.warnings.empty());
    core::PageParams bad = core::ParsePageParams("?mode=museum&idle=1&reset=9999999&idle=abc");
    CHECK_FALSE(bad.kiosk);
    CHECK(bad.idle_s == 60);
    CHECK(bad.reset_s == 90);
    CHECK(bad.warnings.size() == 4);
}

TEST_CASE("?lang= names a translation by its language code; anything else is ignored with a warning", "[url_params]") {
    CHECK(core::ParsePageParams("?lang=ar").language == "ar");
    CHECK(core::ParsePageParams("?lang=he&theme=dark").language == "he");
    CHECK(core::ParsePageParams("?lang=en").language.empty());  // the pack's own file
    for (const char* bad : {"?lang=AR", "?lang=../x", "?lang=arabic", "?lang=a"}) {
        const core::PageParams p = core::ParsePageParams(bad);
        CHECK(p.language.empty());
        REQUIRE(p.warnings.size() == 1);
        CHECK(p.warnings.front().find("?lang=") != std::string::npos);
    }
}
