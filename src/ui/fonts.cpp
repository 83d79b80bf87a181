// fonts.cpp — loads the embedded Noto Sans subsets (see cmake/Fonts.cmake).
#include "ui/fonts.h"

#include "imgui_internal.h"  // ImFontAtlasGetBuilderForStbTruetype

extern const unsigned char kNotoSansRegular[];
extern const unsigned int kNotoSansRegular_size;
extern const unsigned char kNotoSansBold[];
extern const unsigned int kNotoSansBold_size;
extern const unsigned char kNotoSansArabicEndonymBold[];
extern const unsigned int kNotoSansArabicEndonymBold_size;
extern const unsigned char kNotoSansHebrewEndonymBold[];
extern const unsigned int kNotoSansHebrewEndonymBold_size;

namespace ui {

namespace {
struct StyleSpec {
    core::TextStyle style;
    bool bold;
    float size;
};
constexpr StyleSpec kStyles[] = {
    {core::TextStyle::Title, true, 30},    {core::TextStyle::Subtitle, false, 18},
    {core::TextStyle::Heading, true, 19},  {core::TextStyle::Body, false, 15},
    {core::TextStyle::BodyBold, true, 16}, {core::TextStyle::Small, false, 13},
    {core::TextStyle::SmallBold, true, 12.5f}, {core::TextStyle::Label, true, 13.5f},
    {core::TextStyle::TitleCompact, true, 24},
};

// Everything the subset holds (see ACCORD_FONT_UNICODES).
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0152, 0x0153, 0x00D7, 0x00D7, 0x2010, 0x2027,
                                0x2030, 0x203A, 0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193,
                                0x2212, 0x2212, 0};

// What each script's face covers (what bidi_text.cpp's shaping produces), and how much
// larger it must be asked for: ImGui sizes a face by ascent + descent, and Noto Sans
// Arabic's (2112 units) are far taller than Noto Sans's (1362), so at the same size its
// letters would draw a third smaller. Hebrew's match.
const ImWchar kArabicRanges[] = {0x060C, 0x066D, 0xFE70, 0xFEFC, 0};
const ImWchar kHebrewRanges[] = {0x0590, 0x05FF, 0xFB1D, 0xFB4F, 0};
const ImWchar* RangesOf(core::Script script) {
    switch (script) {
        case core::Script::Arabic: return kArabicRanges;
        case core::Script::Hebrew: return kHebrewRanges;
        case core::Script::LatinRest: break;
    }
    return kGlyphRanges;  // the embedded face's ranges: the rest fills what it lacks
}
float ScriptSizeRatio(core::Script script) { return script == core::Script::Arabic ? 2112.0f / 1362.0f : 1.0f; }

// Horizontal oversampling: glyphs are placed at fractional pixels (PixelSnapH off), and
// small text needs two samples a pixel to stay crisp there; from 24 device px on, the
// difference does not show (ImGui's own advice), while rasterising twice the width was
// most of the atlas's build time on a phone (density 2-3: nearly every style is that big).
int OversampleFor(float pixel_size) { return pixel_size >= 24 ? 1 : 2; }

}  // namespace

EmbeddedFace EmbeddedFaceAt(int index) {
    switch (index) {
        case 0: return {kNotoSansRegular, kNotoSansRegular_size};
        case 1: return {kNotoSansArabicEndonymBold, kNotoSansArabicEndonymBold_size};
        case 2: return {kNotoSansHebrewEndonymBold, kNotoSansHebrewEndonymBold_size};
        default: return {nullptr, 0};
    }
}

bool CoversLatin(const Fonts& fonts, unsigned int codepoint) {
    bool in_ranges = false;
    for (const ImWchar* r = kGlyphRanges; r[0]; r += 2) in_ranges |= codepoint >= r[0] && codepoint <= r[1];
    if (!in_ranges) return true;  // not a Latin character: another face's business
    for (const ImFont* font : fonts.regular)
        if (font && !font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint))) return false;
    return true;
}

Fonts LoadFonts(ImFontAtlas& atlas, float density, float text_scale, const std::vector<ScriptFace>& scripts) {
    Fonts fonts;
    fonts.density = density;
    atlas.Clear();
    for (const StyleSpec& spec : kStyles) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // the bytes are static arrays
        config.OversampleH = OversampleFor(spec.size * text_scale * density);
        config.OversampleV = 1;
        config.PixelSnapH = false;
        const unsigned char* data = spec.bold ? kNotoSansBold : kNotoSansRegular;
        int size = static_cast<int>(spec.bold ? kNotoSansBold_size : kNotoSansRegular_size);
        ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data), size, spec.size * text_scale * density,
                                                      &config, kGlyphRanges);
        // The language switch's names ("العربية", "עברית": cmake/Fonts.cmake), after the
        // scripts' own faces (where both hold a letter, the first merged draws it), in
        // the one style that draws them: a face merged in grows the style's glyph index
        // to its highest letter (U+FEFC), which for six bold styles was an eighth of the
        // atlas's build.
        std::vector<ScriptFace> faces = scripts;
        if (spec.style == core::kLanguageNameStyle) {
            faces.push_back({core::Script::Arabic, true, kNotoSansArabicEndonymBold, kNotoSansArabicEndonymBold_size});
            faces.push_back({core::Script::Hebrew, true, kNotoSansHebrewEndonymBold, kNotoSansHebrewEndonymBold_size});
        }
        for (const ScriptFace& face : faces) {
            if (face.bold != spec.bold) continue;
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.FontDataOwnedByAtlas = false;
            merge.OversampleH = OversampleFor(spec.size * text_scale * density);
            merge.OversampleV = 1;
            atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(face.data), static_cast<int>(face.size),
                                           spec.size * text_scale * density * ScriptSizeRatio(face.script), &merge,
                                           RangesOf(face.script));
        }
        fonts.regular[static_cast<int>(spec.style)] = font;
        fonts.css_size[static_cast<int>(spec.style)] = spec.size * text_scale;
    }
    // Why not atlas.Build(): it adds ImGui's built-in ProggyClean face when none was
    // added, which links 12 KB of that face into the wasm; the faces above always are.
    atlas.ClearTexData();
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas);
    return fonts;
}

float FontMetrics::Width(std::string_view text, core::TextStyle style) const {
    ImFont* font = fonts_.Get(style);
    // No face for the style (the atlas not built yet, or its build failed): a layout
    // asked for then measures nothing rather than crashing, and is redone once it is in.
    if (!font) return 0;
    return font->CalcTextSizeA(fonts_.Size(style), 1e9f, 0, text.data(), text.data() + text.size()).x;
}

float FontMetrics::LineHeight(core::TextStyle style) const {
    // Newsroom leading: tight for headlines, open for reading text.
    switch (style) {
        case core::TextStyle::Title:
        case core::TextStyle::TitleCompact: return fonts_.Size(style) * 1.2f;
        case core::TextStyle::Body:
        case core::TextStyle::Subtitle: return fonts_.Size(style) * 1.45f;
        default: return fonts_.Size(style) * 1.35f;
    }
}

}  // namespace ui
