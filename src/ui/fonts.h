// fonts.h — Noto Sans (embedded subset) loaded into the ImGui atlas at the screen's
// pixel density, and the TextMetrics that core layout measures text with.
#pragma once
#include <vector>

#include "core/layout/bidi_text.h"
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

// Adds the faces to `atlas` (clearing it) baked at `density`, each style's size times
// `text_scale` (a kiosk's larger type), with `scripts` merged in; builds the atlas.
Fonts LoadFonts(ImFontAtlas& atlas, float density, float text_scale = 1, const std::vector<ScriptFace>& scripts = {});

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
