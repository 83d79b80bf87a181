// html_export.tests.cpp — the static article: escaped, semantic, with claims' sources;
// the fragment the page carries (strict-CSP clean) and the page template filled with it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

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
    CHECK(html.find(">A &lt;b&gt;bold&lt;/b&gt; pack &amp; &quot;friends&quot;</h1>") != std::string::npos);
    CHECK(html.find("<title>A &lt;b&gt;bold") != std::string::npos);
}

TEST_CASE("the HTML article of the default pack has every section, claim and source", "[html_export]") {
    core::PackLoadResult result = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(result.pack);
    const core::Pack& pack = *result.pack;
    std::string html = core::PackToHtml(pack);
    CHECK(html.rfind("<!doctype html>", 0) == 0);
    CHECK(html.find("<html lang=\"en\" dir=\"ltr\">") != std::string::npos);
    CHECK(Count(html, "<h1") == 1);
    for (const char* section : {"schedule", "amendments", "map", "context", "actors", "analysis", "sources"})
        CHECK(html.find(std::string("<section id=\"") + section + "\"") != std::string::npos);
    // Every source is listed once with its anchor and address; every milestone appears.
    for (const core::Source& source : pack.sources) {
        CHECK(Count(html, "<li id=\"source-" + source.id + "\">") == 1);
        CHECK(html.find("href=\"" + core::EscapeHtml(source.url) + "\"") != std::string::npos);
    }
    for (const core::Milestone& m : pack.milestones) CHECK(html.find("<li id=\"" + m.id + "\"") != std::string::npos);
    // Actors by their own name and role (no group names written by the code).
    CHECK(html.find("<h2>Who said what</h2>") != std::string::npos);
    for (const core::Actor& actor : pack.actors)
        if (!actor.positions.empty())
            CHECK(html.find("<h3 id=\"" + actor.id + "\">" + core::EscapeHtml(actor.name) + " <small>" +
                            core::EscapeHtml(actor.role) + "</small></h3>") != std::string::npos);
    // Claims carry their certainty on the page, as they do on screen.
    CHECK(Count(html, "class=\"claim claim-") >= pack.milestones.size() + pack.phases.size());
    CHECK(html.find("<span class=\"certainty\">Confirmed</span>: <a href=\"#source-") != std::string::npos);
    CHECK(html.find("The article argues") != std::string::npos);
    CHECK(Count(html, "<script") == 0);
}

namespace {
const core::Pack& DefaultPack() {
    static const core::PackLoadResult result =
        core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(result.pack);
    return *result.pack;
}

// Every value of `attribute="..."` in `html`.
std::vector<std::string> AttributeValues(const std::string& html, const std::string& attribute) {
    std::vector<std::string> values;
    const std::string key = " " + attribute + "=\"";
    for (size_t at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) {
        const size_t start = at + key.size();
        values.push_back(html.substr(start, html.find('"', start) - start));
    }
    return values;
}
}  // namespace

TEST_CASE("the article fragment is one <article>, strict-CSP clean, with every item and source", "[html_export]") {
    const core::Pack& pack = DefaultPack();
    const std::string html = core::PackToArticleHtml(pack);
    CHECK(html.rfind("<article class=\"accord-article\" id=\"article-top\" lang=\"en\" dir=\"ltr\"", 0) == 0);
    CHECK(html.size() - html.rfind("</article>") == std::string("</article>\n").size());
    CHECK(Count(html, "<article") == 1);
    for (const char* absent : {"<!doctype", "<html", "<head>", "<body", "<style", "<script"}) CHECK(Count(html, absent) == 0);
    // No style attributes and no event handlers: pack text is escaped, so every '<' starts a tag we wrote.
    for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        const std::string tag = html.substr(at, html.find('>', at) - at);
        INFO(tag);
        CHECK(tag.find(" style=") == std::string::npos);
        CHECK(tag.find(" on") == std::string::npos);
    }
    CHECK(Count(html, "<h1") == 1);
    SECTION("ids carry the prefix, and anchors point at ids that exist") {
        const std::vector<std::string> ids = AttributeValues(html, "id");
        CHECK(ids.size() > pack.sources.size() + pack.milestones.size());
        for (const std::string& id : ids) CHECK(id.rfind("article-", 0) == 0);
        for (const std::string& href : AttributeValues(html, "href")) {
            if (href.rfind("https://", 0) == 0) continue;
            REQUIRE(href.rfind("#", 0) == 0);
            CHECK(std::find(ids.begin(), ids.end(), href.substr(1)) != ids.end());
        }
        const std::string labelled = AttributeValues(html, "aria-labelledby").at(0);
        CHECK(std::find(ids.begin(), ids.end(), labelled) != ids.end());
    }
    SECTION("every phase, milestone, change, map feature and source is in it") {
        for (const core::Phase& p : pack.phases) CHECK(html.find(core::EscapeHtml(p.title)) != std::string::npos);
        for (const core::Milestone& m : pack.milestones) CHECK(html.find(core::EscapeHtml(m.title)) != std::string::npos);
        for (const core::Amendment& a : pack.amendments) {
            CHECK(html.find(core::EscapeHtml(a.title)) != std::string::npos);
            CHECK(html.find("<dd class=\"asked\">" + core::EscapeHtml(a.asked.text)) != std::string::npos);
        }
        for (const core::MapFeature& f : pack.map.features) CHECK(html.find(core::EscapeHtml(f.title)) != std::string::npos);
        for (const core::Source& s : pack.sources) {
            CHECK(Count(html, "<li id=\"article-source-" + s.id + "\">") == 1);
            CHECK(html.find("<strong>" + core::EscapeHtml(s.publisher) + "</strong>, <a href=\"" +
                            core::EscapeHtml(s.url) + "\"") != std::string::npos);
        }
    }
    SECTION("every claim has its certainty as words") {
        CHECK(Count(html, "<small class=\"claim claim-") == Count(html, "<span class=\"certainty\">"));
        CHECK(Count(html, "<small class=\"claim claim-") >= pack.milestones.size() + pack.phases.size());
        CHECK(html.find("<span class=\"certainty\">Reported</span>") != std::string::npos);
    }
    SECTION("a title that ends in punctuation gets no second full stop") {
        CHECK(html.find("?.") == std::string::npos);
        CHECK(html.find("..") == std::string::npos);
    }
}

