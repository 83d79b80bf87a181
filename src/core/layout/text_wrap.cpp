// text_wrap.cpp — greedy word wrap over UTF-8 text.
#include "core/layout/text_wrap.h"

#include <algorithm>

#include "core/layout/bidi_text.h"

namespace core {

namespace {

// Length of the UTF-8 sequence starting with byte `c` (1 for stray bytes).
size_t Utf8Length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

}  // namespace

// Greedy: as many words as fit on each line; a word wider than a line is split between
// characters. Lines are byte ranges of `paragraph`; the space at a break is dropped.
// Widths add up (glyphs are placed by their advances; ImGui does no kerning), so a line
// grows by each word's width, measured once: measuring the whole line again for every
// word made wrapping quadratic in a line's length (half of a relayout's time).
std::vector<std::pair<size_t, size_t>> WrapRanges(const TextMetrics& metrics, std::string_view paragraph,
                                                  TextStyle style, float max_width) {
    std::vector<std::pair<size_t, size_t>> lines;
    // Why a hundredth of a pixel: a box sized to its text's drawn width (DrawnWidth)
    // must hold that text, but a right-to-left line is measured there in visual order
    // and here in reading order, and float sums in another order differ in the last bit:
    // "العربية" broke before its last letter in a button made to fit it.
    max_width += 0.01f;
    auto width = [&](size_t from, size_t to) {
        return to > from ? metrics.Width(paragraph.substr(from, to - from), style) : 0.0f;
    };
    size_t line_start = 0, line_end = 0;
    float line_width = 0;
    bool line_empty = true;
    size_t i = 0;
    while (i < paragraph.size()) {
        size_t word_end = paragraph.find(' ', i);
        if (word_end == std::string_view::npos) word_end = paragraph.size();
        const bool word_empty = word_end == i;
        const float word_width = width(i, word_end);
        // The line with this word: what it had, the space before the word, the word.
        const float joined = line_empty ? word_width : line_width + width(line_end, i) + word_width;
        if (line_empty ? (word_empty || word_width <= max_width) : joined <= max_width) {
            if (line_empty) line_start = i;
            line_end = word_end;
            line_width = joined;
            line_empty = false;
        } else if (!line_empty && word_width <= max_width) {
            lines.emplace_back(line_start, line_end);
            line_start = i;
            line_end = word_end;
            line_width = word_width;
        } else {
            // The word alone is too wide: split it between characters.
            if (!line_empty) lines.emplace_back(line_start, line_end);
            line_start = line_end = i;
            for (size_t c = i; c < word_end;) {
                const size_t n = Utf8Length(static_cast<unsigned char>(paragraph[c]));
                if (line_end > line_start && width(line_start, c + n) > max_width) {
                    lines.emplace_back(line_start, line_end);
                    line_start = c;
                }
                line_end = c + n;
                c += n;
            }
            line_width = width(line_start, line_end);
            line_empty = false;
        }
        i = word_end + 1;
    }
    if (line_empty) line_start = line_end = paragraph.size();
    lines.emplace_back(line_start, line_end);
    return lines;
}

namespace {

void WrapParagraph(const TextMetrics& metrics, std::string_view paragraph, TextStyle style, float max_width,
                   std::vector<std::string>& lines, std::vector<std::string>* logical) {
    if (HasRightToLeft(paragraph)) {
        for (BidiLine& line : WrapBidiParagraph(metrics, paragraph, style, max_width)) {
            lines.push_back(std::move(line.visual));
            if (logical) logical->push_back(std::move(line.logical));
        }
        return;
    }
    for (const auto& [from, to] : WrapRanges(metrics, paragraph, style, max_width)) {
        lines.emplace_back(paragraph.substr(from, to - from));
        if (logical) logical->push_back(lines.back());
    }
}

}  // namespace

float DrawnWidth(const TextMetrics& metrics, std::string_view text, TextStyle style) {
    if (!HasRightToLeft(text)) return metrics.Width(text, style);
    float width = 0;
    for (const std::string& line : WrapText(metrics, text, style, 1e9f)) width = std::max(width, metrics.Width(line, style));
    return width;
}

std::vector<std::string> WrapText(const TextMetrics& metrics, std::string_view text, TextStyle style,
                                  float max_width, std::vector<std::string>* logical_lines) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (;;) {
        size_t newline = text.find('\n', start);
        WrapParagraph(metrics, text.substr(start, newline == std::string_view::npos ? newline : newline - start),
                      style, max_width, lines, logical_lines);
        if (newline == std::string_view::npos) break;
        start = newline + 1;
    }
    return lines;
}

SceneText MakeText(const TextMetrics& metrics, std::string_view text, TextStyle style, ColorRole color,
                   Vec2 position, float max_width) {
    SceneText out;
    out.position = position;
    // Only right-to-left text is drawn other than as written (shaped, reordered): keep
    // what was written then, for the DOM. Left-to-right lines are their own words.
    if (HasRightToLeft(text)) {
        std::vector<std::string> logical;
        out.lines = WrapText(metrics, text, style, max_width, &logical);
        if (logical != out.lines) out.logical_lines = std::move(logical);
    } else {
        out.lines = WrapText(metrics, text, style, max_width);
    }
    out.box_width = max_width;
    out.style = style;
    out.color = color;
    out.line_height = metrics.LineHeight(style);
    return out;
}

}  // namespace core
