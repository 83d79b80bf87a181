// bidi_text.cpp — FriBidi's calls in the order its documentation gives them: bidi
// types, bracket types, embedding levels, joining, shaping; then per line, reordering.
#include "core/layout/bidi_text.h"

#include <fribidi.h>

#include "core/common/utf8.h"
#include "core/layout/text_wrap.h"

namespace core {

namespace {

constexpr FriBidiChar kZeroWidthNoBreak = 0xFEFF;  // what a lam-alef ligature leaves behind

std::vector<FriBidiChar> Decode(std::string_view utf8, std::vector<size_t>* byte_offsets = nullptr) {
    std::vector<FriBidiChar> out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + n > utf8.size()) n = 1;
        FriBidiChar cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        if (byte_offsets) byte_offsets->push_back(i);
        out.push_back(cp);
        i += n;
    }
    if (byte_offsets) byte_offsets->push_back(utf8.size());
    return out;
}

bool IsRightToLeftCodepoint(FriBidiChar cp) {
    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended; the
    // presentation forms; RLM, RLE, RLO, RLI.
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC) ||
           cp == 0x200F || cp == 0x202B || cp == 0x202E || cp == 0x2067;
}

}  // namespace

bool HasRightToLeft(std::string_view utf8) {
    for (size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        // The fast path: every right-to-left letter is 2 or 3 bytes from 0xD6 / 0xE2 / 0xEF up.
        if (c < 0xD6) continue;
        for (FriBidiChar cp : Decode(utf8.substr(i, 4)))
            if (IsRightToLeftCodepoint(cp)) return true;
    }
    return false;
}

unsigned ScriptsIn(std::string_view utf8) {
    unsigned scripts = 0;
    for (size_t i = 0; i + 1 < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        // Most of a pack is ASCII: one test a byte (the whole pack is scanned as it loads).
        if (c < 0xD6 || c > 0xDB) continue;
        const unsigned char next = static_cast<unsigned char>(utf8[i + 1]);
        // U+0590-05FF is D6 90 - D7 BF; U+0600-06FF is D8 80 - DB BF.
        if ((c == 0xD6 && next >= 0x90) || c == 0xD7) scripts |= ScriptBit(Script::Hebrew);
        else if (c >= 0xD8 && c <= 0xDB) scripts |= ScriptBit(Script::Arabic);
    }
    return scripts;
}

bool StartsRightToLeft(std::string_view utf8) {
    const std::vector<FriBidiChar> text = Decode(utf8);
    for (FriBidiChar cp : text) {
        const FriBidiCharType type = fribidi_get_bidi_type(cp);
        if (FRIBIDI_IS_LETTER(type)) return FRIBIDI_IS_RTL(type);
    }
    return false;
}

std::vector<BidiLine> WrapBidiParagraph(const TextMetrics& metrics, std::string_view paragraph, TextStyle style,
                                        float max_width) {
    std::vector<size_t> offsets;
    const std::vector<FriBidiChar> text = Decode(paragraph, &offsets);
    const FriBidiStrIndex n = static_cast<FriBidiStrIndex>(text.size());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    std::vector<FriBidiArabicProp> joining(text.size());
    fribidi_get_bidi_types(text.data(), n, types.data());
    fribidi_get_bracket_types(text.data(), n, types.data(), brackets.data());
    // The paragraph's own direction (its first strong letter), so an English quotation
    // in an Arabic pack reads left to right, and the other way round.
    FriBidiParType base = FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data()))
        return {{std::string(paragraph), std::string(paragraph)}};
    fribidi_get_joining_types(text.data(), n, joining.data());
    fribidi_join_arabic(types.data(), n, levels.data(), joining.data());
    std::vector<FriBidiChar> shaped = text;
    fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), n, joining.data(), shaped.data());

    // The shaped paragraph in UTF-8 for measuring, without the ligatures' fillers;
    // `index_of` maps each of its bytes back to a character of the paragraph.
    std::string measured;
    std::vector<size_t> index_of;
    for (size_t i = 0; i < shaped.size(); ++i) {
        if (shaped[i] == kZeroWidthNoBreak) continue;
        const size_t before = measured.size();
        AppendUtf8(measured, shaped[i]);
        index_of.insert(index_of.end(), measured.size() - before, i);
    }
    index_of.push_back(shaped.size());

    std::vector<BidiLine> lines;
    for (const auto& [from, to] : WrapRanges(metrics, measured, style, max_width)) {
        const size_t first = index_of[from];
        size_t last = to < measured.size() ? index_of[to] : shaped.size();
        // A filler at the end of the line belongs to its ligature on this line.
        while (last < shaped.size() && shaped[last] == kZeroWidthNoBreak) ++last;
        BidiLine line;
        line.logical.assign(paragraph.substr(offsets[first], offsets[last] - offsets[first]));
        if (last > first) {
            // fribidi_reorder_line works in place on paragraph-wide arrays: copies.
            std::vector<FriBidiLevel> line_levels = levels;
            std::vector<FriBidiChar> visual = shaped;
            if (!fribidi_reorder_line(0, types.data(), static_cast<FriBidiStrIndex>(last - first),
                                      static_cast<FriBidiStrIndex>(first), base, line_levels.data(), visual.data(), nullptr))
                visual = shaped;  // out of memory: shaped, in reading order, rather than nothing
            for (size_t i = first; i < last; ++i)
                if (visual[i] != kZeroWidthNoBreak) AppendUtf8(line.visual, visual[i]);
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace core
