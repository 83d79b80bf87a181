// layout_common.h — what every view's layout shares: the scene builder, the visual
// encoding of kinds and certainty, small text helpers, and the details of the
// selected item (drawn inline by each view, under the item).
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/common/strings.h"
#include "core/pack/pack.h"
#include "core/pack/pack_strings.h"
#include "core/layout/layout_cache.h"
#include "core/layout/scene.h"
#include "core/layout/text_wrap.h"

namespace core {

ColorRole KindColor(EventKind kind);
// Shape as well as colour, so kinds stay apart for colour-blind readers and in print.
MarkerShape KindShape(EventKind kind);
ColorRole CertaintyColor(Certainty certainty);
// "Confirmed", "Reported", "Article's claim", in the widget's language.
std::string ToUpper(std::string s);
// "Reuters (via TRT World), AP" — the publishers behind a claim, each once.
std::string Publishers(const Pack& pack, const Claim& claim);
// Where day `day` of `days` sits on an axis from x0 to x1.
float DayToX(int day, int days, float x0, float x1);

// Appends primitives to a Scene; every helper returns the height it used.
struct SceneBuilder {
    const Pack& pack;
    const Strings& strings;  // StringsFor(pack): every word the widget itself says
    const TextMetrics& metrics;
    Scene& scene;
    std::string selected_id;
    std::set<std::string> highlighted = {};
    bool context_expanded = false;  // the timeline's band of what came before day 0
    bool share = false;             // Share buttons (the header's, the details')
    bool source_codes = false;      // a QR code beside each source's address (kiosks: no links out)
    LayoutCache* cache = nullptr;   // wrapped texts and map triangles of the last layouts; none: all anew

    // `role` says what the text is to a reader (the DOM text layer's element for it).
    float Text(const std::string& text, TextStyle style, ColorRole color, float x, float y, float max_width,
               const std::string& item_id = {}, TextRole role = TextRole::Body);
    // A certainty badge (a Label) followed by the claim's publishers; returns its height.
    float ClaimLine(const Claim& claim, float x, float y, float width, const std::string& item_id);
    bool Selected(const std::string& id) const { return !id.empty() && id == selected_id; }
};


// The details of item `id`, inline from `y` down inside [x0, x0 + width]: a panel
// (a DetailsPanel hit area under it swallows clicks) with a close button, the item's
// kicker, title, full text and attributions, the items linked to it (b.highlighted)
// as chips that select them, and its sources with publisher, date, title and address.
// `card_shows_text`: the item's card, just above, already shows its title, text and
// certainty (milestones, changes), so the panel adds only the links and sources.
// A notch on the panel's top edge points up at the item, at `notch_x` (default: near
// the left edge). Returns the y below the panel; y itself when `id` is no item.
float LayoutItemDetails(SceneBuilder& b, const std::string& id, float x0, float width, float y, bool card_shows_text,
                        float notch_x = -1);

}  // namespace core
