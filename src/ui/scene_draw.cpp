// scene_draw.cpp — rects, lines, markers, then text, in that order.
#include "ui/scene_draw.h"

#include <cmath>

namespace ui {

namespace {

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

void DrawMarker(ImDrawList* dl, const core::SceneMarker& m, ImVec2 c, ImU32 color, ImU32 background) {
    float r = m.radius;
    switch (m.shape) {
        case core::MarkerShape::Circle: dl->AddCircleFilled(c, r, color, 24); break;
        case core::MarkerShape::Ring:
            dl->AddCircle(c, r, color, 32, 2.5f);
            break;
        case core::MarkerShape::Square: dl->AddRectFilled({c.x - r * 0.85f, c.y - r * 0.85f}, {c.x + r * 0.85f, c.y + r * 0.85f}, color); break;
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
    (void)background;
}

}  // namespace

void DrawScene(ImDrawList* dl, const core::Scene& scene, ImVec2 origin, const Theme& theme, const Fonts& fonts) {
    auto at = [&](core::Vec2 p) { return ImVec2(origin.x + p.x, origin.y + p.y); };
    const ImU32 background = theme.Color(core::ColorRole::Background);
    for (const core::SceneRect& r : scene.rects) {
        ImVec2 a = at({r.rect.x, r.rect.y}), b = at({r.rect.Right(), r.rect.Bottom()});
        dl->AddRectFilled(a, b, theme.Color(r.fill), r.rounding);
        if (r.has_border) {
            bool strong = r.border == core::ColorRole::Selection;
            dl->AddRect(a, b, theme.Color(r.border), r.rounding, 0, strong ? 2.5f : 1.0f);
        }
    }
    for (const core::SceneLine& l : scene.lines)
        DrawLine(dl, at(l.from), at(l.to), theme.Color(l.color), l.thickness, l.dash);
    for (const core::SceneMarker& m : scene.markers) DrawMarker(dl, m, at(m.center), theme.Color(m.color), background);
    for (const core::SceneText& t : scene.texts) {
        ImFont* font = fonts.Get(t.style);
        float size = fonts.Size(t.style);
        ImU32 color = theme.Color(t.color);
        // Centre the glyph box (one font size tall) inside the taller line box.
        float inset = (t.line_height - size) * 0.5f;
        for (size_t i = 0; i < t.lines.size(); ++i) {
            ImVec2 p = at({t.position.x, t.position.y + t.line_height * static_cast<float>(i) + inset});
            const std::string& line = t.lines[i];
            dl->AddText(font, size, p, color, line.data(), line.data() + line.size());
        }
    }
}

}  // namespace ui
