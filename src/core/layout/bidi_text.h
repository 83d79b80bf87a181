// bidi_text.h — right-to-left paragraphs, through GNU FriBidi: Arabic letters joined
// (initial, medial, final and isolated forms; lam-alef ligatures), brackets mirrored,
// and each wrapped line put in visual order (Unicode's bidirectional algorithm), so a
// renderer that draws glyphs left to right (ImGui) shows Arabic and Hebrew correctly.
// Latin text never comes here (HasRightToLeft is its fast path).
//
// Why wrap before reordering: lines are broken in logical (reading) order, measuring the
// shaped text, and only then is each line reordered on its own; reordering a paragraph
// and then wrapping it would put the end of a sentence on its first line.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/layout/scene.h"

namespace core {

class TextMetrics;

// The faces the widget adds to its atlas beside its embedded Latin one (ui/fonts: merged
// into each style): the right-to-left scripts', and LatinRest, the Latin letters the web
// build does not embed (no shipped pack uses them: cmake/fonts/latin_split.py), which
// the platform asks for when a scene draws one.
enum class Script { Arabic, Hebrew, LatinRest };
inline constexpr int kScriptCount = 3;
inline constexpr unsigned ScriptBit(Script s) { return 1u << static_cast<unsigned>(s); }
// The script in words, for messages ("Arabic"), and the stem of its face files beside
// the page (fonts/<stem>-regular.ttf, fonts/<stem>-bold.ttf; cmake/Fonts.cmake).
inline constexpr const char* ScriptName(Script s) {
    return s == Script::Arabic ? "Arabic" : s == Script::Hebrew ? "Hebrew" : "Latin";
}
inline constexpr const char* ScriptFaceStem(Script s) {
    return s == Script::Arabic ? "arabic" : s == Script::Hebrew ? "hebrew" : "latin-rest";
}
// Which right-to-left scripts `utf8` writes in (a bit per Script): the faces a pack needs.
unsigned ScriptsIn(std::string_view utf8);

// Any Hebrew, Arabic (or other right-to-left script) letter, or a right-to-left mark.
bool HasRightToLeft(std::string_view utf8);

// The paragraph's direction by its first strong letter (Unicode's P2/P3 rules):
// true when that is a right-to-left one.
bool StartsRightToLeft(std::string_view utf8);

struct BidiLine {
    std::string visual;   // shaped, left to right as drawn
    std::string logical;  // the same characters as written (for the DOM, copy, search)
};

// One paragraph (no '\n'), wrapped to `max_width` and each line reordered.
std::vector<BidiLine> WrapBidiParagraph(const TextMetrics& metrics, std::string_view paragraph, TextStyle style,
                                        float max_width);

}  // namespace core
