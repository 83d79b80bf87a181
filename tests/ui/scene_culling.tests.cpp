// scene_culling.tests.cpp — ui::DrawScene leaves out what lies wholly outside the clip
// (the canvas's viewport, or a clip of the scene's) and draws whole what reaches into
// it: each shape alone, then a real pack's scrolled frame against its whole-page frame.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <tuple>
#include <vector>

#include "core/layout/diagram_layout.h"
#include "core/pack/pack_loader.h"
#include "imgui.h"
#include "ui/scene_draw.h"
#include "../unit/test_support.h"
#include "headless_canvas.h"

namespace {

struct Triangle {
    ImVec2 a, b, c;
    ImU32 color;
    ImVec2 Min() const { return {std::fmin(a.x, std::fmin(b.x, c.x)), std::fmin(a.y, std::fmin(b.y, c.y))}; }
    ImVec2 Max() const { return {std::fmax(a.x, std::fmax(b.x, c.x)), std::fmax(a.y, std::fmax(b.y, c.y))}; }
};

// Every triangle the list draws, through its commands' offsets as a renderer reads them.
std::vector<Triangle> Triangles(const ImDrawList& list) {
    std::vector<Triangle> out;
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        for (unsigned i = cmd.IdxOffset; i + 2 < cmd.IdxOffset + cmd.ElemCount; i += 3) {
            const ImDrawVert& a = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(i)])];
            const ImDrawVert& b = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(i + 1)])];
            const ImDrawVert& c = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(i + 2)])];
            out.push_back({a.pos, b.pos, c.pos, a.col});
        }
    return out;
}

// The triangles one scene draws on a `width` x `height` canvas, its origin at `origin`.
std::vector<Triangle> Drawn(test_support::HeadlessCanvas& headless, const core::Scene& scene, float width, float height,
                            ImVec2 origin = {0, 0}) {
    ImDrawList& list = headless.canvas.BeginFrame(width, height);
    ui::DrawScene(&list, scene, origin, ui::Theme{}, headless.fonts);
    headless.canvas.EndFrame();
    return Triangles(headless.canvas.list());
}

// One scene of each kind of shape, centred at `c` (scene units).
std::vector<std::pair<const char*, core::Scene>> EachShapeAt(core::Vec2 c, int clip = -1) {
    std::vector<std::pair<const char*, core::Scene>> scenes;
    auto add = [&](const char* name, auto fill) {
        core::Scene s;
        s.width = s.height = 2000;
        s.clips.push_back({100, 100, 200, 100});
        fill(s);
        scenes.emplace_back(name, s);
    };
    add("rounded rect with a border", [&](core::Scene& s) {
        core::SceneRect r;
        r.rect = {c.x - 20, c.y - 10, 40, 20};
        r.rounding = 6;
        r.has_border = true;
        r.border = core::ColorRole::Selection;  // the 2.5 px stroke
        r.clip = clip;
        s.rects.push_back(r);
    });
    add("dashed line", [&](core::Scene& s) {
        s.lines.push_back({{c.x - 30, c.y}, {c.x + 30, c.y}, core::ColorRole::Rule, 2, 4, {}, clip});
    });
    add("circle", [&](core::Scene& s) { s.markers.push_back({c, 9, core::MarkerShape::Circle, core::ColorRole::Accent, {}, clip}); });
    add("ring", [&](core::Scene& s) { s.markers.push_back({c, 9, core::MarkerShape::Ring, core::ColorRole::Accent, {}, clip}); });
    add("diamond", [&](core::Scene& s) { s.markers.push_back({c, 9, core::MarkerShape::Diamond, core::ColorRole::Accent, {}, clip}); });
    add("area", [&](core::Scene& s) {
        core::SceneTriangles area;
        area.vertices = {{c.x - 15, c.y - 10}, {c.x + 15, c.y - 10}, {c.x, c.y + 10}};
        area.clip = clip;
        s.areas.push_back(area);
    });
    add("haloed text", [&](core::Scene& s) {
        core::SceneText t;
        t.position = {c.x - 20, c.y - 9};
        t.lines = {"Rafah"};
        t.line_height = 18;
        t.halo = true;
        t.clip = clip;
        s.texts.push_back(t);
    });
    return scenes;
}

}  // namespace

