// text_layer.tests.cpp — the DOM text layer the page builds from the scene: one
// button per item with its title, its pressed state, controls with names, the map
// as a figure, the details as a region, and nothing the canvas does not draw.
#include <catch2/catch.hpp>

#include <set>

#include <nlohmann/json.hpp>

#include "core/state/widget.h"
#include "test_support.h"

namespace {

const char* kPackPath = "data/packs/gaza-framework-2025-07.json";

nlohmann::json Layer(core::Widget& widget) {
    nlohmann::json layer = nlohmann::json::parse(widget.TextLayerJson(), nullptr, false);
    REQUIRE_FALSE(layer.is_discarded());
    return layer;
}

std::string Text(const nlohmann::json& block) {
    std::string out;
    for (const auto& line : block["l"]) out += (out.empty() ? "" : " ") + line[4].get<std::string>();
    return out;
}

}  // namespace

TEST_CASE("every item of every view is a button named by its title, in the scene's order", "[text_layer]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.Resize({1440, 900});
    widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    const core::Pack& pack = *widget.pack();
    const nlohmann::json layer = Layer(widget);
    CHECK(layer["h"].get<float>() == Approx(widget.scene().height));
    CHECK(layer.contains("mapRect"));
    std::map<std::string, std::string> buttons;
    int headings = 0;
    size_t lines = 0, drawn = 0;
    for (const auto& block : layer["b"]) {
        lines += block["l"].size();
        if (block["e"] == "button" && block.contains("i")) buttons[block["t"]] = Text(block);
        headings += block["e"] == "h1" || block["e"] == "h2";
        CHECK(block["e"] != "");
    }
    for (const core::SceneText& t : widget.scene().texts)
        for (const std::string& line : t.lines) drawn += !line.empty();
    CHECK(lines == drawn);  // every drawn line once, nothing more
    CHECK(headings >= 4);   // the title and a heading per view
    for (const core::Amendment& a : pack.amendments) CHECK(buttons[a.id].find(a.title.substr(0, 20)) != std::string::npos);
    for (const core::Phase& p : pack.phases) CHECK(buttons.count(p.id) == 1);
    for (const core::Milestone& m : pack.milestones) CHECK(buttons.count(m.id) == 1);
    for (const core::MapFeature& f : pack.map.features)  // land and region names are not items
        CHECK(buttons.count(f.id) == (core::IsSelectableStyle(f.style) ? 1u : 0u));
    for (const auto& block : layer["b"])
        if (block["e"] == "button" && block.contains("i")) CHECK(block["pressed"] == false);
}

TEST_CASE("the selection is pressed and controls its details region; controls have names", "[text_layer]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.Resize({1440, 900});
    widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    REQUIRE(widget.Select("withdrawal-maps"));
    const nlohmann::json layer = Layer(widget);
    CHECK(layer["details"].get<std::string>().find("Change 3") != std::string::npos);
    CHECK(layer["map"].get<std::string>().find("Philadelphi corridor") != std::string::npos);
    int pressed = 0, in_details = 0, links = 0, checkboxes = 0, in_map = 0;
    bool zoom_named = false;
    for (const auto& block : layer["b"]) {
        if (block.value("pressed", false) && block.contains("i")) {
            ++pressed;
            CHECK(block["t"] == "withdrawal-maps");
            CHECK(block["expanded"] == true);
        }
        in_details += block.value("d", 0);
        in_map += block.value("m", 0);
        if (block.contains("href")) {
            ++links;
            CHECK(block["href"].get<std::string>().rfind("https://", 0) == 0);
        }
        checkboxes += block.contains("checked");
        if (block.value("t", "") == "control:zoom-in") zoom_named = block.value("label", "") == "Zoom the map in";
    }
    CHECK(pressed == 1);
    CHECK(in_details > 10);
    CHECK(links >= 5);  // the change's sources
    std::set<core::FeatureStyle> styles;
    for (const core::MapFeature& f : widget.pack()->map.features)
        if (f.style != core::FeatureStyle::Label) styles.insert(f.style);  // region names are no layer
    CHECK(checkboxes == static_cast<int>(styles.size()));  // one per map layer
    CHECK(in_map > 3);
    CHECK(zoom_named);
}

TEST_CASE("a message screen is text too", "[text_layer]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.Resize({390, 844});
    widget.LoadFailed("packs/x.json", "HTTP 404");
    const nlohmann::json layer = Layer(widget);
    std::string all;
    for (const auto& block : layer["b"]) all += Text(block) + "\n";
    CHECK(all.find("HTTP 404") != std::string::npos);
    CHECK_FALSE(layer.contains("map"));
}

