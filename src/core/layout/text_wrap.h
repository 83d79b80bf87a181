// text_wrap.h — the one place text is measured and broken into lines for layout.
// Core cannot see fonts, so the ui hands it a TextMetrics; tests use a fixed-width one.
// (Right-to-left shaping and reordering will plug in here too.)
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
// a single word wider than that is split between characters.
std::vector<std::string> WrapText(const TextMetrics& metrics, std::string_view text, TextStyle style,
                                  float max_width);

// A SceneText for `text` wrapped to `max_width` at `position`.
SceneText MakeText(const TextMetrics& metrics, std::string_view text, TextStyle style, ColorRole color,
                   Vec2 position, float max_width);

inline float TextHeight(const SceneText& text) { return text.line_height * static_cast<float>(text.lines.size()); }

}  // namespace core
