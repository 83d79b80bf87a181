// share_tags.h — what a link to the widget shows when it is pasted into a chat, a social
// network or a CMS: Open Graph and Twitter card tags, the oEmbed discovery link, and
// one small page per change, so a link to a change previews that change (a link's
// #fragment never reaches the site that draws the preview, so each change needs its
// own address).
//
// The files these tags point to are made by the web build (cmake/share/make_share.mjs):
//   share/<pack-id>.png             the page's 1200x630 image
//   share/<pack-id>/<change-id>.png  each change's image
//   share/<pack-id>/<change-id>.html each change's page (ChangeSharePage)
//   oembed/<pack-id>.json           the oEmbed answer; its html is the embed snippet
#pragma once
#include <string>

#include "core/pack/pack.h"

namespace core {

inline constexpr int kShareImageWidth = 1200, kShareImageHeight = 630;

struct ShareSite {
    // Where the widget's folder is published, ending in '/': "https://news.example/accord/".
    // Empty: relative addresses (fine for testing; most link previews need absolute ones).
    std::string url;
    // The widget page's query for this pack: "" for the default pack, else
    // "?pack=packs/<file>".
    std::string widget_query;
};

// The <meta>/<link> tags of the widget's page (`change` null) or of a change's page.
// `depth`: how many folders below the widget's folder the page is (0 the widget's own
// page, 2 a change's page), for relative addresses.
std::string ShareTags(const Pack& pack, const ShareSite& site, const Amendment* change = nullptr, int depth = 0);

// share/<pack-id>/<change-id>.html: the change's tags, then straight on to the widget at
// that change (a meta refresh, so it needs no script and passes a strict CSP), with a
// plain link for browsers that do not follow it.
std::string ChangeSharePage(const Pack& pack, const Amendment& change, const ShareSite& site);

}  // namespace core
