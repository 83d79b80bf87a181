// qr_code.tests.cpp — libqrencode's codes as scene rectangles; a kiosk's sources get one.
#include <catch2/catch.hpp>

#include "core/layout/qr_code.h"
#include "core/state/widget.h"
#include "test_support.h"

TEST_CASE("a QR code: the standard's size and finder patterns, drawn in whole pixels", "[qr]") {
    const auto code = core::EncodeQr("https://www.reuters.com/world/middle-east/some-long-article-address-2025-07-04/");
    REQUIRE(code);
    CHECK((code->size - 21) % 4 == 0);  // version v is 17 + 4v modules
    CHECK(code->size >= 29);
    // The three finder patterns: a dark 7x7 ring with a 3x3 centre, in three corners.
    for (auto [cx, cy] : {std::pair{0, 0}, {code->size - 7, 0}, {0, code->size - 7}}) {
        for (int i = 0; i < 7; ++i) {
            CHECK(code->Dark(cx + i, cy));
            CHECK(code->Dark(cx + i, cy + 6));
            CHECK(code->Dark(cx, cy + i));
            CHECK(code->Dark(cx + 6, cy + i));
        }
        CHECK_FALSE(code->Dark(cx + 1, cy + 1));
        CHECK(code->Dark(cx + 3, cy + 3));
    }
    core::Scene scene;
    const float drawn = core::AddQrCode(scene, *code, {10.4f, 20.6f}, 144);
    const float module = drawn / static_cast<float>(code->size + 8);
    CHECK(module == Approx(std::floor(module)));
    CHECK(module >= 2);
    REQUIRE(scene.rects.size() > 1);
    CHECK(scene.rects.front().fill == core::ColorRole::QrLight);  // the quiet zone under it all
    CHECK(scene.rects.front().rect.x == 10);
    size_t dark_modules = 0;
    for (unsigned char d : code->dark) dark_modules += d;
    float dark_area = 0;
    for (size_t i = 1; i < scene.rects.size(); ++i) {
        CHECK(scene.rects[i].fill == core::ColorRole::QrDark);
        dark_area += scene.rects[i].rect.w * scene.rects[i].rect.h;
    }
    CHECK(dark_area == Approx(dark_modules * module * module));
    CHECK(scene.rects.size() - 1 < dark_modules);  // runs, not one rectangle a module

    CHECK(core::AddQrCode(scene, *code, {0, 0}, 40) == 0);  // under 2 px a module: not drawn
    CHECK_FALSE(core::EncodeQr(""));
    CHECK_FALSE(core::EncodeQr(std::string(5000, 'a')));
}

TEST_CASE("a kiosk draws a QR code beside each source of the selection, and names it", "[qr][widget]") {
    test_support::FixedMetrics metrics(7);
    core::Widget widget(metrics);
    widget.Resize({1920, 1080});
    const char* path = "data/packs/gaza-framework-2025-07.json";
    widget.PackArrived(path, test_support::ReadFile(path));
    widget.Select("guarantees");
    auto codes = [&] {
        std::vector<std::string> links;
        for (const core::SceneText& t : widget.scene().texts)
            if (t.link_code.w > 0) links.push_back(t.link);
        return links;
    };
    CHECK(codes().empty());  // a reader's page has links, not codes
    widget.SetKiosk(core::KioskSettings::On(60, 90));
    widget.Select("guarantees");
    const std::vector<std::string> links = codes();
    REQUIRE(links.size() >= 3);
    for (const std::string& link : links) CHECK(link.rfind("https://", 0) == 0);
    const std::string layer = widget.TextLayerJson();
    CHECK(layer.find("\"qrLabel\":\"QR code of " + links.front() + "\"") != std::string::npos);
    CHECK(layer.find("\"href\"") == std::string::npos);  // and no links out
}
