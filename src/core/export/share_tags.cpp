// share_tags.cpp — Open Graph, Twitter card and oEmbed discovery tags; a change's page.
#include "core/export/share_tags.h"

#include "core/export/html_export.h"
#include "core/pack/pack_strings.h"

namespace core {

namespace {

// Up to `limit` bytes, cut at a space and never inside a UTF-8 sequence.
std::string Shorten(const std::string& text, size_t limit) {
    if (text.size() <= limit) return text;
    size_t cut = text.rfind(' ', limit);
    if (cut == std::string::npos || cut < limit / 2) {
        cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string Address(const ShareSite& site, int depth, const std::string& path) {
    if (!site.url.empty()) return site.url + path;
    std::string up;
    for (int i = 0; i < depth; ++i) up += "../";
    return up + path;
}

std::string MetaTag(const char* attribute, const char* name, const std::string& content) {
    return std::string("<meta ") + attribute + "=\"" + name + "\" content=\"" + EscapeHtml(content) + "\">\n";
}

}  // namespace

std::string ShareTags(const Pack& pack, const ShareSite& site, const Amendment* change, int depth) {
    const Strings strings = StringsFor(pack);
    const std::string title = change ? change->title + " \xE2\x80\x94 " + pack.meta.title : pack.meta.title;
    const std::string description = Shorten(change ? change->asked.text : pack.meta.subtitle, 200);
    const std::string image = Address(site, depth, "share/" + pack.meta.id + (change ? "/" + change->id : "") + ".png");
    std::string out;
    out += MetaTag("property", "og:type", "article");
    out += MetaTag("property", "og:title", title);
    out += MetaTag("property", "og:description", description);
    out += MetaTag("property", "og:image", image);
    out += MetaTag("property", "og:image:width", std::to_string(kShareImageWidth));
    out += MetaTag("property", "og:image:height", std::to_string(kShareImageHeight));
    out += MetaTag("property", "og:image:alt", strings.Format(StringId::CanvasLabel, {title}));
    out += MetaTag("property", "og:locale", pack.meta.language);
    if (!site.url.empty())
        out += MetaTag("property", "og:url",
                    site.url + (change ? "share/" + pack.meta.id + "/" + change->id + ".html" : site.widget_query));
    out += MetaTag("name", "twitter:card", "summary_large_image");
    out += MetaTag("name", "twitter:title", title);
    out += MetaTag("name", "twitter:description", description);
    out += MetaTag("name", "twitter:image", image);
    // WordPress and other oEmbed consumers read only the head's first 150 KB: this is in
    // the head, before the article.
    out += "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" +
           EscapeHtml(Address(site, depth, "oembed/" + pack.meta.id + ".json")) + "\" title=\"" + EscapeHtml(title) + "\">";
    return out;
}

std::string ChangeSharePage(const Pack& pack, const Amendment& change, const ShareSite& site) {
    // The widget's folder ("../../" from share/<pack>/), at this change.
    const std::string target = Address(site, 2, site.widget_query) + "#item=" + change.id + "&view=amendments";
    const std::string title = change.title + " \xE2\x80\x94 " + pack.meta.title;
    std::string out = "<!doctype html>\n<html lang=\"" + EscapeHtml(pack.meta.language) + "\"" +
                      (pack.meta.right_to_left ? " dir=\"rtl\"" : "") + ">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<title>" + EscapeHtml(title) + "</title>\n";
    out += "<meta name=\"description\" content=\"" + EscapeHtml(Shorten(change.asked.text, 200)) + "\">\n";
    out += "<meta http-equiv=\"refresh\" content=\"0; url=" + EscapeHtml(target) + "\">\n";
    out += ShareTags(pack, site, &change, 2) + "\n</head>\n<body>\n";
    out += "<p><a href=\"" + EscapeHtml(target) + "\">" + EscapeHtml(title) + "</a></p>\n</body>\n</html>\n";
    return out;
}

}  // namespace core
