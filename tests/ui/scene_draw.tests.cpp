// scene_draw.tests.cpp — the app's canvas headless (no window, no GL): lay out the default pack
// with the real fonts as the app does (LayoutDiagram, a phase selected: its details
// are inline in the scene), draw one frame, and read the draw list back.
#include <catch2/catch.hpp>

#include "core/common/strings.h"
#include "core/layout/bidi_text.h"
#include "core/layout/diagram_layout.h"
#include "core/layout/text_wrap.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui/canvas.h"
#include "ui/fonts.h"
#include "ui/scene_draw.h"
#include "../unit/test_support.h"
#include "headless_canvas.h"

namespace {

using test_support::HeadlessCanvas;

// Glyph quads whose centre lies inside `rect`. A glyph is four vertices forming an
// axis-aligned rectangle in position and in texture (not the white pixel); the scan
// moves one vertex at a time past anything else, since shapes (anti-aliased fills,
// textured lines) leave vertex counts that are not multiples of four.
int GlyphQuadsIn(const ImDrawList* dl, const core::Rect& rect) {
    const ImVec2 white = dl->_Data->TexUvWhitePixel;
    int quads = 0;
    int i = 0;
    while (i + 3 < dl->VtxBuffer.Size) {
        const ImDrawVert* v = &dl->VtxBuffer[i];
        const bool is_white = v[0].uv.x == white.x && v[0].uv.y == white.y;
        const bool rect_pos = v[0].pos.y == v[1].pos.y && v[1].pos.x == v[2].pos.x && v[2].pos.y == v[3].pos.y &&
                              v[3].pos.x == v[0].pos.x;
        const bool rect_uv = v[0].uv.y == v[1].uv.y && v[1].uv.x == v[2].uv.x && v[2].uv.y == v[3].uv.y &&
                             v[3].uv.x == v[0].uv.x && v[0].uv.x != v[2].uv.x && v[0].uv.y != v[2].uv.y;
        if (is_white || !rect_pos || !rect_uv) {
            ++i;
            continue;
        }
        float cx = (v[0].pos.x + v[2].pos.x) / 2, cy = (v[0].pos.y + v[2].pos.y) / 2;
        quads += rect.Contains({cx, cy});
        i += 4;
    }
    return quads;
}

// Glyphs of `text` that have a visible shape in `font` (spaces have none).
int VisibleGlyphs(ImFont* font, const std::string& text) {
    int n = 0;
    const char* s = text.c_str();
    const char* end = s + text.size();
    while (s < end) {
        unsigned int c = 0;
        s += ImTextCharFromUtf8(&c, s, end);
        const ImFontGlyph* glyph = font->FindGlyph(static_cast<ImWchar>(c));
        n += glyph && glyph->Visible;
    }
    return n;
}

}  // namespace

