// fonts.h — Noto Sans (embedded subset) loaded into the ImGui atlas at the screen's
// pixel density, and the TextMetrics that core layout measures text with.
#pragma once
#include <bitset>
#include <functional>
#include <vector>

#include "core/layout/bidi_text.h"
#include "core/layout/scene.h"
#include "core/layout/text_wrap.h"
#include "imgui.h"

namespace ui {

struct Fonts {
    ImFont* regular[core::kTextStyleCount] = {};  // indexed by core::TextStyle
    float css_size[core::kTextStyleCount] = {};   // size in CSS px for each style
    float density = 1;        // device pixels per CSS px the atlas was built for

    ImFont* Get(core::TextStyle style) const { return regular[static_cast<int>(style)]; }
    float Size(core::TextStyle style) const { return css_size[static_cast<int>(style)]; }
};

// A right-to-left script's face (Noto Sans Arabic or Hebrew, subset), merged into
// every style of its weight. The bytes must outlive the atlas.
struct ScriptFace {
    core::Script script;
    bool bold;
    const unsigned char* data;
    unsigned size;
};

// Calls `visit(style, codepoint)` for each character `scene` draws (its texts' lines as
// drawn, UTF-8 read as ImGui reads it), until `visit` returns false.
void ForEachDrawnCharacter(const core::Scene& scene, const std::function<bool(core::TextStyle, unsigned int)>& visit);

// The characters each style has drawn, gathered from the scenes laid out so far. Why:
// rasterising every character of every face in all nine styles was the largest part of
// the start-up (each style draws a few dozen of them); with a demand, the atlas
// rasterises only these, and gives every other character its faces hold an empty glyph
// of the same advance, so a layout measures the same whatever has been drawn.
class GlyphDemand {
public:
    // Adds what `scene` draws; true when that is more than before (the atlas is owed).
    bool AddScene(const core::Scene& scene);
    void Add(core::TextStyle style, unsigned int codepoint);
    bool Has(core::TextStyle style, unsigned int codepoint) const;

private:
    // One bit per character of the Basic Multilingual Plane (ImGui's ImWchar), per style:
    // 8 KB each, on the heap (a wasm stack is 64 KB).
    std::vector<std::bitset<0x10000>> drawn_ = std::vector<std::bitset<0x10000>>(core::kTextStyleCount);
};

// Adds the faces to `atlas` (clearing it) baked at `density`, each style's size times
// `text_scale` (a kiosk's larger type), with `scripts` merged in; builds the atlas.
// With a `demand`, only its characters (and '?', the stand-in for a missing one) are
// rasterised; without one, every character.
Fonts LoadFonts(ImFontAtlas& atlas, float density, float text_scale = 1, const std::vector<ScriptFace>& scripts = {},
                const GlyphDemand* demand = nullptr);

// Whether every style has a glyph for `codepoint`, when it is a character of the Latin
// subset (ACCORD_FONT_UNICODES); true for any other. The web build embeds only the Latin
// characters its shipped packs use: a false here is when the rest is wanted.
bool CoversLatin(const Fonts& fonts, unsigned int codepoint);

// A face embedded in the binary, for a platform that sets the same text again in the
// same letters: the web page's text layer (web/pre.js), whose lines then need no
// system font looked up, and whose Arabic and Hebrew language names no fallback.
struct EmbeddedFace {
    const unsigned char* data;
    unsigned size;
};
// Noto Sans's Latin subset (regular), then the language switch's Arabic and Hebrew names.
inline constexpr int kEmbeddedFaceCount = 3;
EmbeddedFace EmbeddedFaceAt(int index);  // {nullptr, 0} outside [0, kEmbeddedFaceCount)

class FontMetrics : public core::TextMetrics {
public:
    explicit FontMetrics(const Fonts& fonts) : fonts_(fonts) {}
    float Width(std::string_view text, core::TextStyle style) const override;
    float LineHeight(core::TextStyle style) const override;
    float FontSize(core::TextStyle style) const override { return fonts_.Size(style); }

private:
    const Fonts& fonts_;
};

}  // namespace ui