TEST_CASE("each block is signed by its content: the page keeps what a selection leaves as it was", "[text_layer]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.Resize({1440, 900});
    widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    // Each block's signature, and the block without it.
    const auto signed_blocks = [&] {
        std::map<std::string, std::string> by_signature;
        const nlohmann::json layer = Layer(widget);
        for (nlohmann::json block : layer["b"]) {
            REQUIRE(block.contains("s"));
            const std::string signature = block["s"];
            CHECK(signature.size() == 16);
            block.erase("s");
            const std::string content = block.dump();
            // One content, one signature: two blocks alike are one element's worth.
            const auto [at, added] = by_signature.emplace(signature, content);
            if (!added) CHECK(at->second == content);
        }
        return by_signature;
    };
    const auto before = signed_blocks();
    const std::string id = widget.pack()->amendments.front().id;
    widget.Select(id);
    const auto after = signed_blocks();
    size_t kept = 0, changed = 0;
    for (const auto& [signature, content] : after) {
        const auto was = before.find(signature);
        if (was != before.end()) {
            CHECK(was->second == content);
            ++kept;
        } else {
            ++changed;
            UNSCOPED_INFO("new: " << content.substr(0, 120));
        }
    }
    // The change's button (now pressed), its details and what they push down are new;
    // the rest (the header, the other columns above it) is kept.
    CHECK(changed >= 2);
    CHECK(kept > changed);
    bool pressed_is_new = false;
    for (const auto& [signature, content] : after)
        if (!before.count(signature) && content.find("\"pressed\":true") != std::string::npos &&
            content.find("\"t\":\"" + id + "\"") != std::string::npos)
            pressed_is_new = true;
    CHECK(pressed_is_new);
}

TEST_CASE("the page's layer is the drawn frame's: none once the state has moved on, until the next frame",
          "[text_layer]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.Resize({1440, 900});
    widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    (void)widget.Frame();
    const int drawn_generation = widget.layout_generation();
    REQUIRE(widget.TextLayerJsonOfLastFrame());
    CHECK(*widget.TextLayerJsonOfLastFrame() == widget.TextLayerJson());  // nothing changed: the same layer

    // A selection between the frame and the page's task: the drawn frame's layer would
    // now mix its scene with the new state, so there is none, and nothing is laid out.
    REQUIRE(widget.Select("withdrawal-maps"));
    CHECK_FALSE(widget.TextLayerJsonOfLastFrame());
    CHECK(widget.layout_generation() == drawn_generation);

    (void)widget.Frame();
    CHECK(widget.layout_generation() == drawn_generation + 1);  // the frame that publishes it
    const std::optional<std::string> json = widget.TextLayerJsonOfLastFrame();
    REQUIRE(json);
    const nlohmann::json layer = nlohmann::json::parse(*json);
    int pressed = 0;
    for (const auto& block : layer["b"])
        if (block.value("pressed", false) && block.contains("i")) {
            ++pressed;
            CHECK(block["t"] == "withdrawal-maps");
        }
    CHECK(pressed == 1);
}

TEST_CASE("a change laid out outside a frame (a scroll, the items' list) has no layer until a frame draws it",
          "[text_layer]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.SetDocumentScrolls(true);  // as on the web, where the page's task asks for the layer
    widget.Resize({1440, 900});
    widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    (void)widget.Frame();
    REQUIRE(widget.TextLayerJsonOfLastFrame());

    // The page's API reads the items between the frame and the task: that lays the
    // selection out, but the canvas still shows the frame before it.
    REQUIRE(widget.Select("withdrawal-maps"));
    (void)widget.ItemsJson();
    CHECK_FALSE(widget.TextLayerJsonOfLastFrame());
    (void)widget.Frame();
    const std::optional<std::string> selected = widget.TextLayerJsonOfLastFrame();
    REQUIRE(selected);
    CHECK(selected->find("\"pressed\":true") != std::string::npos);

    // The document scrolls in the gap: the sticky map moves, in a layout no frame drew.
    widget.SetScroll(400);
    (void)widget.ItemsJson();
    CHECK_FALSE(widget.TextLayerJsonOfLastFrame());
    (void)widget.Frame();
    const std::optional<std::string> scrolled = widget.TextLayerJsonOfLastFrame();
    REQUIRE(scrolled);
    CHECK(*scrolled != *selected);  // the sticky block's text moved with it
    CHECK(*scrolled == widget.TextLayerJson());
}