TEST_CASE("a shape wholly outside the clip is not drawn; one that reaches into it is drawn whole", "[ui][culling]") {
    test_support::HeadlessCanvas headless;
    const float w = 400, h = 300;
    // Far enough from the edge that no fringe, stroke, glyph or lean reaches in.
    const std::vector<std::pair<const char*, core::Vec2>> outside = {
        {"above", {200, -60}}, {"below", {200, h + 60}}, {"left", {-70, 150}}, {"right", {w + 70, 150}}};
    const std::vector<std::pair<const char*, core::Vec2>> reaching = {
        {"inside", {200, 150}}, {"across the top edge", {200, 2}}, {"across the bottom edge", {200, h - 2}},
        {"across the left edge", {3, 150}}, {"across the right edge", {w - 3, 150}}};
    for (const auto& [where, at] : outside)
        for (const auto& [shape, scene] : EachShapeAt(at)) {
            INFO(shape << " " << where);
            CHECK(Drawn(headless, scene, w, h).empty());
            CHECK_FALSE(Drawn(headless, scene, 4000, 4000, {200, 200}).empty());  // there is something to leave out
        }
    for (const auto& [where, at] : reaching)
        for (const auto& [shape, scene] : EachShapeAt(at)) {
            INFO(shape << " " << where);
            // The same triangles as on a canvas that holds the shape with room to spare
            // (ImGui's own per-glyph clipping aside: text is checked inside only).
            if (std::string(shape) == "haloed text" && std::string(where) != "inside") {
                CHECK_FALSE(Drawn(headless, scene, w, h).empty());
                continue;
            }
            CHECK(Drawn(headless, scene, w, h).size() == Drawn(headless, scene, 4000, 4000).size());
        }

    // A clip of the scene's (the map's, say): outside it nothing, across it all.
    for (const auto& [shape, scene] : EachShapeAt({500, 150}, 0)) {
        INFO(shape << " right of the scene's clip");
        CHECK(Drawn(headless, scene, 1000, 1000).empty());
    }
    const auto unclipped = EachShapeAt({300, 150});
    const auto clipped = EachShapeAt({300, 150}, 0);
    for (size_t i = 0; i < clipped.size(); ++i) {
        INFO(clipped[i].first << " across the scene's clip");
        const size_t drawn = Drawn(headless, clipped[i].second, 1000, 1000).size();
        CHECK(drawn > 0);
        // Whole, as if unclipped (text aside: ImGui clips its glyphs one by one).
        if (std::string(clipped[i].first) != "haloed text") CHECK(drawn == Drawn(headless, unclipped[i].second, 1000, 1000).size());
    }
}

TEST_CASE("a scrolled frame of the real pack draws every triangle its viewport shows of the whole page, and few others",
          "[ui][culling]") {
    test_support::HeadlessCanvas headless;
    core::PackLoadResult loaded = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(loaded.pack);
    ui::FontMetrics metrics(headless.fonts);
    for (float width : {1440.0f, 390.0f}) {
        core::DiagramInput input;
        input.width = width;
        input.height = 800;
        input.visible_top = 0;
        input.visible_height = input.height;
        const core::Scene scene = core::LayoutDiagram(*loaded.pack, input, metrics);
        REQUIRE(scene.height > 2 * input.height);
        const std::vector<Triangle> page = Drawn(headless, scene, width, scene.height);
        for (float scroll : {0.0f, std::floor(scene.height / 2), std::floor(scene.height - input.height)}) {
            INFO("width " << width << ", scrolled " << scroll << " of " << scene.height);
            const std::vector<Triangle> frame = Drawn(headless, scene, width, input.height, {0, -scroll});
            // The page's triangles wholly inside the viewport, by colour and place (to a
            // quarter pixel: the scroll moves positions by a float addition). Not within
            // a line of its edges: there ImGui itself leaves out a text line whose box is
            // outside while a descender would reach in (on the page it is drawn).
            constexpr float kEdge = 24;
            std::map<std::tuple<ImU32, long, long>, int> shown;
            auto key = [](const Triangle& t, float dy) {
                return std::make_tuple(t.color, std::lround((t.a.x + t.b.x + t.c.x) * 4 / 3),
                                       std::lround((t.a.y + t.b.y + t.c.y - 3 * dy) * 4 / 3));
            };
            size_t inside = 0;
            for (const Triangle& t : page)
                if (t.Min().y >= scroll + kEdge && t.Max().y <= scroll + input.height - kEdge) {
                    ++shown[key(t, scroll)];
                    ++inside;
                }
            for (const Triangle& t : frame) {
                auto it = shown.find(key(t, 0));
                if (it != shown.end() && --it->second == 0) shown.erase(it);
            }
            size_t missing = 0;
            for (const auto& entry : shown) missing += static_cast<size_t>(entry.second);
            CHECK(inside > 1000);
            CHECK(missing <= 2);  // a centroid on a quarter pixel's edge may round apart
            size_t wholly_outside = 0;
            for (const Triangle& t : frame) wholly_outside += t.Max().y < 0 || t.Min().y > input.height;
            CHECK(wholly_outside <= frame.size() / 20);  // the parts of shapes that reach in
        }
    }
}
