// no_pack_words.tests.cpp — the widget says nothing of its own about any one
// agreement: a made-up pack (tests/fixtures/other-agreement) shown through core::Widget
// at phone, tablet and wide sizes, every item's details (inline, in its view), the
// page title, the state JSON and the HTML article hold no word of the Gaza pack that
// neither the made-up pack nor the string table holds. The same run over the Gaza pack shows its names,
// so the test can fail.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "core/common/strings.h"
#include "core/export/html_export.h"
#include "core/layout/layout_common.h"
#include "core/pack/links.h"
#include "core/pack/pack_loader.h"
#include "core/state/widget.h"
#include "test_support.h"

namespace {

const char* const kGazaPack = "data/packs/gaza-framework-2025-07.json";
const char* const kOtherPack = "tests/fixtures/other-agreement/harbour-accord.json";

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80); }

// `word` in `text` as a whole word (not inside a longer one).
bool ContainsWord(const std::string& text, const std::string& word) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const size_t end = at + word.size();
        if ((at == 0 || !IsLetter(text[at - 1])) && (end >= text.size() || !IsLetter(text[end]))) return true;
    }
    return false;
}

std::string Lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

void CollectStrings(const nlohmann::json& j, std::vector<std::string>& out) {
    if (j.is_string()) out.push_back(j.get<std::string>());
    else if (j.is_array() || j.is_object())
        for (const auto& item : j) CollectStrings(item, out);
}

// Capitalised words of four letters or more (names, mostly) in the Gaza pack's texts
// that neither the other pack (in any case) nor the English string table holds.
std::set<std::string> DistinctiveWords(const std::string& gaza_json, const std::string& other_json) {
    std::vector<std::string> texts;
    CollectStrings(nlohmann::json::parse(gaza_json), texts);
    const std::string other = Lower(other_json);
    const core::Strings strings = core::Strings::ForLanguage("en");
    std::string table;
    for (int i = 0; i < core::kStringCount; ++i) table += strings.Get(static_cast<core::StringId>(i)) + " ";
    for (int month = 1; month <= 12; ++month)  // month names are the table's too
        table += strings.LongDate("2000-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-01") + " ";
    std::set<std::string> words;
    for (const std::string& text : texts) {
        size_t i = 0;
        while (i < text.size()) {
            if (!IsLetter(text[i])) { ++i; continue; }
            size_t j = i;
            while (j < text.size() && IsLetter(text[j])) ++j;
            std::string word = text.substr(i, j - i);
            i = j;
            if (word.size() < 4 || word[0] < 'A' || word[0] > 'Z') continue;
            if (ContainsWord(other, Lower(word)) || ContainsWord(table, word)) continue;
            words.insert(word);
        }
    }
    return words;
}

void AddScene(const core::Scene& scene, std::string& out) {
    for (const core::SceneText& t : scene.texts) {
        for (const std::string& line : t.lines) out += line + " ";
        out += "\n";
    }
}

// Everything the widget shows of `path` at one size: each view (phones show one at a
// time), the context band open, and the details of every item; plus the page title
// and the state the page API returns.
std::string WidgetOutput(const std::string& path, float width, float height, const core::TextMetrics& metrics) {
    const std::string bytes = test_support::ReadFile(path);
    core::Widget w(metrics);
    w.Resize({width, height});
    w.PackArrived(path, bytes);
    REQUIRE(w.state().status == core::LoadStatus::Ready);
    REQUIRE(w.pack());
    std::string out = w.state().page_title + "\n" + core::StateToJson(w.state()) + "\n";
    for (core::View view : {core::View::Timeline, core::View::Amendments, core::View::Map}) {
        w.SetView(view);
        AddScene(w.scene(), out);
    }
    // Open the band of what came before day 0, as a reader would: click its toggle.
    w.SetView(core::View::Timeline);
    for (const core::HitArea& area : w.scene().hit_areas)
        if (area.target.control == core::ControlKind::ContextToggle) {
            core::PointerEvent press;
            press.position = {area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2 - w.state().scroll_y};
            w.Pointer(press);
            press.phase = core::PointerPhase::Up;
            w.Pointer(press);
            break;
        }
    AddScene(w.scene(), out);
    const core::Pack& pack = *w.pack();
    for (const std::string& id : core::SelectableIds(pack)) {
        // The details open under the item, in its view (the one a phone then shows).
        if (std::optional<core::View> view = core::ViewOf(pack, id)) w.SetView(*view);
        CHECK(w.Select(id));
        AddScene(w.scene(), out);
        out += w.state().page_title + "\n" + core::StateToJson(w.state()) + "\n";
    }
    return out;
}

struct Size {
    const char* name;
    float width, height;
};
constexpr Size kSizes[] = {{"phone", 390, 844}, {"tablet", 900, 1000}, {"wide", 1440, 900}};

}  // namespace

TEST_CASE("a made-up agreement is shown with none of the Gaza pack's words", "[no_pack_words]") {
    test_support::FixedMetrics metrics(7);
    const std::set<std::string> words =
        DistinctiveWords(test_support::ReadFile(kGazaPack), test_support::ReadFile(kOtherPack));
    // The names that matter most are among them, and the Gaza pack's own widget shows
    // each of them (so the check below could fail).
    const std::vector<std::string> names = {"Gaza",  "Hamas", "Israel",  "Israeli",   "Rafah", "Philadelphi", "Morag",
                                            "Netzarim", "Qatar", "Egypt", "Witkoff", "Netanyahu", "Trump"};
    std::string gaza;
    for (const Size& size : kSizes) gaza += WidgetOutput(kGazaPack, size.width, size.height, metrics);
    REQUIRE(words.size() > names.size());
    for (const std::string& name : names) {
        INFO("word: " << name);
        CHECK(words.count(name) == 1);
        CHECK(ContainsWord(gaza, name));
    }

    core::PackLoadResult other = core::LoadPack(test_support::ReadFile(kOtherPack));
    REQUIRE(other.pack);
    REQUIRE(other.diagnostics.items.empty());
    std::vector<std::pair<std::string, std::string>> outputs;  // where, what
    for (const Size& size : kSizes)
        outputs.push_back({size.name, WidgetOutput(kOtherPack, size.width, size.height, metrics)});
    outputs.push_back({"HTML export", core::PackToHtml(*other.pack)});
    for (const auto& [where, text] : outputs) {
        CHECK(text.find(other.pack->meta.title) != std::string::npos);  // it is the other pack that is shown
        for (const std::string& word : words) {
            INFO(where << ": \"" << word << "\"");
            CHECK_FALSE(ContainsWord(text, word));
        }
    }
}
