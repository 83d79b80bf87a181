// html_export.h — a pack as a static, semantic, escaped HTML article: what the page
// shows without JavaScript, WebGL 2 or WebAssembly, what prints, and what crawlers
// index. Every claim carries its certainty and sources, as on screen. One writer makes
// all three outputs:
//   PackToHtml         a whole document with its own small <style> (`accord-pack html`);
//   PackToArticleHtml  just the <article class="accord-article">, no style attributes
//                      or scripts, styled by web/accord.css (strict CSP);
//   FillPageTemplate   the widget's page (shell.html) with the pack's title, description
//                      and article put in its placeholders at build time.
#pragma once
#include <string>
#include <string_view>

#include "core/export/share_tags.h"
#include "core/pack/pack.h"

namespace core {

// Escapes text for HTML element content and attribute values.
std::string EscapeHtml(std::string_view text);

std::string PackToHtml(const Pack& pack);

// The article alone. Its ids (sections, items, sources) start with `id_prefix`, so
// they cannot collide with the ids of the page it is put into.
std::string PackToArticleHtml(const Pack& pack, std::string_view id_prefix = "article-");

// The document's title and description for the pack: the same strings (page.title,
// page.description) the widget publishes when it has loaded the pack. Not escaped.
std::string PageTitle(const Pack& pack);
std::string PageDescription(const Pack& pack);

// The page placeholders, each of which must occur exactly once in the template.
inline constexpr std::string_view kPageTitlePlaceholder = "@ACCORD_TITLE@";
inline constexpr std::string_view kPageDescriptionPlaceholder = "@ACCORD_DESCRIPTION@";
inline constexpr std::string_view kPageArticlePlaceholder = "<!-- @ACCORD_ARTICLE@ -->";
inline constexpr std::string_view kPagePackOriginsPlaceholder = "@ACCORD_PACK_ORIGINS@";
inline constexpr std::string_view kPageShareTagsPlaceholder = "<!-- @ACCORD_SHARE_TAGS@ -->";
inline constexpr std::string_view kPagePackDataPlaceholder = "<!-- @ACCORD_PACK_DATA@ -->";

// The default pack's own bytes carried in the page, so the widget reads them there
// instead of fetching them after its runtime has started: one file and one round trip
// fewer for the first frame, and brotli compresses the pack's words once with the
// article's. `address` is what the widget would fetch (e.g. "packs/x.json").
struct InlinePack {
    std::string address;  // empty: no pack in the page
    std::string text;     // the file's bytes (PackDataBlock escapes them and drops indentation)
};

// <script type="application/json" id="accord-pack" data-source="ADDRESS">TEXT</script>.
// A data block is never run (and so passes a strict CSP). Why the escapes: "</" would end
// the element and "<!--" changes how the HTML parser reads it; they can only occur inside
// JSON strings, where "<\/" and "\u003c!--" read back as the same characters. Each
// line's indentation is left out; the lines are the file's.
std::string PackDataBlock(const InlinePack& pack);

// What the build says about the page beyond its pack.
struct PageSettings {
    // Other origins packs may load from, space-separated and already validated
    // (ParseAllowedOrigins); empty: only the page's own.
    std::string pack_origins;
    ShareSite share;  // the link-preview tags' addresses (share_tags.h)
    InlinePack inline_pack;  // the pack's bytes in the page, or none
};

// Fills `page_template`'s placeholders with the escaped title and description, the
// article and the settings. Returns false, with `error` saying which placeholder is
// missing or repeated.
bool FillPageTemplate(std::string_view page_template, const Pack& pack, const PageSettings& settings,
                      std::string& page, std::string& error);

}  // namespace core