TEST_CASE("the page template gets the pack's title, description and article", "[html_export]") {
    const core::Pack& pack = DefaultPack();
    const std::string page_template =
        "<title>@ACCORD_TITLE@</title><meta name=\"description\" content=\"@ACCORD_DESCRIPTION@\">"
        "<meta name=\"accord-pack-origins\" content=\"@ACCORD_PACK_ORIGINS@\">"
        "<!-- @ACCORD_SHARE_TAGS@ -->"
        "<main></main>\n<!-- @ACCORD_ARTICLE@ -->\n<!-- @ACCORD_PACK_DATA@ --><script src=\"accord.js\"></script>";
    std::string page, error;
    const core::PageSettings settings{"https://packs.example.org https://b.example", {"https://news.example/accord/", ""}};
    REQUIRE(core::FillPageTemplate(page_template, pack, settings, page, error));
    CHECK(page.find("<meta name=\"accord-pack-origins\" content=\"https://packs.example.org https://b.example\">") !=
          std::string::npos);
    CHECK(error.empty());
    // The same words the widget publishes once it has loaded the pack.
    CHECK(core::PageTitle(pack) == pack.meta.title + " \xE2\x80\x94 interactive explainer");
    CHECK(page.find("<title>" + core::EscapeHtml(core::PageTitle(pack)) + "</title>") != std::string::npos);
    CHECK(page.find("content=\"" + core::EscapeHtml(core::PageDescription(pack)) + "\"") != std::string::npos);
    CHECK(core::PageDescription(pack).find(pack.meta.subtitle) != std::string::npos);
    CHECK(page.find("<main></main>\n" + core::PackToArticleHtml(pack) + "\n<script src=\"accord.js\"></script>") !=
          std::string::npos);  // no pack in the page unless asked for
    CHECK(page.find("accord-pack\"") == std::string::npos);
    CHECK(page.find("@ACCORD_") == std::string::npos);
    // Link previews: absolute addresses under the published folder, in the head.
    CHECK(page.find("<meta property=\"og:image\" content=\"https://news.example/accord/share/" + pack.meta.id + ".png\">") !=
          std::string::npos);
    CHECK(page.find("<meta property=\"og:url\" content=\"https://news.example/accord/\">") != std::string::npos);
    CHECK(page.find("<meta name=\"twitter:card\" content=\"summary_large_image\">") != std::string::npos);
    CHECK(page.find("type=\"application/json+oembed\" href=\"https://news.example/accord/oembed/" + pack.meta.id + ".json\"") !=
          std::string::npos);
    CHECK(page.find("application/json+oembed") < page.find("<main>"));

    SECTION("the template's own comments are left out, a pack's words are not") {
        const std::string commented = "<!-- about the head -->\n  <!-- a note\n  on two lines -->\n" + page_template +
                                      "<p>kept <!-- inline --> here</p>";
        std::string trimmed;
        REQUIRE(core::FillPageTemplate(commented, pack, settings, trimmed, error));
        CHECK(trimmed.rfind("<title>", 0) == 0);  // the comments' lines went with them
        CHECK(trimmed.find("about the head") == std::string::npos);
        CHECK(trimmed.find("on two lines") == std::string::npos);
        CHECK(trimmed.find("<p>kept  here</p>") != std::string::npos);
        CHECK(trimmed.find(core::PackToArticleHtml(pack)) != std::string::npos);
    }

    SECTION("a missing or repeated placeholder is an error, and nothing is written") {
        std::string untouched = "kept";
        CHECK_FALSE(core::FillPageTemplate("<title>x</title><!-- @ACCORD_ARTICLE@ -->", pack, settings, untouched, error));
        CHECK(error.find("@ACCORD_TITLE@") != std::string::npos);
        CHECK(error.find("none") != std::string::npos);
        CHECK_FALSE(core::FillPageTemplate(page_template + "<!-- @ACCORD_ARTICLE@ -->", pack, settings, untouched, error));
        CHECK(error.find("several") != std::string::npos);
        CHECK(untouched == "kept");
    }
    SECTION("pack text that spells a placeholder is escaped and left alone") {
        std::string text = test_support::ReadFile("tests/fixtures/valid/minimal.json");
        text.replace(text.find("A minimal pack"), 14, "@ACCORD_DESCRIPTION@ <!-- @ACCORD_ARTICLE@ -->");
        core::PackLoadResult result = core::LoadPack(text);
        REQUIRE(result.pack);
        REQUIRE(core::FillPageTemplate(page_template, *result.pack, settings, page, error));
        CHECK(page.find("<title>@ACCORD_DESCRIPTION@ &lt;!-- @ACCORD_ARTICLE@ --&gt;") != std::string::npos);
        CHECK(page.find("<!-- @ACCORD_ARTICLE@ -->") == std::string::npos);
    }
}

