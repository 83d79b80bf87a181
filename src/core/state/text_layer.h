// text_layer.h — the scene's text as a description of DOM elements: every run of text
// the canvas draws, once, positioned over its own pixels, with its semantics (a
// heading, a paragraph, an item's button with its pressed state, a control, the map
// as a figure, the details as a region). The page (web/pre.js) builds the elements
// from it after every layout, so the text layer can never disagree with the pixels,
// and screen readers, find in page, selection, copy and translation get real text.
#pragma once
#include <string>

#include "core/common/strings.h"
#include "core/layout/scene.h"
#include "core/layout/text_wrap.h"
#include "core/pack/pack.h"
#include "core/state/app_state.h"

namespace core {

// JSON, in content coordinates (CSS px from the top of the scene):
//   {"w": width, "h": height, "map": figure label, "details": region label,
//    "mapRect": [x, y, w, h] where the map pans and zooms (absent without a map),
//    "b": [block, ...]}                      blocks in reading order
//   block: {"e": "h1"|"h2"|"p"|"button",     the element
//           "l": [[x, y, w, h, text], ...],   one per drawn line: its box as drawn
//                 (the page sets every line in one font and size, scaled to the box)
//           "t": target name (buttons),  "r": [x, y, w, h] (buttons: the hit area),
//           "pressed": bool, "checked": bool (checkboxes), "expanded": bool,
//           "label": accessible name where the button has no text,
//           "href": the https address of a source line (it becomes a link),
//           "i": item id (blocks of one item are one list item),
//           "m": 1 inside the map's figure, "d": 1 inside the details region}
// `pack` may be null (a loading or error message).
std::string TextLayerJson(const Scene& scene, const AppState& state, const Pack* pack, const Strings& strings,
                          const TextMetrics& metrics);

}  // namespace core
