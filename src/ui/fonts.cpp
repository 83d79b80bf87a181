// fonts.cpp — loads the embedded Noto Sans subsets (see cmake/Fonts.cmake).
#include "ui/fonts.h"

#include <deque>

#include "imgui_internal.h"  // ImFontAtlasGetBuilderForStbTruetype, ImTextCharFromUtf8
#include "imstb_truetype.h"  // one copy, shared with ImGui's builder (ui/stb_truetype.cpp)

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

// One face a style draws from: its own, then those merged into it, in that order (where
// two hold a character, the first that has it draws it, as ImGui's builder decides).
struct Source {
    const unsigned char* data;
    int size;
    float pixel_size;
    const ImWchar* ranges;  // every character it may draw
    bool merge;
};

// `ranges` cut to what `demand` asks of `style` (and '?' in a style's own face: ImGui's
// stand-in for a character no face has), as ImGui's zero-ended pairs.
std::vector<ImWchar> DemandedRanges(const ImWchar* ranges, const GlyphDemand& demand, core::TextStyle style, bool own_face) {
    std::vector<ImWchar> out;
    for (const ImWchar* r = ranges; r[0]; r += 2)
        for (unsigned int c = r[0]; c <= r[1]; ++c) {
            if (!demand.Has(style, c) && !(own_face && c == '?')) continue;
            if (!out.empty() && out.back() + 1u == c) out.back() = static_cast<ImWchar>(c);
            else { out.push_back(static_cast<ImWchar>(c)); out.push_back(static_cast<ImWchar>(c)); }
        }
    out.push_back(0);
    return out;
}

// Every character the style's faces hold that is not rasterised becomes a glyph with no
// shape (nothing drawn, nothing packed into the atlas) and the advance ImGui's builder
// would have given it: the same float arithmetic (stbtt_ScaleForPixelHeight times the
// face's advance), so a text measures the same to the last bit with or without its
// letters rasterised. After the build: the atlas packs no rectangle for these (a 1x1
// rectangle each was a thousand of them, and packing them cost more than rasterising).
void AddUndrawnGlyphs(ImFont* font, const std::vector<Source>& sources, const GlyphDemand& demand,
                      core::TextStyle style) {
    std::vector<bool> claimed(0x10000);
    for (const Source& source : sources) {
        stbtt_fontinfo info;
        const int offset = stbtt_GetFontOffsetForIndex(source.data, 0);
        if (offset < 0 || !stbtt_InitFont(&info, source.data, offset)) continue;  // the builder refuses it too
        // ImGui 1.90 truncates every face's size to whole pixels as the build starts
        // (ImFontAtlasBuildInit), and its builder scales by that.
        const float scale = stbtt_ScaleForPixelHeight(&info, ImTrunc(source.pixel_size));
        for (const ImWchar* r = source.ranges; r[0]; r += 2)
            for (unsigned int c = r[0]; c <= r[1]; ++c) {
                if (claimed[c]) continue;
                const int glyph = stbtt_FindGlyphIndex(&info, static_cast<int>(c));
                if (!glyph) continue;
                claimed[c] = true;
                if (demand.Has(style, c) || (!source.merge && c == '?')) continue;  // rasterised
                int advance = 0, bearing = 0;
                stbtt_GetGlyphHMetrics(&info, glyph, &advance, &bearing);
                font->AddGlyph(nullptr, static_cast<ImWchar>(c), 0, 0, 0, 0, 0, 0, 0, 0, scale * advance);
            }
    }
    // Again, for the glyphs added. (It also sets up ImGui's ellipsis afresh and appends a
    // second tab glyph: only ImGui's own widgets elide text, and this app draws none.)
    font->BuildLookupTable();
}

}  // namespace

void ForEachDrawnCharacter(const core::Scene& scene, const std::function<bool(core::TextStyle, unsigned int)>& visit) {
    for (const core::SceneText& text : scene.texts)
        for (const std::string& line : text.lines) {
            const char* s = line.c_str();
            const char* end = s + line.size();
            while (s < end) {
                unsigned int c = 0;
                s += ImTextCharFromUtf8(&c, s, end);
                if (!visit(text.style, c)) return;
            }
        }
}

bool GlyphDemand::AddScene(const core::Scene& scene) {
    bool added = false;
    ForEachDrawnCharacter(scene, [&](core::TextStyle style, unsigned int c) {
        if (!Has(style, c) && c < 0x10000) {
            Add(style, c);
            added = true;
        }
        return true;
    });
    return added;
}

void GlyphDemand::Add(core::TextStyle style, unsigned int codepoint) {
    if (codepoint < 0x10000) drawn_[static_cast<int>(style)][codepoint] = true;
}

bool GlyphDemand::Has(core::TextStyle style, unsigned int codepoint) const {
    return codepoint < 0x10000 && drawn_[static_cast<int>(style)][codepoint];
}

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

Fonts LoadFonts(ImFontAtlas& atlas, float density, float text_scale, const std::vector<ScriptFace>& scripts,
                const GlyphDemand* demand) {
    Fonts fonts;
    fonts.density = density;
    atlas.Clear();
    std::deque<std::vector<ImWchar>> demanded;  // each source's cut ranges, kept in place until the build
    std::vector<std::vector<Source>> style_sources;
    for (const StyleSpec& spec : kStyles) {
        const float pixel_size = spec.size * text_scale * density;
        std::vector<Source> sources;
        sources.push_back({spec.bold ? kNotoSansBold : kNotoSansRegular,
                           static_cast<int>(spec.bold ? kNotoSansBold_size : kNotoSansRegular_size), pixel_size,
                           kGlyphRanges, false});
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
        for (const ScriptFace& face : faces)
            if (face.bold == spec.bold)
                sources.push_back({face.data, static_cast<int>(face.size), pixel_size * ScriptSizeRatio(face.script),
                                   RangesOf(face.script), true});

        ImFont* font = nullptr;
        for (const Source& source : sources) {
            const ImWchar* ranges = source.ranges;
            if (demand) {
                demanded.push_back(DemandedRanges(source.ranges, *demand, spec.style, !source.merge));
                if (demanded.back().size() == 1 && source.merge) continue;  // nothing of it drawn yet
                ranges = demanded.back().data();
            }
            ImFontConfig config;
            config.MergeMode = source.merge;
            config.FontDataOwnedByAtlas = false;  // the bytes are static arrays or the App's
            config.OversampleH = OversampleFor(pixel_size);
            config.OversampleV = 1;
            config.PixelSnapH = false;
            ImFont* added = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(source.data), source.size,
                                                       source.pixel_size, &config, ranges);
            if (!source.merge) font = added;
        }
        style_sources.push_back(std::move(sources));
        fonts.regular[static_cast<int>(spec.style)] = font;
        fonts.css_size[static_cast<int>(spec.style)] = spec.size * text_scale;
    }
    // Why not atlas.Build(): it adds ImGui's built-in ProggyClean face when none was
    // added, which links 12 KB of that face into the wasm; the faces above always are.
    atlas.ClearTexData();
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas);
    if (!demand) return fonts;
    // The cut ranges end here: nothing reads a config's ranges after its build.
    for (ImFontConfig& config : atlas.ConfigData) config.GlyphRanges = nullptr;
    if (!atlas.TexPixelsAlpha8) return fonts;  // the build failed (a face it could not read)
    for (size_t i = 0; i < std::size(kStyles); ++i)
        if (ImFont* font = fonts.regular[static_cast<int>(kStyles[i].style)])
            AddUndrawnGlyphs(font, style_sources[i], *demand, kStyles[i].style);
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
