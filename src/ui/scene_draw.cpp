// scene_draw.cpp — rects, areas (then the rects that go over them), lines, markers,
// then text, in that order; faded when not linked to the selection; clipped where the
// scene says; focus ring last.
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

void DrawMarker(ImDrawList* dl, const core::SceneMarker& m, ImVec2 c, ImU32 color) {
    float r = m.radius;
    switch (m.shape) {
        case core::MarkerShape::Circle: dl->AddCircleFilled(c, r, color, 24); break;
        case core::MarkerShape::Ring: dl->AddCircle(c, r, color, 32, 2.5f); break;
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
        for (size_t i = 0; i + 2 < area.vertices.size(); i += 3)
            dl->AddTriangleFilled(p.At(area.vertices[i]), p.At(area.vertices[i + 1]), p.At(area.vertices[i + 2]), color);
    }
    dl->Flags = flags;
    draw_rects(true);
    for (const core::SceneLine& l : scene.lines) {
        p.Clip(l.clip);
        DrawLine(dl, p.At(l.from), p.At(l.to), p.Color(l.color, l.item_id), l.thickness, l.dash);
    }
    for (const core::SceneMarker& m : scene.markers) {
        p.Clip(m.clip);
        DrawMarker(dl, m, p.At(m.center), p.Color(m.color, m.item_id));
    }
    const ImU32 halo = theme.Color(core::ColorRole::Background);
    for (const core::SceneText& t : scene.texts) {
        p.Clip(t.clip);
        ImFont* font = fonts.Get(t.style);
        float size = fonts.Size(t.style);
        ImU32 color = p.Color(t.color, t.item_id);
        // Centre the glyph box (one font size tall) inside the taller line box.
        float inset = (t.line_height - size) * 0.5f;
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
