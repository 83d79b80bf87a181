// text_wrap.cpp — greedy word wrap over UTF-8 text.
#include "core/layout/text_wrap.h"

namespace core {

namespace {

// Length of the UTF-8 sequence starting with byte `c` (1 for stray bytes).
size_t Utf8Length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

void WrapParagraph(const TextMetrics& metrics, std::string_view paragraph, TextStyle style, float max_width,
                   std::vector<std::string>& lines) {
    std::string line;
    size_t i = 0;
    while (i < paragraph.size()) {
        size_t word_end = paragraph.find(' ', i);
        if (word_end == std::string_view::npos) word_end = paragraph.size();
        std::string_view word = paragraph.substr(i, word_end - i);
        std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (metrics.Width(candidate, style) <= max_width || (line.empty() && word.empty())) {
            line = std::move(candidate);
        } else if (!line.empty() && metrics.Width(word, style) <= max_width) {
            lines.push_back(std::move(line));
            line = std::string(word);
        } else {
            // The word alone is too wide: split it between characters.
            if (!line.empty()) lines.push_back(std::move(line));
            line.clear();
            for (size_t c = 0; c < word.size();) {
                size_t n = Utf8Length(static_cast<unsigned char>(word[c]));
                std::string next = line + std::string(word.substr(c, n));
                if (!line.empty() && metrics.Width(next, style) > max_width) {
                    lines.push_back(std::move(line));
                    line = std::string(word.substr(c, n));
                } else {
                    line = std::move(next);
                }
                c += n;
            }
        }
        i = word_end + 1;
    }
    lines.push_back(std::move(line));
}

}  // namespace

std::vector<std::string> WrapText(const TextMetrics& metrics, std::string_view text, TextStyle style,
                                  float max_width) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (;;) {
        size_t newline = text.find('\n', start);
        WrapParagraph(metrics, text.substr(start, newline == std::string_view::npos ? newline : newline - start),
                      style, max_width, lines);
        if (newline == std::string_view::npos) break;
        start = newline + 1;
    }
    return lines;
}

SceneText MakeText(const TextMetrics& metrics, std::string_view text, TextStyle style, ColorRole color,
                   Vec2 position, float max_width) {
    SceneText out;
    out.position = position;
    out.lines = WrapText(metrics, text, style, max_width);
    out.style = style;
    out.color = color;
    out.line_height = metrics.LineHeight(style);
    return out;
}

}  // namespace core
