// bidi_text.tests.cpp — Arabic and Hebrew through FriBidi: known strings to the visual
// codepoint sequences a left-to-right renderer must draw, and wrapping that reorders
// each line on its own and loses or repeats no word.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "core/layout/bidi_text.h"
#include "core/layout/text_wrap.h"
#include "test_support.h"

namespace {

std::u32string Codepoints(const std::string& utf8) {
    std::u32string out;
    for (size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        const size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

std::u32string VisualOf(const std::string& text, float width = 10000) {
    test_support::FixedMetrics metrics;
    const std::vector<std::string> lines = core::WrapText(metrics, text, core::TextStyle::Body, width);
    REQUIRE(lines.size() == 1);
    return Codepoints(lines.front());
}

std::vector<std::string> Words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("Arabic letters take their joining forms and are drawn right to left", "[bidi]") {
    // كتاب: kaf initial, teh medial, alef final, beh isolated (alef joins no letter after
    // it); drawn beh first.
    CHECK(VisualOf("\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8") == std::u32string{0xFE8F, 0xFE8E, 0xFE98, 0xFEDB});
    // سلام: its lam and alef become one final lam-alef: meem, lam-alef, seen.
    CHECK(VisualOf("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85") == std::u32string{0xFEE1, 0xFEFC, 0xFEB3});
    // لا: one lam-alef ligature, its filler gone.
    CHECK(VisualOf("\xD9\x84\xD8\xA7") == std::u32string{0xFEFB});
    // سلاح: the ligature's final form after a joining letter.
    const std::u32string weapon = VisualOf("\xD8\xB3\xD9\x84\xD8\xA7\xD8\xAD");
    CHECK(std::find(weapon.begin(), weapon.end(), char32_t{0xFEFC}) != weapon.end());
    CHECK(std::find(weapon.begin(), weapon.end(), char32_t{0xFEFF}) == weapon.end());
}

TEST_CASE("digits, Latin and brackets keep their own order inside Arabic", "[bidi]") {
    // عام 2025: the number reads left to right, to the left of the word.
    CHECK(VisualOf("\xD8\xB9\xD8\xA7\xD9\x85 2025") == U"2025 \uFEE1\uFE8E\uFECB");
    // (نص): the brackets mirror, so they still enclose the word.
    CHECK(VisualOf("(\xD9\x86\xD8\xB5)") == std::u32string{U'(', 0xFEBA, 0xFEE7, U')'});
    // An English quotation in an Arabic sentence: قال "hello world" أمس.
    const std::u32string v = VisualOf("\xD9\x82\xD8\xA7\xD9\x84 \"hello world\" \xD8\xA3\xD9\x85\xD8\xB3");
    const size_t quote = v.find(U"\"hello world\"");
    REQUIRE(quote != std::u32string::npos);
    CHECK(v.find(0xFEB2) < quote);  // أمس's final seen: left of the quotation (it comes last)
    CHECK(v.find(0xFED7) > quote);  // قال's initial qaf: right of it (it comes first)
    // Hebrew, which does not join: שלום drawn right to left.
    CHECK(VisualOf("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") == U"\u05DD\u05D5\u05DC\u05E9");
}

TEST_CASE("Latin text takes the fast path: drawn as written", "[bidi]") {
    CHECK_FALSE(core::HasRightToLeft("Witkoff's \"Day 60\" (approx.) \xE2\x80\x94 caf\xC3\xA9"));
    CHECK(core::HasRightToLeft("Gaza \xD8\xBA\xD8\xB2\xD8\xA9"));
    CHECK(core::HasRightToLeft("\xD7\xA9"));
    test_support::FixedMetrics metrics;
    const core::SceneText t = core::MakeText(metrics, "Hello (world) 2025", core::TextStyle::Body,
                                             core::ColorRole::Text, {0, 0}, 1000);
    CHECK(t.lines == std::vector<std::string>{"Hello (world) 2025"});
    CHECK(t.logical_lines.empty());
    CHECK(core::StartsRightToLeft("2025 \xD8\xB9\xD8\xA7\xD9\x85"));
    CHECK_FALSE(core::StartsRightToLeft("Reuters \xD8\xB9\xD8\xA7\xD9\x85"));
}

TEST_CASE("a paragraph wraps in reading order, each line reordered, at three widths", "[bidi]") {
    // "The ceasefire starts on the first day and lasts sixty days, according to the draft"
    const std::string paragraph =
        "\xD9\x8A\xD8\xA8\xD8\xAF\xD8\xA3 \xD9\x88\xD9\x82\xD9\x81 \xD8\xA5\xD8\xB7\xD9\x84\xD8\xA7\xD9\x82 "
        "\xD8\xA7\xD9\x84\xD9\x86\xD8\xA7\xD8\xB1 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85 "
        "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84 \xD9\x88\xD9\x8A\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1 60 "
        "\xD9\x8A\xD9\x88\xD9\x85\xD8\xA7\xD9\x8B\xD8\x8C \xD9\x88\xD9\x81\xD9\x82 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD9\x88\xD8\xAF\xD8\xA9 (AP)";
    test_support::FixedMetrics metrics(4);
    for (float width : {100.0f, 160.0f, 320.0f}) {  // the longest word is 84 px: none split
        std::vector<std::string> logical;
        const std::vector<std::string> lines = core::WrapText(metrics, paragraph, core::TextStyle::Body, width, &logical);
        REQUIRE(lines.size() == logical.size());
        CHECK(lines.size() > (width < 150 ? 3u : 1u));
        // The logical lines, joined, are the paragraph: no word lost, none repeated, in order.
        std::string joined;
        for (const std::string& line : logical) joined += (joined.empty() ? "" : " ") + line;
        CHECK(Words(joined) == Words(paragraph));
        for (size_t i = 0; i < lines.size(); ++i) {
            CHECK(metrics.Width(lines[i], core::TextStyle::Body) <= width + 0.5f);
            CHECK(core::HasRightToLeft(lines[i]) == core::HasRightToLeft(logical[i]));
        }
        // The first line drawn holds the paragraph's first word (يبدأ), at the line's right.
        const std::u32string first_line = Codepoints(lines.front());
        CHECK(first_line.back() == 0xFEF3);  // yeh, initial form, read first and drawn rightmost
    }
}
