// scene_draw.cpp — rects, areas (then the rects that go over them), lines, markers,
// then text, in that order; faded when not linked to the selection; clipped where the
// scene says; focus ring last. What lies wholly outside the clip is not drawn at all.
#include "ui/scene_draw.h"

#include <cmath>

namespace ui {

namespace {

ImU32 WithAlpha(ImU32 color, float alpha) {
    ImU32 a = static_cast<ImU32>(((color >> IM_COL32_A_SHIFT) & 0xFF) * std::fmin(std::fmax(alpha, 0.0f), 1.0f));
    return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

void DrawLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float thickness, float dash) {
    if (dash <= 0) {
        dl->AddLine(a, b, color, thickness);
        return;
    }
    float dx = b.x - a.x, dy = b.y - a.y, length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0) return;
    for (float t = 0; t < length; t += dash * 2) {
        float t1 = std::fmin(t + dash, length);
        dl->AddLine({a.x + dx * t / length, a.y + dy * t / length}, {a.x + dx * t1 / length, a.y + dy * t1 / length},
                    color, thickness);
    }
}

// Circles take as many segments as their size needs (ui::Canvas::SetDensity): a 3.5 px
// dot 12 at one device pixel per px, a 9 px one 16, not a fixed 24 (rings 32).
void DrawMarker(ImDrawList* dl, const core::SceneMarker& m, ImVec2 c, ImU32 color) {
    float r = m.radius;
    switch (m.shape) {
        case core::MarkerShape::Circle: dl->AddCircleFilled(c, r, color); break;
        case core::MarkerShape::Ring: dl->AddCircle(c, r, color, 0, 2.5f); break;
        case core::MarkerShape::Square:
            dl->AddRectFilled({c.x - r * 0.85f, c.y - r * 0.85f}, {c.x + r * 0.85f, c.y + r * 0.85f}, color);
            break;
        case core::MarkerShape::Diamond:
            dl->AddQuadFilled({c.x, c.y - r * 1.15f}, {c.x + r * 1.15f, c.y}, {c.x, c.y + r * 1.15f}, {c.x - r * 1.15f, c.y}, color);
            break;
        case core::MarkerShape::TriangleUp:
            dl->AddTriangleFilled({c.x, c.y - r * 1.1f}, {c.x + r, c.y + r * 0.8f}, {c.x - r, c.y + r * 0.8f}, color);
            break;
        case core::MarkerShape::TriangleDown:
            dl->AddTriangleFilled({c.x - r, c.y - r * 0.8f}, {c.x + r, c.y - r * 0.8f}, {c.x, c.y + r * 1.1f}, color);
            break;
    }
}

ImVec2 Min(ImVec2 a, ImVec2 b) { return ImVec2(std::fmin(a.x, b.x), std::fmin(a.y, b.y)); }
ImVec2 Max(ImVec2 a, ImVec2 b) { return ImVec2(std::fmax(a.x, b.x), std::fmax(a.y, b.y)); }

// Beyond a shape's box: its anti-aliased fringe (ImGui's is 1 px) and a border's half
// width (2.5 px at most), rounded up.
constexpr float kStrokePad = 2.5f;

class Painter {
public:
    Painter(ImDrawList* dl, const core::Scene& scene, ImVec2 origin, const Theme& theme, const DrawOptions& options)
        : dl_(dl), scene_(scene), origin_(origin), theme_(theme), options_(options) {}

    ImVec2 At(core::Vec2 p) const { return ImVec2(origin_.x + p.x, origin_.y + p.y); }

    ImU32 Color(core::ColorRole role, const std::string& item_id, float alpha = 1) const {
        float a = alpha;
        if (options_.highlighted && !options_.highlighted->empty() && !item_id.empty() &&
            !options_.highlighted->count(item_id))
            a *= options_.dim_alpha;
        return WithAlpha(theme_.Color(role), a);
    }

    // Pushes the clip of a primitive if it differs from the current one.
    void Clip(int clip) {
        if (clip == current_clip_) return;
        if (current_clip_ >= 0) dl_->PopClipRect();
        current_clip_ = -1;
        if (clip >= 0 && clip < static_cast<int>(scene_.clips.size())) {
            const core::Rect& r = scene_.clips[clip];
            dl_->PushClipRect(At({r.x, r.y}), At({r.Right(), r.Bottom()}), true);
            current_clip_ = clip;
        }
    }
    ~Painter() { Clip(-1); }

    // Whether a box (screen coordinates) reaches into the current clip. Why cull: the
    // scene is the whole content, the canvas one viewport of it, and the GPU clips only
    // after every vertex is made, sent and set up: for software GL (SwiftShader in a
    // browser without a GPU, a kiosk without a driver) that set-up is the frame's cost.
    // ImGui already skips text lines outside the clip, not shapes. `pad`: what an edge's
    // anti-aliasing fringe or a stroke's half width adds around the box.
    bool Reaches(ImVec2 min, ImVec2 max, float pad) const {
        const ImVec2 clip_min = dl_->GetClipRectMin(), clip_max = dl_->GetClipRectMax();
        return max.x + pad > clip_min.x && min.x - pad < clip_max.x && max.y + pad > clip_min.y && min.y - pad < clip_max.y;
    }

private:
    ImDrawList* dl_;
    const core::Scene& scene_;
    ImVec2 origin_;
    const Theme& theme_;
    const DrawOptions& options_;
    int current_clip_ = -1;
};

}  // namespace