TEST_CASE("a frame of the default pack draws its title, phases and details as glyphs and bars", "[ui]") {
    HeadlessCanvas headless;
    core::PackLoadResult loaded = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(loaded.pack);
    const core::Pack& pack = *loaded.pack;
    ui::FontMetrics metrics(headless.fonts);
    // A phase selected: its bar shows only its name, its details (title, text, sources)
    // open in full under the bars, in the scene.
    REQUIRE_FALSE(pack.phases.empty());
    const core::Phase& selected = pack.phases.back();  // the last: its details push no bar off the frame
    core::DiagramInput input;
    input.width = 1280;
    input.height = 800;
    input.selected_id = selected.id;
    input.highlighted = core::LinkedIds(pack, selected.id);
    core::Scene scene = core::LayoutDiagram(pack, input, metrics);
    ui::Theme theme;

    ImDrawList* dl = &headless.canvas.BeginFrame(1280, 800);
    ui::DrawScene(dl, scene, ImVec2(0, 0), theme, headless.fonts);
    headless.canvas.EndFrame();
    REQUIRE(dl->CmdBuffer.Size >= 1);
    REQUIRE(dl->VtxBuffer.Size > 1000);

    // Each text of the scene that is the title or a phase label: all its glyphs are
    // drawn inside the text's box.
    auto check_text_drawn = [&](const ImDrawList* list, const core::SceneText& text) {
        for (size_t i = 0; i < text.lines.size(); ++i) {
            float w = metrics.Width(text.lines[i], text.style);
            core::Rect box{text.position.x - 1, text.position.y + text.line_height * static_cast<float>(i), w + 2,
                           text.line_height};
            INFO("line: " << text.lines[i]);
            CHECK(GlyphQuadsIn(list, box) == VisibleGlyphs(headless.fonts.Get(text.style), text.lines[i]));
        }
    };
    int titles = 0, phase_labels = 0;
    for (const core::SceneText& text : scene.texts) {
        if (text.style == core::TextStyle::Title || text.style == core::TextStyle::TitleCompact) {
            ++titles;
            std::string joined;
            for (const std::string& line : text.lines) joined += (joined.empty() ? "" : " ") + line;
            CHECK(joined == pack.meta.title);
            check_text_drawn(dl, text);
        }
        if (text.style == core::TextStyle::Label) {
            ++phase_labels;
            check_text_drawn(dl, text);
        }
    }
    CHECK(titles == 1);
    CHECK(phase_labels == static_cast<int>(pack.phases.size()));

    // Each phase bar is a filled rectangle in its kind's colour at the bar's place.
    for (const core::Phase& phase : pack.phases) {
        const core::SceneRect* bar = nullptr;
        for (const core::SceneRect& r : scene.rects)
            if (r.item_id == phase.id) bar = &r;
        REQUIRE(bar);
        ImU32 color = theme.Color(bar->fill);
        int matching = 0;
        for (const ImDrawVert& v : dl->VtxBuffer)
            matching += v.col == color && bar->rect.Contains({v.pos.x, v.pos.y + 0.01f}) ? 1 : 0;
        INFO("phase " << phase.id);
        CHECK(matching >= 4);
    }

    // The details: their heading (the phase's title) and the close button's label are
    // drawn as glyphs inside the details panel.
    core::Rect panel;
    for (const core::HitArea& area : scene.hit_areas)
        if (area.target.control == core::ControlKind::DetailsPanel) panel = area.rect;
    REQUIRE(panel.w > 0);
    int detail_titles = 0, close_labels = 0;
    for (const core::SceneText& text : scene.texts) {
        if (!panel.Contains(text.position)) continue;
        std::string joined;
        for (const std::string& line : text.lines) joined += (joined.empty() ? "" : " ") + line;
        if (text.role == core::TextRole::Heading && joined == selected.title) {
            ++detail_titles;
            check_text_drawn(dl, text);
        }
        if (text.role == core::TextRole::Control) {
            ++close_labels;
            check_text_drawn(dl, text);
        }
    }
    CHECK(detail_titles == 1);
    CHECK(close_labels == 1);
}

TEST_CASE("the language switch's names draw in every edition, whatever faces its pack fetched", "[ui]") {
    // An English page loads no Arabic or Hebrew face, yet its switch says "العربية":
    // every letter of each name, shaped as drawn, has a glyph in the bold face
    // (ImDrawList would otherwise draw ImGui's fallback, a '?').
    HeadlessCanvas headless;
    ui::FontMetrics metrics(headless.fonts);
    ImFont* font = headless.fonts.Get(core::kLanguageNameStyle);
    for (const char* code : {"ar", "he", "en", "de", "es", "fr", "tr"}) {
        const std::string name = core::LanguageName(code);
        REQUIRE_FALSE(name.empty());
        std::string drawn = name;
        if (core::HasRightToLeft(name)) {
            const std::vector<core::BidiLine> lines = core::WrapBidiParagraph(metrics, name, core::kLanguageNameStyle, 1e6f);
            REQUIRE(lines.size() == 1);
            drawn = lines[0].visual;
        }
        INFO("language " << code << ": " << name);
        // A button sized to the name as drawn holds it on one line.
        const float width = core::DrawnWidth(metrics, name, core::kLanguageNameStyle);
        CHECK(core::WrapText(metrics, name, core::kLanguageNameStyle, width).size() == 1);
        const char* s = drawn.c_str();
        const char* end = s + drawn.size();
        while (s < end) {
            unsigned int c = 0;
            s += ImTextCharFromUtf8(&c, s, end);
            INFO("U+" << std::hex << c);
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
        }
    }
    // ... and the header's switch draws them in that style (the only one given their faces).
    core::PackLoadResult english = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.json"));
    REQUIRE(english.pack);
    core::DiagramInput input;
    input.width = 1280;
    input.height = 800;
    input.languages = true;
    const core::Scene scene = core::LayoutDiagram(*english.pack, input, metrics);
    int names = 0;
    for (const core::SceneText& text : scene.texts)
        if (text.role == core::TextRole::Control && !text.lines.empty() && core::HasRightToLeft(text.lines[0])) {
            ++names;
            CHECK(text.style == core::kLanguageNameStyle);
        }
    CHECK(names == 1);  // "العربية"
}

