// layout_cache.cpp — see layout_cache.h.
#include "core/layout/layout_cache.h"

#include "core/layout/geometry.h"

namespace core {

namespace {
// A pack's texts, in its views at a few widths: a few hundred. A bound all the same,
// for a kiosk resized again and again over weeks.
constexpr size_t kMaxTexts = 4000;
}  // namespace

SceneText LayoutCache::Text(const TextMetrics& metrics, const std::string& text, TextStyle style, ColorRole color,
                            Vec2 position, float max_width) {
    TextKey key{text, style, max_width};
    auto found = texts_.find(key);
    if (found == texts_.end()) {
        if (texts_.size() >= kMaxTexts) texts_.clear();
        found = texts_.emplace(std::move(key), MakeText(metrics, text, style, color, {}, max_width)).first;
    }
    SceneText out = found->second;
    out.position = position;
    out.color = color;
    return out;
}

const std::vector<int>& LayoutCache::Fill(const void* ring_in_pack, const std::vector<Vec2>& projected_ring) {
    auto found = fills_.find({ring_in_pack, projected_ring.size()});
    if (found != fills_.end()) return found->second;
    std::vector<int> triangles = TriangulatePolygon(projected_ring);
    // None from a ring squashed to a point (a map laid out before it has a size) is
    // worked out again next time, not kept.
    if (triangles.empty()) {
        scratch_ = std::move(triangles);
        return scratch_;
    }
    return fills_.emplace(std::make_pair(ring_in_pack, projected_ring.size()), std::move(triangles)).first->second;
}

void LayoutCache::Clear() {
    texts_.clear();
    fills_.clear();
}

}  // namespace core
