// layout_cache.h — what one layout can take from the last instead of working it out
// again: a text wrapped to a width, and the triangles that fill a map area. A selection,
// a scroll of the sticky map or a fade lays the whole diagram out again, and most of its
// texts and all of its areas are the same as last time.
//
// Both depend only on the pack and the fonts: the widget that owns the cache clears it
// when either changes (Clear). Layouts work without one (a null cache: tests, tools).
#pragma once
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/layout/scene.h"
#include "core/layout/text_wrap.h"

namespace core {

class LayoutCache {
public:
    // MakeText(metrics, text, style, color, position, max_width), the wrapping done
    // once per text, style and width.
    SceneText Text(const TextMetrics& metrics, const std::string& text, TextStyle style, ColorRole color,
                   Vec2 position, float max_width);

    // TriangulatePolygon(ring), once per ring (by its address in the pack and its size).
    // Why the triangles of one projection serve every other: the map's projection is
    // affine (map_projection.h), and an affine map keeps a triangulation one.
    const std::vector<int>& Fill(const void* ring_in_pack, const std::vector<Vec2>& projected_ring);

    void Clear();

private:
    using TextKey = std::tuple<std::string, TextStyle, float>;
    std::map<TextKey, SceneText> texts_;
    std::map<std::pair<const void*, size_t>, std::vector<int>> fills_;
    std::vector<int> scratch_;  // an empty triangulation, not kept
};

}  // namespace core
