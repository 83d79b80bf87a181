// glyph_demand.tests.cpp — the atlas rasterises only the characters the layouts drew
// (ui::GlyphDemand), and measures every other exactly as a full atlas does: the real
// fonts, the real pack laid out, the atlas's own pixels read back.
#include <catch2/catch.hpp>

#include <string>

#include "core/layout/diagram_layout.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "../unit/test_support.h"

namespace {

constexpr core::TextStyle kAllStyles[] = {
    core::TextStyle::Title,    core::TextStyle::Subtitle, core::TextStyle::Heading,   core::TextStyle::Body,
    core::TextStyle::BodyBold, core::TextStyle::Small,    core::TextStyle::SmallBold, core::TextStyle::Label,
    core::TextStyle::TitleCompact,
};

// The sum of the atlas's alpha under a glyph's rectangle: 0 when nothing was rasterised.
long InkOf(const ImFontAtlas& atlas, const ImFontGlyph& glyph) {
    const int x0 = static_cast<int>(glyph.U0 * atlas.TexWidth), x1 = static_cast<int>(glyph.U1 * atlas.TexWidth + 0.5f);
    const int y0 = static_cast<int>(glyph.V0 * atlas.TexHeight), y1 = static_cast<int>(glyph.V1 * atlas.TexHeight + 0.5f);
    long ink = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) ink += atlas.TexPixelsAlpha8[y * atlas.TexWidth + x];
    return ink;
}

core::Scene LayOut(const core::Pack& pack, const core::TextMetrics& metrics, const std::string& selected) {
    core::DiagramInput input;
    input.width = 1280;
    input.height = 800;
    input.selected_id = selected;
    if (!selected.empty()) input.highlighted = core::LinkedIds(pack, selected);
    return core::LayoutDiagram(pack, input, metrics);
}

}  // namespace

TEST_CASE("an atlas for what was drawn measures every character as the full atlas does, and rasterises only those",
          "[ui]") {
    ImFontAtlas full_atlas, demand_atlas;
    const ui::Fonts full = ui::LoadFonts(full_atlas, 2.0f);
    ui::GlyphDemand demand;
    demand.Add(core::TextStyle::Body, 'A');
    demand.Add(core::TextStyle::Title, 0x2014);  // an em dash, outside Basic Latin
    const ui::Fonts partial = ui::LoadFonts(demand_atlas, 2.0f, 1.0f, {}, &demand);
    REQUIRE(demand_atlas.TexPixelsAlpha8);

    int characters = 0;
    for (core::TextStyle style : kAllStyles) {
        const ImFont* a = full.Get(style);
        const ImFont* b = partial.Get(style);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->FontSize == b->FontSize);
        CHECK(a->FallbackAdvanceX == b->FallbackAdvanceX);
        for (unsigned int c = 0x20; c < 0x2300; ++c) {
            const ImFontGlyph* ga = a->FindGlyphNoFallback(static_cast<ImWchar>(c));
            const ImFontGlyph* gb = b->FindGlyphNoFallback(static_cast<ImWchar>(c));
            INFO("style " << static_cast<int>(style) << ", U+" << std::hex << c);
            REQUIRE((ga != nullptr) == (gb != nullptr));
            if (!ga) continue;
            ++characters;
            CHECK(ga->AdvanceX == gb->AdvanceX);  // exactly: the same arithmetic
            const bool asked = demand.Has(style, c) || c == '?';
            if (asked && ga->Visible) CHECK(InkOf(demand_atlas, *gb) > 0);
            if (!asked) CHECK_FALSE(gb->Visible);  // an advance, nothing drawn
        }
    }
    CHECK(characters > 9 * 100);  // every style holds the Latin subset
    // 'A' is drawn in Body only: in Small it is an advance and nothing else.
    CHECK(InkOf(demand_atlas, *partial.Get(core::TextStyle::Body)->FindGlyphNoFallback('A')) > 0);
    CHECK_FALSE(partial.Get(core::TextStyle::Small)->FindGlyphNoFallback('A')->Visible);
    // The point of it: far fewer pixels to rasterise and upload.
    CHECK(demand_atlas.TexWidth * demand_atlas.TexHeight * 4 <= full_atlas.TexWidth * full_atlas.TexHeight);
}

TEST_CASE("the real pack laid out with an atlas for its own letters wraps and places every line as with the full atlas",
          "[ui]") {
    core::PackLoadResult loaded = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(loaded.pack);
    const core::Pack& pack = *loaded.pack;
    ImFontAtlas full_atlas, demand_atlas;
    const ui::Fonts full = ui::LoadFonts(full_atlas, 1.0f);
    const ui::FontMetrics full_metrics(full);

    // As the app does: the first atlas has drawn nothing; each layout's letters are
    // added, and the atlas rebuilt, before it is drawn.
    ui::GlyphDemand demand;
    ui::Fonts partial = ui::LoadFonts(demand_atlas, 1.0f, 1.0f, {}, &demand);
    const ui::FontMetrics partial_metrics(partial);
    const std::string selections[] = {"", pack.phases.front().id, pack.amendments.back().id};
    for (const std::string& selected : selections) {
        INFO("selected: " << (selected.empty() ? "nothing" : selected));
        const core::Scene expected = LayOut(pack, full_metrics, selected);
        const core::Scene scene = LayOut(pack, partial_metrics, selected);
        REQUIRE(scene.texts.size() == expected.texts.size());
        CHECK(scene.height == expected.height);
        for (size_t i = 0; i < scene.texts.size(); ++i) {
            CHECK(scene.texts[i].lines == expected.texts[i].lines);
            CHECK(scene.texts[i].position.x == expected.texts[i].position.x);
            CHECK(scene.texts[i].position.y == expected.texts[i].position.y);
        }
        if (demand.AddScene(scene)) partial = ui::LoadFonts(demand_atlas, 1.0f, 1.0f, {}, &demand);

        // Every letter the scene draws now has its ink in the atlas.
        int drawn = 0;
        ui::ForEachDrawnCharacter(scene, [&](core::TextStyle style, unsigned int c) {
            const ImFontGlyph* glyph = partial.Get(style)->FindGlyphNoFallback(static_cast<ImWchar>(c));
            REQUIRE(glyph);
            if (!glyph->Visible) return true;  // a space
            ++drawn;
            if (InkOf(demand_atlas, *glyph) == 0) FAIL_CHECK("no ink for U+" << std::hex << c);
            return true;
        });
        CHECK(drawn > 500);
    }
    CHECK_FALSE(demand.AddScene(LayOut(pack, partial_metrics, "")));  // nothing new the second time
}
