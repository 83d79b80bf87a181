// html_export.tests.cpp — the static article: escaped, semantic, with claims' sources.
#include <catch2/catch.hpp>

#include "core/export/html_export.h"
#include "core/pack/pack_loader.h"
#include "test_support.h"

namespace {
size_t Count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("pack text is escaped in the HTML article", "[html_export]") {
    CHECK(core::EscapeHtml("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    std::string text = test_support::ReadFile("tests/fixtures/valid/minimal.json");
    text.replace(text.find("A minimal pack"), 14, "A <b>bold</b> pack & \\\"friends\\\"");
    core::PackLoadResult result = core::LoadPack(text);
    REQUIRE(result.pack);
    std::string html = core::PackToHtml(*result.pack);
    CHECK(html.find("<b>bold</b>") == std::string::npos);
    CHECK(html.find("<h1>A &lt;b&gt;bold&lt;/b&gt; pack &amp; &quot;friends&quot;</h1>") != std::string::npos);
    CHECK(html.find("<title>A &lt;b&gt;bold") != std::string::npos);
}

TEST_CASE("the HTML article of the default pack has every section, claim and source", "[html_export]") {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(result.pack);
    const core::Pack& pack = *result.pack;
    std::string html = core::PackToHtml(pack);
    CHECK(html.rfind("<!doctype html>", 0) == 0);
    CHECK(html.find("<html lang=\"en\" dir=\"ltr\">") != std::string::npos);
    CHECK(Count(html, "<h1>") == 1);
    for (const char* section : {"schedule", "amendments", "map", "context", "actors", "analysis", "sources"})
        CHECK(html.find(std::string("<section id=\"") + section + "\">") != std::string::npos);
    // Every source is listed once with its anchor and address; every milestone appears.
    for (const core::Source& source : pack.sources) {
        CHECK(Count(html, "<li id=\"source-" + source.id + "\">") == 1);
        CHECK(html.find("href=\"" + core::EscapeHtml(source.url) + "\"") != std::string::npos);
    }
    for (const core::Milestone& m : pack.milestones) CHECK(html.find("<li id=\"" + m.id + "\">") != std::string::npos);
    // Actors by their own name and role (no group names written by the code).
    CHECK(html.find("<h2>Who said what</h2>") != std::string::npos);
    for (const core::Actor& actor : pack.actors)
        if (!actor.positions.empty())
            CHECK(html.find("<h3 id=\"" + actor.id + "\">" + core::EscapeHtml(actor.name) + " <small>" +
                            core::EscapeHtml(actor.role) + "</small></h3>") != std::string::npos);
    // Claims carry their certainty on the page, as they do on screen.
    CHECK(Count(html, "class=\"claim claim-") >= pack.milestones.size() + pack.phases.size());
    CHECK(html.find("(Confirmed: <a href=\"#source-") != std::string::npos);
    CHECK(html.find("The article argues") != std::string::npos);
    CHECK(Count(html, "<script") == 0);
}
