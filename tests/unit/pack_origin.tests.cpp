// pack_origin.tests.cpp — a shared link cannot load a pack from just anywhere.
#include <catch2/catch.hpp>

#include "core/state/pack_origin.h"
#include "core/state/widget.h"
#include "test_support.h"

using core::PackOriginVerdict;

TEST_CASE("origins are serialised the way browsers compare them", "[pack_origin]") {
    CHECK(core::UrlOrigin("https://News.Example.org/a/b.json?x#y") == "https://news.example.org");
    CHECK(core::UrlOrigin("https://news.example.org:443/p.json") == "https://news.example.org");
    CHECK(core::UrlOrigin("http://127.0.0.1:8080/") == "http://127.0.0.1:8080");
    CHECK(core::UrlOrigin("https://[::1]:8443/x") == "https://[::1]:8443");
    CHECK(core::UrlOrigin("file:///home/kiosk/accord.html") == "file://");
    CHECK_FALSE(core::UrlOrigin("packs/p.json"));
    CHECK_FALSE(core::UrlOrigin("javascript:alert(1)"));
    CHECK_FALSE(core::UrlOrigin("data:application/json,{}"));
    CHECK_FALSE(core::UrlOrigin("https://news.example.org@evil.example/p.json"));  // userinfo spoofing
    CHECK_FALSE(core::UrlOrigin("https://evil.example:99999/p.json"));
    CHECK_FALSE(core::UrlOrigin("https:///p.json"));
}

TEST_CASE("the build's list takes https origins only and names what it leaves out", "[pack_origin]") {
    std::vector<std::string> rejected;
    const auto origins = core::ParseAllowedOrigins(
        " https://Packs.Example.org, https://b.example:8443  http://evil.example https://c.example/path "
        "http://127.0.0.1:9000 https://packs.example.org",
        &rejected);
    CHECK(origins == std::vector<std::string>{"https://packs.example.org", "https://b.example:8443", "http://127.0.0.1:9000"});
    CHECK(rejected == std::vector<std::string>{"http://evil.example", "https://c.example/path"});
    CHECK(core::ParseAllowedOrigins("").empty());
}

TEST_CASE("a pack loads from the page's own origin or an allowed one, and no other", "[pack_origin]") {
    const std::vector<std::string> allowed{"https://packs.example.org"};
    const std::string page = "https://news.example.com/explainers/accord/?pack=x#item=a1";
    auto check = core::CheckPackOrigin(page, "https://news.example.com/explainers/accord/packs/p.json", allowed);
    CHECK(check.verdict == PackOriginVerdict::SameOrigin);
    check = core::CheckPackOrigin(page, "https://packs.example.org/p.json", allowed);
    CHECK(check.verdict == PackOriginVerdict::AllowedOrigin);
    CHECK(check.pack_host == "packs.example.org");
    check = core::CheckPackOrigin(page, "https://evil.example/fake.json", allowed);
    CHECK(check.verdict == PackOriginVerdict::Refused);
    CHECK(check.pack_origin == "https://evil.example");
    // Same host, other scheme or port: another origin.
    CHECK(core::CheckPackOrigin(page, "http://news.example.com/p.json", allowed).verdict == PackOriginVerdict::Refused);
    CHECK(core::CheckPackOrigin(page, "https://news.example.com:8443/p.json", allowed).verdict ==
          PackOriginVerdict::Refused);
    CHECK(core::CheckPackOrigin(page, "https://packs.example.org.evil.example/p.json", allowed).verdict ==
          PackOriginVerdict::Refused);
    CHECK(core::CheckPackOrigin(page, "", allowed).verdict == PackOriginVerdict::BadAddress);
    // The kiosk's single file: packs beside a file:// page, never a web pack.
    CHECK(core::CheckPackOrigin("file:///srv/kiosk/accord-kiosk.html", "file:///srv/kiosk/packs/p.json", allowed).verdict ==
          PackOriginVerdict::SameOrigin);
    CHECK(core::CheckPackOrigin("file:///srv/kiosk/accord-kiosk.html", "https://evil.example/p.json", allowed).verdict ==
          PackOriginVerdict::Refused);
}

TEST_CASE("a refused pack shows a message naming its address, and an allowed one says where it is from",
          "[pack_origin][widget]") {
    test_support::FixedMetrics metrics;
    core::Widget widget(metrics);
    widget.Resize({1440, 900});
    const auto refused = core::CheckPackOrigin("https://news.example.com/", "https://evil.example/fake.json", {});
    widget.LoadRefused("https://evil.example/fake.json", refused);
    CHECK(widget.state().status == core::LoadStatus::Error);
    CHECK(widget.state().error.rfind("refused-origin:", 0) == 0);
    CHECK_FALSE(widget.pack());
    const std::string layer = widget.TextLayerJson();
    CHECK(layer.find("https://evil.example/fake.json") != std::string::npos);
    CHECK(layer.find("evil.example") != std::string::npos);
    CHECK(layer.find("This content was not loaded") != std::string::npos);

    const std::string path = "data/packs/gaza-framework-2025-07.json";
    widget.LoadStarted(path, "packs.example.org");
    widget.PackArrived(path, test_support::ReadFile(path));
    REQUIRE(widget.state().status == core::LoadStatus::Ready);
    CHECK(widget.state().pack_host == "packs.example.org");
    CHECK(widget.TextLayerJson().find("Content from packs.example.org, not from this site") != std::string::npos);
    // The reader's own dropped file is not from afar.
    widget.PackArrived("dropped file p.json", test_support::ReadFile(path));
    CHECK(widget.state().pack_host.empty());
    CHECK(widget.TextLayerJson().find("not from this site") == std::string::npos);
}