extern const unsigned char kNotoSansArabicRegular[], kNotoSansArabicBold[];
extern const unsigned int kNotoSansArabicRegular_size, kNotoSansArabicBold_size;

TEST_CASE("an Arabic title's glyphs are drawn right to left: its first letter rightmost", "[ui][bidi]") {
    ui::Canvas canvas;
    const std::vector<ui::ScriptFace> arabic = {
        {core::Script::Arabic, false, kNotoSansArabicRegular, kNotoSansArabicRegular_size},
        {core::Script::Arabic, true, kNotoSansArabicBold, kNotoSansArabicBold_size}};
    ui::Fonts fonts = ui::LoadFonts(canvas.atlas(), 1.0f, 1.0f, arabic);
    canvas.AtlasBuilt();
    ui::FontMetrics metrics(fonts);
    core::PackLoadResult loaded = core::LoadPack(test_support::ReadFile("data/packs/gaza-framework-2025-07.ar.json"));
    REQUIRE(loaded.pack);
    core::DiagramInput input;
    input.width = 1280;
    input.height = 800;
    core::Scene scene = core::LayoutDiagram(*loaded.pack, input, metrics);
    const core::SceneText* title = nullptr;
    for (const core::SceneText& text : scene.texts)
        if (text.style == core::TextStyle::Title) title = &text;
    REQUIRE(title);
    REQUIRE_FALSE(title->lines.empty());
    ImFont* font = fonts.Get(core::TextStyle::Title);

    // The first line as drawn (visual order) and as written (reading order).
    auto codepoints = [](const std::string& utf8) {
        std::vector<unsigned int> out;
        const char* s = utf8.c_str();
        const char* end = s + utf8.size();
        while (s < end) {
            unsigned int c = 0;
            s += ImTextCharFromUtf8(&c, s, end);
            out.push_back(c);
        }
        return out;
    };
    const std::vector<unsigned int> visual = codepoints(title->lines[0]);
    const std::vector<unsigned int> logical = codepoints(title->logical_lines.at(0));
    REQUIRE(visual.size() > 5);
    // The title opens with an Arabic letter: its shaped form is the last codepoint drawn.
    REQUIRE(logical[0] >= 0x0600);
    REQUIRE(logical[0] <= 0x06FF);
    const unsigned int first_drawn_right = visual.back();
    CHECK(first_drawn_right >= 0xFE70);  // a presentation form: joined, not the bare letter
    // It is the first word's first letter: that word shaped alone ends with the same form
    // (drawn in reading order instead, the line would end with its last word's last letter).
    const std::string& written = title->logical_lines[0];
    const std::string first_word = written.substr(0, written.find(' '));
    const std::vector<core::BidiLine> word = core::WrapBidiParagraph(metrics, first_word, core::TextStyle::Title, 1e6f);
    REQUIRE(word.size() == 1);
    CHECK(codepoints(word[0].visual).back() == first_drawn_right);
    CHECK(codepoints(word[0].visual).size() < visual.size());

    ImDrawList* dl = &canvas.BeginFrame(1280, 800);
    ui::DrawScene(dl, scene, ImVec2(0, 0), ui::Theme{}, fonts);
    canvas.EndFrame();
    // The line's glyph quads, in the order they were emitted, with their x and glyph.
    const ImVec2 white = dl->_Data->TexUvWhitePixel;
    struct Quad { float x; ImVec2 uv; };
    std::vector<Quad> quads;
    const float top = title->position.y, bottom = top + title->line_height;
    for (int i = 0; i + 3 < dl->VtxBuffer.Size;) {
        const ImDrawVert* v = &dl->VtxBuffer[i];
        const bool glyph = !(v[0].uv.x == white.x && v[0].uv.y == white.y) && v[0].pos.y == v[1].pos.y &&
                           v[1].pos.x == v[2].pos.x && v[0].uv.x != v[2].uv.x;
        const float cy = (v[0].pos.y + v[2].pos.y) / 2;
        if (glyph && cy > top && cy < bottom) {
            quads.push_back({v[0].pos.x, v[0].uv});
            i += 4;
        } else {
            ++i;
        }
    }
    int visible = 0;
    for (unsigned int c : visual) {
        const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(c));
        REQUIRE(g);  // every shaped letter has its glyph: no fallback boxes
        visible += g->Visible;
    }
    REQUIRE(static_cast<int>(quads.size()) == visible);
    // Emitted left to right, and the rightmost quad is the title's first letter.
    for (size_t i = 1; i < quads.size(); ++i) CHECK(quads[i].x > quads[i - 1].x);
    const ImFontGlyph* first = font->FindGlyphNoFallback(static_cast<ImWchar>(first_drawn_right));
    const Quad& rightmost = quads.back();
    CHECK(rightmost.uv.x == first->U0);
    CHECK(rightmost.uv.y == first->V0);
    // And the text ends at the right of its box, where an Arabic reader starts.
    CHECK(rightmost.x > title->position.x + title->box_width * 0.5f);
}

