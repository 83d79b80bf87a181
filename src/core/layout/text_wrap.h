// text_wrap.h — the one place text is measured and broken into lines for layout.
// Core cannot see fonts, so the ui hands it a TextMetrics; tests use a fixed-width one.
// Right-to-left paragraphs (Arabic, Hebrew) are shaped and reordered here too
// (bidi_text.h): every string the layouts measure and draw comes through this file.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/layout/scene.h"

namespace core {

class TextMetrics {
public:
    virtual ~TextMetrics() = default;
    virtual float Width(std::string_view text, TextStyle style) const = 0;
    virtual float LineHeight(TextStyle style) const = 0;
    // The type size in CSS px (the DOM text layer sets its transparent text in it).
    virtual float FontSize(TextStyle style) const { return LineHeight(style) / 1.5f; }
};

// Breaks `text` at spaces (and hard newlines) into lines no wider than `max_width`;
// a single word wider than that is split between characters. The lines are as drawn
// (right-to-left ones shaped and in visual order); `logical_lines` gets them as written.
std::vector<std::string> WrapText(const TextMetrics& metrics, std::string_view text, TextStyle style,
                                  float max_width, std::vector<std::string>* logical_lines = nullptr);

// The greedy wrap itself, over one paragraph: each line as a [begin, end) byte range.
std::vector<std::pair<size_t, size_t>> WrapRanges(const TextMetrics& metrics, std::string_view paragraph,
                                                  TextStyle style, float max_width);

// The width of `text` on one line as drawn: shaped first when it is right to left (its
// joined letters are narrower or wider than the letters as written).
float DrawnWidth(const TextMetrics& metrics, std::string_view text, TextStyle style);

// A SceneText for `text` wrapped to `max_width` at `position`.
SceneText MakeText(const TextMetrics& metrics, std::string_view text, TextStyle style, ColorRole color,
                   Vec2 position, float max_width);

inline float TextHeight(const SceneText& text) { return text.line_height * static_cast<float>(text.lines.size()); }

// Where line `i` starts: at the text's left, or (align_end: a right-to-left layout) so
// that it ends at the right of its box.
inline float LineX(const SceneText& text, size_t i, const TextMetrics& metrics) {
    if (!text.align_end || i >= text.lines.size()) return text.position.x;
    return text.position.x + text.box_width - metrics.Width(text.lines[i], text.style);
}

}  // namespace core