void DrawScene(ImDrawList* dl, const core::Scene& scene, ImVec2 origin, const Theme& theme, const Fonts& fonts,
               const DrawOptions& options) {
    Painter p(dl, scene, origin, theme, options);
    auto draw_rects = [&](bool over_areas) {
        for (const core::SceneRect& r : scene.rects) {
            if (r.over_areas != over_areas) continue;
            p.Clip(r.clip);
            ImVec2 a = p.At({r.rect.x, r.rect.y}), b = p.At({r.rect.Right(), r.rect.Bottom()});
            if (!p.Reaches(a, b, kStrokePad)) continue;
            if (r.filled) dl->AddRectFilled(a, b, p.Color(r.fill, r.item_id), r.rounding);
            if (r.has_border) {
                bool strong = r.border == core::ColorRole::Selection;
                dl->AddRect(a, b, p.Color(r.border, r.item_id), r.rounding, 0, strong ? 2.5f : 1.0f);
            }
        }
    };
    draw_rects(false);
    // An area is many triangles side by side: each one's anti-aliased fringe would
    // draw a pale seam along every shared edge (the outline strokes the real edges).
    const ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (const core::SceneTriangles& area : scene.areas) {
        p.Clip(area.clip);
        ImU32 color = p.Color(area.color, area.item_id, area.alpha);
        for (size_t i = 0; i + 2 < area.vertices.size(); i += 3) {
            const ImVec2 a = p.At(area.vertices[i]), b = p.At(area.vertices[i + 1]), c = p.At(area.vertices[i + 2]);
            // A zoomed map has most of its land outside the map's clip.
            if (!p.Reaches(Min(a, Min(b, c)), Max(a, Max(b, c)), 0)) continue;
            dl->AddTriangleFilled(a, b, c, color);
        }
    }
    dl->Flags = flags;
    draw_rects(true);
    for (const core::SceneLine& l : scene.lines) {
        p.Clip(l.clip);
        const ImVec2 a = p.At(l.from), b = p.At(l.to);
        if (!p.Reaches(Min(a, b), Max(a, b), l.thickness * 0.5f + kStrokePad)) continue;
        DrawLine(dl, a, b, p.Color(l.color, l.item_id), l.thickness, l.dash);
    }
    for (const core::SceneMarker& m : scene.markers) {
        p.Clip(m.clip);
        const ImVec2 c = p.At(m.center);
        const float reach = m.radius * 1.15f + kStrokePad;  // the diamond's points reach furthest; a ring's stroke is inside this
        if (!p.Reaches(ImVec2(c.x - reach, c.y - reach), ImVec2(c.x + reach, c.y + reach), 0)) continue;
        DrawMarker(dl, m, c, p.Color(m.color, m.item_id));
    }
    const ImU32 halo = theme.Color(core::ColorRole::Background);
    for (const core::SceneText& t : scene.texts) {
        p.Clip(t.clip);
        ImFont* font = fonts.Get(t.style);
        float size = fonts.Size(t.style);
        ImU32 color = p.Color(t.color, t.item_id);
        // Centre the glyph box (one font size tall) inside the taller line box.
        float inset = (t.line_height - size) * 0.5f;
        // A block above or below the clip is skipped whole (ImGui would skip each of its
        // lines, a halo's seven times over). Only by height: a line may run past its box.
        const float top = p.At(t.position).y, bottom = top + t.line_height * static_cast<float>(t.lines.size());
        if (!p.Reaches(ImVec2(-1e9f, top), ImVec2(1e9f, bottom), size)) continue;
        for (size_t i = 0; i < t.lines.size(); ++i) {
            const std::string& line = t.lines[i];
            // A right-to-left layout ends each line at its box's right (core's LineX).
            const float x = t.align_end ? t.position.x + t.box_width -
                                              font->CalcTextSizeA(size, 1e9f, 0, line.data(), line.data() + line.size()).x
                                        : t.position.x;
            ImVec2 at = p.At({x, t.position.y + t.line_height * static_cast<float>(i) + inset});
            const int first_vertex = dl->VtxBuffer.Size;
            if (t.halo)
                for (ImVec2 d : {ImVec2(-1, 0), ImVec2(1, 0), ImVec2(0, -1), ImVec2(0, 1), ImVec2(-1, -1), ImVec2(1, 1)})
                    dl->AddText(font, size, ImVec2(at.x + d.x, at.y + d.y), WithAlpha(halo, 0.9f), line.data(),
                                line.data() + line.size());
            dl->AddText(font, size, at, color, line.data(), line.data() + line.size());
            if (t.oblique) {
                // No italic face is loaded (every face is more to download): lean the
                // glyphs about the baseline instead, by about 11 degrees.
                constexpr float kSlant = 0.2f;
                const float baseline = at.y + size * 0.8f;
                for (int v = first_vertex; v < dl->VtxBuffer.Size; ++v)
                    dl->VtxBuffer[v].pos.x += (baseline - dl->VtxBuffer[v].pos.y) * kSlant;
            }
        }
    }
    p.Clip(-1);
    if (!options.focus.Empty()) {
        // The focus ring goes round the item's first (largest) hit area.
        const core::HitArea* best = nullptr;
        for (const core::HitArea& area : scene.hit_areas)
            if (area.target == options.focus && (!best || area.rect.w * area.rect.h > best->rect.w * best->rect.h))
                best = &area;
        if (best) {
            ImVec2 a = p.At({best->rect.x - 3, best->rect.y - 3}), b = p.At({best->rect.Right() + 3, best->rect.Bottom() + 3});
            dl->AddRect(a, b, theme.Color(core::ColorRole::Focus), 6, 0, 3);
        }
    }
}

}  // namespace ui