// WrapRanges adds each word's width to the line's instead of measuring the whole line
// again (text_wrap.cpp). With the real faces that must break every text exactly where
// the plain greedy rule does: the widest run of words whose whole width fits.
TEST_CASE("wrapping by summed word widths breaks where measuring each whole line does", "[ui][wrap]") {
    HeadlessCanvas headless;
    ui::FontMetrics metrics(headless.fonts);
    const std::string json = test_support::ReadFile("data/packs/gaza-framework-2025-07.json");
    // Every string value of the pack: titles, summaries, claims, sources.
    std::vector<std::string> texts;
    for (size_t at = json.find("\": \""); at != std::string::npos; at = json.find("\": \"", at + 1)) {
        const size_t from = at + 4, to = json.find('"', from);
        if (to != std::string::npos && to - from > 20 && json.compare(from, 8, "https://") != 0)
            texts.push_back(json.substr(from, to - from));
    }
    REQUIRE(texts.size() > 200);
    const auto reference = [&](std::string_view p, core::TextStyle style, float max_width) {
        std::vector<std::pair<size_t, size_t>> lines;
        size_t start = 0, end = 0;
        bool empty = true;
        for (size_t i = 0; i < p.size();) {
            size_t word_end = std::min(p.find(' ', i), p.size());
            if (empty || metrics.Width(p.substr(start, word_end - start), style) <= max_width + 0.01f) {
                if (empty) start = i;
                end = word_end;
                empty = false;
            } else {
                lines.emplace_back(start, end);
                start = i;
                end = word_end;
            }
            i = word_end + 1;
        }
        lines.emplace_back(start, end);
        return lines;
    };
    int compared = 0, wrapped = 0;
    for (const std::string& text : texts)
        for (core::TextStyle style : {core::TextStyle::Body, core::TextStyle::Small, core::TextStyle::Heading})
            for (float width : {120.0f, 233.0f, 360.0f, 517.0f}) {
                const auto lines = core::WrapRanges(metrics, text, style, width);
                // The reference keeps a too-wide word whole; such texts are the split case's.
                bool too_wide = false;
                for (size_t i = 0; i < text.size();) {
                    const size_t e = std::min(text.find(' ', i), text.size());
                    too_wide |= metrics.Width(std::string_view(text).substr(i, e - i), style) > width + 0.01f;
                    i = e + 1;
                }
                if (too_wide) continue;
                INFO(text << " at " << width);
                CHECK(lines == reference(text, style, width));
                ++compared;
                wrapped += lines.size() > 1;
            }
    CHECK(compared > 1000);
    CHECK(wrapped > compared / 2);
}