TEST_CASE("the page can carry the pack's own bytes, which read back as the same pack", "[html_export]") {
    std::string text = test_support::ReadFile("tests/fixtures/valid/minimal.json");
    // Text that would end the element or open an HTML comment if it were not escaped.
    text.replace(text.find("A minimal pack"), 14, "Ends </script><script>alert(1)</script> <!-- x --> here");
    core::PackLoadResult original = core::LoadPack(text);
    REQUIRE(original.pack);
    const std::string block = core::PackDataBlock({"packs/minimal.json", text});
    const std::string open = "<script type=\"application/json\" id=\"accord-pack\" data-source=\"packs/minimal.json\">";
    REQUIRE(block.rfind(open, 0) == 0);
    REQUIRE(block.size() > open.size() + 9);
    CHECK(block.substr(block.size() - 9) == "</script>");
    const std::string inner = block.substr(open.size(), block.size() - open.size() - 9);
    // What an HTML parser gives the widget: everything up to the first "</script", which
    // must be the element's own end, and no comment opener inside.
    CHECK(inner.find("</") == std::string::npos);
    CHECK(inner.find("<!--") == std::string::npos);
    core::PackLoadResult carried = core::LoadPack(inner);
    REQUIRE(carried.pack);
    CHECK(carried.pack->meta.title == original.pack->meta.title);
    CHECK(carried.pack->meta.title.find("</script><script>alert(1)</script> <!-- x -->") != std::string::npos);
    CHECK(core::PackDataBlock({}).empty());
    // Indentation is left out; the lines stay the file's, so diagnostics keep their lines.
    CHECK(inner.find("\n ") == std::string::npos);
    CHECK(std::count(inner.begin(), inner.end(), '\n') == std::count(text.begin(), text.end(), '\n'));
    CHECK(inner.size() < text.size());

    SECTION("the page puts it where the template says") {
        std::string page, error;
        core::PageSettings settings;
        settings.inline_pack = {"packs/minimal.json", text};
        REQUIRE(core::FillPageTemplate("<title>@ACCORD_TITLE@</title>@ACCORD_DESCRIPTION@@ACCORD_PACK_ORIGINS@"
                                       "<!-- @ACCORD_SHARE_TAGS@ --><!-- @ACCORD_ARTICLE@ --><!-- @ACCORD_PACK_DATA@ --><script>",
                                       *original.pack, settings, page, error));
        CHECK(page.find(block + "<script>") != std::string::npos);
    }
}

TEST_CASE("a change's share page previews that change and opens the widget at it", "[html_export][share]") {
    const core::Pack& pack = DefaultPack();
    const core::Amendment& change = pack.amendments.at(1);
    SECTION("relative addresses, the default pack") {
        const std::string page = core::ChangeSharePage(pack, change, {});
        CHECK(page.find("<meta http-equiv=\"refresh\" content=\"0; url=../../#item=" + change.id + "&amp;view=amendments\">") !=
              std::string::npos);
        CHECK(page.find("content=\"../../share/" + pack.meta.id + "/" + change.id + ".png\"") != std::string::npos);
        CHECK(page.find("<meta property=\"og:title\" content=\"" + core::EscapeHtml(change.title)) != std::string::npos);
        CHECK(page.find("og:url") == std::string::npos);  // no address to give without a site
        CHECK(page.find("<script") == std::string::npos);  // passes a strict CSP
    }
    SECTION("a published site and another pack") {
        const std::string page =
            core::ChangeSharePage(pack, change, {"https://news.example/accord/", "?pack=packs/other.json"});
        CHECK(page.find("url=https://news.example/accord/?pack=packs/other.json#item=" + change.id) != std::string::npos);
        CHECK(page.find("<meta property=\"og:url\" content=\"https://news.example/accord/share/" + pack.meta.id + "/" +
                        change.id + ".html\">") != std::string::npos);
    }
}
