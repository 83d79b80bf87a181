// layout_common.h — what every view's layout shares: the scene builder, the visual
// encoding of kinds and certainty, and small text helpers.
#pragma once
#include <set>
#include <string>

#include "core/common/strings.h"
#include "core/pack/pack.h"
#include "core/pack/pack_strings.h"
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

    float Text(const std::string& text, TextStyle style, ColorRole color, float x, float y, float max_width,
               const std::string& item_id = {});
    // A certainty badge followed by the claim's publishers; returns its height.
    float ClaimLine(const Claim& claim, float x, float y, float width, const std::string& item_id);
    bool Selected(const std::string& id) const { return !id.empty() && id == selected_id; }
};

}  // namespace core
