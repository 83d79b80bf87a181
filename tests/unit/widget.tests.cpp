// widget.tests.cpp — the controller driven as the platform drives it, with no SDL:
// keyboard focus order and its edges, clicks and taps on items and controls, wheel
// and pinch zoom about a point, drags, deep links, reloads, bad input, idle.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "core/pack/pack_loader.h"
#include "core/state/widget.h"
#include "test_support.h"

namespace {

const char* kPackPath = "data/packs/gaza-framework-2025-07.json";

struct Fixture {
    test_support::FixedMetrics metrics{7};
    core::Widget widget{metrics};
    std::vector<std::string> warnings;

    explicit Fixture(float width = 1440, float height = 900, bool load = true) {
        widget.log = [this](bool, const std::string& text) { warnings.push_back(text); };
        widget.Resize({width, height});
        if (load) widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    }

    // The centre of `id`'s hit area, in view coordinates (scroll applied).
    core::Vec2 CentreOf(const core::HitTarget& target) {
        for (const core::HitArea& area : widget.scene().Targets(true))
            if (area.target == target)
                return {area.rect.x + area.rect.w / 2, area.rect.y + area.rect.h / 2 - widget.state().scroll_y};
        FAIL("no hit area for " << core::TargetName(target));
        return {};
    }

    void Click(core::Vec2 at, core::PointerKind kind = core::PointerKind::Mouse) {
        widget.Pointer({core::PointerPhase::Down, kind, at, true});
        widget.Pointer({core::PointerPhase::Up, kind, at, true});
    }
    void Key(core::Key key, bool shift = false) {
        core::KeyEvent event{key, {}};
        event.modifiers.shift = shift;
        widget.KeyDown(event);
    }
    // Where a map point feature's marker is drawn, in view coordinates.
    core::Vec2 MarkerOf(const std::string& id) {
        for (const core::SceneMarker& m : widget.scene().markers)
            if (m.item_id == id) return {m.center.x, m.center.y - widget.state().scroll_y};
        FAIL("no marker for " << id);
        return {};
    }
};

}  // namespace

TEST_CASE("Tab walks every item and control in reading order and leaves at both ends", "[widget]") {
    Fixture f;
    const std::vector<core::HitArea> order = f.widget.scene().Targets(true);
    REQUIRE(order.size() > 20);

    SECTION("forwards") {
        f.widget.FocusEnter(false);
        std::vector<core::HitTarget> seen;
        for (size_t i = 0; i < order.size() && !f.widget.state().focus.Empty(); ++i) {
            seen.push_back(f.widget.state().focus);
            if (i + 1 < order.size()) CHECK_FALSE(f.widget.FocusAtEdge(false));
            f.Key(core::Key::Tab);
        }
        REQUIRE(seen.size() == order.size());
        for (size_t i = 0; i < order.size(); ++i) CHECK(seen[i] == order[i].target);
        CHECK(f.widget.state().focus.Empty());  // Tab at the last item left the widget
    }
    SECTION("backwards") {
        f.widget.FocusEnter(true);
        CHECK(f.widget.state().focus == order.back().target);
        CHECK(f.widget.FocusAtEdge(false));
        for (size_t i = 1; i < order.size(); ++i) f.Key(core::Key::Tab, true);
        CHECK(f.widget.state().focus == order.front().target);
        CHECK(f.widget.FocusAtEdge(true));
        f.Key(core::Key::Tab, true);
        CHECK(f.widget.state().focus.Empty());
    }
    SECTION("the arrows move one step each way, and a blur clears the ring") {
        f.widget.FocusEnter(false);
        f.Key(core::Key::Right);
        f.Key(core::Key::Down);
        CHECK(f.widget.state().focus == order[2].target);
        f.Key(core::Key::Left);
        CHECK(f.widget.state().focus == order[1].target);
        f.widget.Blur();
        CHECK(f.widget.state().focus.Empty());
    }
}

TEST_CASE("Enter selects the focused item, again clears it; Escape clears", "[widget]") {
    Fixture f;
    f.widget.FocusEnter(false);
    while (!f.widget.state().focus.IsItem()) f.Key(core::Key::Tab);
    const std::string id = f.widget.state().focus.item_id;
    f.Key(core::Key::Enter);
    CHECK(f.widget.state().selected_id == id);
    CHECK(f.widget.state().highlighted.count(id) == 1);
    f.Key(core::Key::Enter);
    CHECK(f.widget.state().selected_id.empty());
    f.Key(core::Key::Space);
    CHECK(f.widget.state().selected_id == id);
    f.Key(core::Key::Escape);
    CHECK(f.widget.state().selected_id.empty());
    CHECK(f.widget.state().highlighted.empty());
}

TEST_CASE("the focus order reaches the details' linked items and their close button", "[widget]") {
    Fixture f;
    REQUIRE(f.widget.Select("withdrawal-maps"));
    // The details are inline under the card: Tab reaches the card, its linked chips,
    // then Close, in reading order.
    f.widget.FocusEnter(false);
    std::vector<core::HitTarget> seen;
    for (int i = 0; i < 200 && f.widget.state().focus.control != core::ControlKind::CloseDetails; ++i) {
        seen.push_back(f.widget.state().focus);
        f.Key(core::Key::Tab);
    }
    REQUIRE(f.widget.state().focus.control == core::ControlKind::CloseDetails);
    const auto card = std::find(seen.begin(), seen.end(), core::HitTarget::Item("withdrawal-maps"));
    REQUIRE(card != seen.end());
    CHECK(std::find(card, seen.end(), core::HitTarget::Item("philadelphi-corridor")) != seen.end());  // a chip
    f.Key(core::Key::Enter);
    CHECK(f.widget.state().selected_id.empty());
}

TEST_CASE("a click selects what is under it; a click on empty space clears", "[widget]") {
    Fixture f;
    int clicked = 0;
    for (const core::HitArea& area : f.widget.scene().Targets(false, 0, 900)) {
        const core::Vec2 at = f.CentreOf(area.target);
        if (at.y < 0 || at.y > 900) continue;
        f.widget.Select("");
        f.Click(at);
        INFO("item " << area.target.item_id);
        CHECK(f.widget.state().selected_id == area.target.item_id);
        ++clicked;
    }
    CHECK(clicked > 10);
    CHECK(f.widget.state().clicks == clicked);
    f.Click({2, 2});  // the page's margin
    CHECK(f.widget.state().selected_id.empty());

    SECTION("a press that moves is a drag, not a click") {
        const core::Vec2 at = f.CentreOf(core::HitTarget::Item("guarantees"));
        f.widget.Pointer({core::PointerPhase::Down, core::PointerKind::Mouse, at, true});
        f.widget.Pointer({core::PointerPhase::Move, core::PointerKind::Mouse, {at.x, at.y - 30}, true});
        f.widget.Pointer({core::PointerPhase::Up, core::PointerKind::Mouse, {at.x, at.y - 30}, true});
        CHECK(f.widget.state().selected_id.empty());
    }
}

TEST_CASE("the map's controls zoom, reset and switch layers", "[widget]") {
    Fixture f;
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ZoomIn)));
    CHECK(f.widget.state().map_zoom == Approx(1.5f));
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ZoomOut)));
    CHECK(f.widget.state().map_zoom == Approx(1.0f));
    f.Key(core::Key::Plus);
    f.Key(core::Key::Plus);
    CHECK(f.widget.state().map_zoom == Approx(1.5625f));
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ZoomReset)));
    CHECK(f.widget.state().map_zoom == 1);

    const core::HitTarget buffer =
        core::HitTarget::Control(core::ControlKind::LayerToggle, static_cast<int>(core::FeatureStyle::Buffer));
    f.Click(f.CentreOf(buffer));
    CHECK(f.widget.state().hidden_layers.count(core::FeatureStyle::Buffer) == 1);
    CHECK(core::StateToJson(f.widget.state()).find("\"hiddenLayers\":[\"buffer\"]") != std::string::npos);
    f.Click(f.CentreOf(buffer));
    CHECK(f.widget.state().hidden_layers.empty());
}

TEST_CASE("the context band opens and closes, and its events become items", "[widget]") {
    Fixture f;
    const size_t before = f.widget.scene().Targets(false).size();
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ContextToggle)));
    CHECK(f.widget.scene().Targets(false).size() > before);
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ContextToggle)));
    CHECK(f.widget.scene().Targets(false).size() == before);
}

TEST_CASE("wheel and pinch zoom the map about the pointer", "[widget]") {
    Fixture f;
    const core::Vec2 rafah = f.MarkerOf("rafah-crossing");
    f.widget.Wheel({rafah, 1, {}});
    CHECK(f.widget.state().map_zoom == Approx(1.25f));
    core::Vec2 after = f.MarkerOf("rafah-crossing");
    CHECK(after.x == Approx(rafah.x).margin(1));
    CHECK(after.y == Approx(rafah.y).margin(1));

    f.widget.Pinch({rafah, 2.0f});
    CHECK(f.widget.state().map_zoom == Approx(2.5f));
    after = f.MarkerOf("rafah-crossing");
    CHECK(after.x == Approx(rafah.x).margin(1));
    CHECK(after.y == Approx(rafah.y).margin(1));

    for (int i = 0; i < 40; ++i) f.widget.Wheel({rafah, 1, {}});
    CHECK(f.widget.state().map_zoom == Approx(16));  // clamped
    for (int i = 0; i < 40; ++i) f.widget.Wheel({rafah, -1, {}});
    CHECK(f.widget.state().map_zoom == 1);

    SECTION("dragging inside the map pans it") {
        f.widget.Pinch({rafah, 2.0f});
        const core::Vec2 before = f.MarkerOf("rafah-crossing");
        f.widget.Pointer({core::PointerPhase::Down, core::PointerKind::Mouse, before, true});
        f.widget.Pointer({core::PointerPhase::Move, core::PointerKind::Mouse, {before.x + 40, before.y + 25}, true});
        f.widget.Pointer({core::PointerPhase::Up, core::PointerKind::Mouse, {before.x + 40, before.y + 25}, true});
        const core::Vec2 moved = f.MarkerOf("rafah-crossing");
        CHECK(moved.x == Approx(before.x + 40).margin(1));
        CHECK(moved.y == Approx(before.y + 25).margin(1));
    }
}

TEST_CASE("on a phone the wheel and a drag scroll, the tabs switch views, taps grow targets", "[widget]") {
    Fixture f(390, 844);
    CHECK(f.widget.state().layout == core::LayoutMode::Phone);
    REQUIRE(f.widget.scene().height > 844);
    f.widget.Wheel({200, 400, -2, {}});
    CHECK(f.widget.state().scroll_y == Approx(96));
    f.widget.Pointer({core::PointerPhase::Down, core::PointerKind::Touch, {200, 500}, true});
    f.widget.Pointer({core::PointerPhase::Move, core::PointerKind::Touch, {200, 470}, true});
    f.widget.Pointer({core::PointerPhase::Up, core::PointerKind::Touch, {200, 470}, true});
    CHECK(f.widget.state().scroll_y == Approx(126));
    f.Key(core::Key::Home);
    CHECK(f.widget.state().scroll_y == 0);
    f.Key(core::Key::PageDown);
    CHECK(f.widget.state().scroll_y == Approx(844 * 0.85f));

    // The tap made it a touch screen: every target is at least 44 px.
    for (const core::HitArea& area : f.widget.scene().hit_areas) {
        CHECK(area.rect.w >= 44);
        CHECK(area.rect.h >= 44);
    }
    f.Key(core::Key::Home);
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ViewTab, static_cast<int>(core::View::Map))),
            core::PointerKind::Touch);
    CHECK(f.widget.state().view == core::View::Map);
    CHECK(f.widget.state().scroll_y == 0);

    SECTION("a linked item chosen in the details opens its view") {
        f.widget.SetView(core::View::Amendments);
        REQUIRE(f.widget.Select("withdrawal-maps"));
        // The chip of a linked map feature, inside the details panel under the card.
        const core::Scene& scene = f.widget.scene();
        core::Rect panel;
        for (const core::HitArea& area : scene.hit_areas)
            if (area.target.control == core::ControlKind::DetailsPanel) panel = area.rect;
        REQUIRE(panel.w > 0);
        const core::HitArea* linked = nullptr;
        for (const core::HitArea& area : scene.hit_areas)
            if (area.target.item_id == "philadelphi-corridor" && panel.Contains({area.rect.x + 1, area.rect.y + 1}))
                linked = &area;
        REQUIRE(linked);
        f.widget.SetScroll(0);
        f.widget.Wheel({10, 10, -(linked->rect.y - 200) / 48, {}});  // bring it on screen
        const float y = linked->rect.y + linked->rect.h / 2 - f.widget.state().scroll_y;
        f.Click({linked->rect.x + linked->rect.w / 2, y}, core::PointerKind::Touch);
        CHECK(f.widget.state().selected_id == "philadelphi-corridor");
        CHECK(f.widget.state().view == core::View::Map);
    }
}

TEST_CASE("a deep link lands on its item and view once the pack is in, without a fade", "[widget]") {
    Fixture f(390, 844, false);
    f.widget.LoadStarted("packs/x.json");
    f.widget.ApplyPlace("#item=philadelphi-corridor&view=map");
    CHECK(f.widget.state().status == core::LoadStatus::Loading);
    CHECK(f.widget.state().selected_id.empty());
    f.widget.Tick(1000);
    f.widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    CHECK(f.widget.state().selected_id == "philadelphi-corridor");
    CHECK(f.widget.state().view == core::View::Map);
    CHECK(f.widget.Frame().dim_alpha == Approx(0.28f));  // at once: no fade

    SECTION("a bad place is ignored with a warning") {
        f.widget.ApplyPlace("#item=no-such-thing&view=globe");
        CHECK(f.widget.state().selected_id.empty());
        CHECK(f.widget.state().view == core::View::Timeline);
        CHECK(f.warnings.size() >= 2);
    }
}

TEST_CASE("a reload of the same pack keeps the selection and the scroll", "[widget]") {
    Fixture f(390, 844);
    REQUIRE(f.widget.Select("day-7"));
    f.widget.Wheel({200, 60, -3, {}});  // above the details panel
    const float scroll = f.widget.state().scroll_y;
    REQUIRE(scroll > 0);
    f.widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
    CHECK(f.widget.state().selected_id == "day-7");
    CHECK(f.widget.state().scroll_y == scroll);

    SECTION("a reload that breaks the pack shows its errors, and a fix brings the place back") {
        f.widget.PackArrived(kPackPath, "{ \"format\": ");
        CHECK(f.widget.state().status == core::LoadStatus::Error);
        CHECK(f.widget.state().error.find(kPackPath) != std::string::npos);
        CHECK_FALSE(f.widget.scene().texts.empty());  // the message, never a blank view
        f.widget.PackArrived(kPackPath, test_support::ReadFile(kPackPath));
        CHECK(f.widget.state().status == core::LoadStatus::Ready);
        CHECK(f.widget.state().selected_id == "day-7");
    }
}

TEST_CASE("bad host commands are refused with a warning and change nothing", "[widget]") {
    Fixture f;
    f.warnings.clear();  // the pack's own warnings (W003 and the like) are not the point here
    CHECK_FALSE(f.widget.Select("no-such-item"));
    CHECK_FALSE(f.widget.Select("<script>"));
    CHECK(f.widget.state().selected_id.empty());
    CHECK(f.warnings.size() == 2);
    f.widget.LoadFailed("https://example.org/p.json", "HTTP 404 Not Found");
    CHECK(f.widget.state().status == core::LoadStatus::Error);
    CHECK(f.widget.state().error.find("HTTP 404") != std::string::npos);
    CHECK_FALSE(f.widget.scene().texts.empty());
    CHECK(f.widget.IsClickableAt({700, 300}) == false);
    f.Click({700, 300});  // clicks on an error message do nothing
    CHECK(f.widget.state().selected_id.empty());
}

TEST_CASE("an idle widget asks for no frames; a fade asks for frames until it ends", "[widget]") {
    Fixture f;
    f.widget.Tick(0);
    f.widget.Frame();
    CHECK_FALSE(f.widget.NeedsRedraw());
    f.widget.Tick(5000);
    f.widget.Pointer({core::PointerPhase::Move, core::PointerKind::Mouse, {300, 300}, false});  // hover
    CHECK_FALSE(f.widget.NeedsRedraw());
    CHECK(f.widget.TakeStateChanged());  // the load
    CHECK_FALSE(f.widget.TakeStateChanged());

    REQUIRE(f.widget.Select("guarantees"));
    CHECK(f.widget.TakeStateChanged());
    CHECK(f.widget.NeedsRedraw());
    CHECK(f.widget.Frame().dim_alpha == Approx(1.0f));
    CHECK(f.widget.NeedsRedraw());  // the fade runs
    f.widget.Tick(5080);
    CHECK(f.widget.Frame().dim_alpha == Approx(1.0f - 0.5f * 0.72f));
    f.widget.Tick(5200);
    CHECK(f.widget.Frame().dim_alpha == Approx(0.28f));
    CHECK_FALSE(f.widget.NeedsRedraw());

    SECTION("with reduced motion there is no fade") {
        f.widget.SetReducedMotion(true);
        REQUIRE(f.widget.Select("aid-protocols"));
        CHECK(f.widget.Frame().dim_alpha == Approx(0.28f));
        CHECK_FALSE(f.widget.NeedsRedraw());
    }
}

TEST_CASE("a selection revealed by the widget's own scrolling is drawn with the sticky map where it landed",
          "[widget]") {
    Fixture f(1440, 900);  // natively the widget scrolls itself; the wide layout's map is sticky
    f.widget.Frame();
    const std::vector<core::HitArea> items = f.widget.scene().Targets(false);
    REQUIRE(!items.empty());
    const core::HitArea far = *std::max_element(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.rect.Bottom() < b.rect.Bottom();
    });
    REQUIRE(far.rect.Bottom() > 900);  // below the view: selecting it scrolls
    REQUIRE(f.widget.Select(far.target.item_id));
    f.widget.RevealSelection();
    f.widget.SetReducedMotion(true);
    const core::FrameView frame = f.widget.Frame();
    const core::Rect drawn_map = frame.scene->map_viewport;  // before anything lays out again
    const float scroll = frame.scroll_y;
    CHECK(scroll > 0);
    CHECK(drawn_map.y >= scroll);  // the map kept in sight
    CHECK(drawn_map.y < scroll + 900);
    // The frame drew the layout of that scroll: nothing is left to lay out (or redraw).
    const int generation = f.widget.layout_generation();
    (void)f.widget.scene();
    CHECK(f.widget.layout_generation() == generation);
    CHECK_FALSE(f.widget.NeedsRedraw());
}

TEST_CASE("the page API's items are the visible selectable items in view pixels", "[widget]") {
    Fixture f(390, 844);
    const std::string json = f.widget.ItemsJson();
    CHECK(json.front() == '[');
    CHECK(json.find("\"id\":\"") != std::string::npos);
    CHECK(json.find("control:") == std::string::npos);
    f.widget.SetView(core::View::Amendments);
    CHECK(f.widget.ItemsJson().find("\"id\":\"guarantees\"") != std::string::npos);
    CHECK(core::StateToJson(f.widget.state()).find("\"view\":\"amendments\"") != std::string::npos);
}

TEST_CASE("when the document scrolls, the page owns the wheel, drags and paging keys", "[widget]") {
    Fixture f(390, 844);
    f.widget.SetDocumentScrolls(true);
    CHECK_FALSE(f.widget.Wheel({200, 400, -2, {}}));  // the page scrolls instead
    CHECK(f.widget.state().scroll_y == 0);
    f.Key(core::Key::PageDown);
    CHECK(f.widget.state().scroll_y == 0);
    CHECK_FALSE(f.widget.TakeScrollRequest());

    f.widget.SetScroll(300);  // the page scrolled: the canvas shows that slice
    CHECK(f.widget.state().scroll_y == 300);
    f.widget.SetScroll(1e9f);
    CHECK(f.widget.state().scroll_y == Approx(f.widget.scene().height - 844));
    f.widget.SetScroll(0);

    SECTION("a deep link asks the page to scroll to its item") {
        f.widget.ApplyPlace("#item=day-50");
        const std::optional<float> request = f.widget.TakeScrollRequest();
        REQUIRE(request);
        CHECK(*request > 844);
        CHECK(f.widget.state().scroll_y == 0);  // until the page says it has scrolled
    }
    SECTION("the map zooms on the wheel once the reader has pressed in it") {
        f.widget.SetView(core::View::Map);
        const core::Vec2 rafah = f.MarkerOf("rafah-crossing");
        CHECK_FALSE(f.widget.Wheel({rafah, 1, {}}));
        core::WheelEvent ctrl{rafah, 1, {}};
        ctrl.modifiers.ctrl = true;
        CHECK(f.widget.Wheel(ctrl));
        CHECK(f.widget.state().map_zoom == Approx(1.25f));
        f.widget.Pointer({core::PointerPhase::Down, core::PointerKind::Mouse, rafah, true});
        f.widget.Pointer({core::PointerPhase::Up, core::PointerKind::Mouse, rafah, true});
        CHECK(f.widget.Wheel({rafah, 1, {}}));
        CHECK(f.widget.state().map_zoom == Approx(1.5625f));
    }
    SECTION("focus and activation come from the page's elements") {
        const core::HitTarget tab = core::HitTarget::Control(core::ControlKind::ViewTab, static_cast<int>(core::View::Map));
        f.widget.SetFocus(tab);
        CHECK(f.widget.state().focus == tab);
        f.widget.Activate(tab);
        CHECK(f.widget.state().view == core::View::Map);
        f.widget.SetFocus(core::HitTarget::Item("no-such-item"));
        CHECK(f.widget.state().focus.Empty());
    }
}

TEST_CASE("a kiosk left alone tours the pack, counts down, resets; any touch cancels", "[widget][kiosk]") {
    Fixture f(1920, 1080);
    core::KioskSettings kiosk;
    kiosk.enabled = true;
    f.widget.Tick(0);
    f.widget.SetKiosk(kiosk);
    f.Click(f.CentreOf(core::HitTarget::Control(core::ControlKind::ZoomIn)));  // a visitor zooms the map
    REQUIRE(f.widget.state().map_zoom > 1);
    for (const core::HitArea& area : f.widget.scene().hit_areas) {  // kiosk targets: 48 px
        CHECK(area.rect.w >= 48);
        CHECK(area.rect.h >= 48);
    }
    auto at = [&](double seconds) {
        f.widget.Tick(seconds * 1000);
        f.widget.Frame();
        return f.widget.state();
    };
    CHECK(at(59).kiosk_phase == core::KioskPhase::Interactive);
    CHECK(at(59).selected_id.empty());

    core::AppState s = at(60);  // the attract loop: a milestone, a change, a map feature...
    CHECK(s.kiosk_phase == core::KioskPhase::Attract);
    CHECK(s.selected_id == f.widget.pack()->milestones[0].id);
    bool prompt = false;
    for (const core::SceneText& t : f.widget.scene().texts)
        for (const std::string& line : t.lines) prompt |= line == "Touch to explore";
    CHECK(prompt);
    CHECK(at(66).selected_id == f.widget.pack()->amendments[0].id);
    CHECK(at(72).selected_id == f.widget.pack()->map.features[0].id);
    CHECK(core::StateToJson(f.widget.state()).find("\"kiosk\":{\"phase\":\"attract\"") != std::string::npos);

    s = at(80.5);  // ten seconds before the reset: the countdown
    CHECK(s.kiosk_phase == core::KioskPhase::Countdown);
    CHECK(s.kiosk_countdown == 10);
    CHECK(at(85.2).kiosk_countdown == 5);
    bool countdown = false;
    for (const core::SceneText& t : f.widget.scene().texts)
        for (const std::string& line : t.lines) countdown |= line == "Starting again in 5 seconds";
    CHECK(countdown);

    SECTION("the reset brings back the start, and the tour goes on from there") {
        s = at(90);
        CHECK(s.map_zoom == 1);
        CHECK(s.kiosk_phase == core::KioskPhase::Attract);
        CHECK(s.selected_id == f.widget.pack()->milestones[0].id);
        CHECK(at(200).kiosk_phase == core::KioskPhase::Attract);  // no second countdown until a visitor comes
        // A week unattended: the tour keeps moving and never resets again.
        std::set<std::string> seen;
        for (double t = 200; t < 7 * 24 * 3600; t += 3600 + 6) seen.insert(at(t).selected_id);
        CHECK(seen.size() > 5);
        CHECK(f.widget.state().kiosk_phase == core::KioskPhase::Attract);
    }
    SECTION("a touch in the countdown cancels it and keeps what is on screen") {
        const std::string shown = f.widget.state().selected_id;
        f.widget.Pointer({core::PointerPhase::Down, core::PointerKind::Touch, {5, 5}, true});
        f.widget.Pointer({core::PointerPhase::Up, core::PointerKind::Touch, {5, 5}, true});
        s = at(86);
        CHECK(s.kiosk_phase == core::KioskPhase::Interactive);
        CHECK(s.kiosk_countdown == 0);
        CHECK(at(86 + 59).kiosk_phase == core::KioskPhase::Interactive);
        CHECK(at(86 + 60).kiosk_phase == core::KioskPhase::Attract);  // idle again, from that touch
        (void)shown;
    }
    SECTION("shorter periods are honoured") {
        kiosk.idle_s = 5;
        kiosk.reset_s = 20;
        f.widget.Tick(100 * 1000);
        f.widget.SetKiosk(kiosk);
        CHECK(at(104).kiosk_phase == core::KioskPhase::Interactive);
        CHECK(at(105).kiosk_phase == core::KioskPhase::Attract);
        CHECK(at(110).kiosk_phase == core::KioskPhase::Countdown);
    }
}

TEST_CASE("Share: a header button where the platform can share, a request, then a passing notice", "[widget][share]") {
    Fixture f;
    const core::HitTarget share = core::HitTarget::Control(core::ControlKind::Share);
    auto has_share = [&] {
        for (const core::HitArea& area : f.widget.scene().Targets(true))
            if (area.target == share) return true;
        return false;
    };
    CHECK_FALSE(has_share());  // natively, and until the platform says it can
    f.widget.SetCanShare(true);
    REQUIRE(has_share());
    CHECK(f.widget.TextLayerJson().find("\"t\":\"control:share\"") != std::string::npos);

    f.widget.Select("guarantees");
    f.widget.Tick(1000);
    f.Click(f.CentreOf(share));
    std::optional<core::Widget::ShareRequest> request = f.widget.TakeShareRequest();
    REQUIRE(request);
    CHECK(request->title.rfind(f.widget.state().selected_title, 0) == 0);
    CHECK(f.widget.state().selected_id == "guarantees");  // sharing does not change the place
    CHECK_FALSE(f.widget.TakeShareRequest());             // one click, one request

    f.widget.ShareFinished(core::Widget::ShareOutcome::Copied, "https://news.example/accord/#item=guarantees");
    CHECK(f.widget.state().notice == "Link copied");
    CHECK(f.widget.TextLayerJson().find("Link copied") != std::string::npos);
    f.widget.Tick(4900);
    CHECK_FALSE(f.widget.state().notice.empty());
    f.widget.Tick(5100);
    CHECK(f.widget.state().notice.empty());
    CHECK(f.widget.TextLayerJson().find("Link copied") == std::string::npos);

    SECTION("without a clipboard the link itself is shown, to copy by hand") {
        f.widget.ShareFinished(core::Widget::ShareOutcome::CopyByHand, "https://news.example/accord/#item=guarantees");
        CHECK(f.widget.state().notice == "Copy this link");
        CHECK(f.widget.TextLayerJson().find("https://news.example/accord/#item=guarantees") != std::string::npos);
    }
    SECTION("a share sheet closed by the reader says nothing") {
        f.widget.ShareFinished(core::Widget::ShareOutcome::Cancelled, "https://news.example/accord/");
        CHECK(f.widget.state().notice.empty());
    }
    SECTION("a kiosk has no way out: no Share button") {
        f.widget.SetKiosk(core::KioskSettings::On(60, 90));
        CHECK_FALSE(has_share());
    }
}

TEST_CASE("a pack with several editions gets a switch, each named in its own language", "[widget][language]") {
    Fixture f;
    auto language_targets = [&] {
        std::vector<core::HitTarget> out;
        for (const core::HitArea& area : f.widget.scene().Targets(true))
            if (area.target.control == core::ControlKind::Language) out.push_back(area.target);
        return out;
    };
    CHECK(language_targets().empty());  // only where the platform can open another edition
    f.widget.SetCanSwitchLanguage(true);
    const std::vector<core::HitTarget> targets = language_targets();
    REQUIRE(targets.size() == 1);  // English is shown: the one other edition, Arabic
    bool named = false;  // as written (the DOM's), shaped for drawing
    for (const core::SceneText& t : f.widget.scene().texts)
        named |= !t.logical_lines.empty() && t.logical_lines.front() == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9";
    CHECK(named);
    f.widget.Activate(targets.front());
    const std::optional<core::Widget::LanguageRequest> request = f.widget.TakeLanguageRequest();
    REQUIRE(request);
    CHECK(request->language == "ar");
    CHECK_FALSE(request->original);
    CHECK_FALSE(f.widget.TakeLanguageRequest());
}

TEST_CASE("a pack's diagnostics reach the log as one message per severity, one diagnostic a line", "[widget]") {
    Fixture f(1440, 900, false);
    std::vector<std::pair<bool, std::string>> logged;
    f.widget.log = [&](bool is_error, const std::string& text) { logged.emplace_back(is_error, text); };
    // Two errors (a missing title, a certainty no claim may have) and the shipped pack's warnings.
    std::string broken = test_support::ReadFile(kPackPath);
    const auto replace = [&](const std::string& from, const std::string& to) {
        const size_t at = broken.find(from);
        REQUIRE(at != std::string::npos);
        broken.replace(at, from.size(), to);
    };
    replace("\"title\":", "\"titel\":");
    replace("\"certainty\": \"confirmed\"", "\"certainty\": \"sure\"");
    f.widget.PackArrived(kPackPath, broken);
    REQUIRE(f.widget.state().status == core::LoadStatus::Error);
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].first);
    CHECK_FALSE(logged[1].first);
    const auto lines = [](const std::string& text) { return 1 + std::count(text.begin(), text.end(), '\n'); };
    CHECK(lines(logged[0].second) == f.widget.state().error_count);
    CHECK(lines(logged[1].second) == f.widget.state().warning_count);
    CHECK(f.widget.state().error_count >= 2);
    CHECK(logged[0].second.find("/certainty") != std::string::npos);
}

TEST_CASE("a valid pack's warnings are logged when the platform says it is idle, each placed in the text", "[widget]") {
    Fixture f(1440, 900, false);
    const std::string text = test_support::ReadFile(kPackPath);
    f.widget.PackArrived(kPackPath, text);
    REQUIRE(f.widget.state().status == core::LoadStatus::Ready);
    REQUIRE(f.widget.state().warning_count > 0);  // the shipped pack has W003s (the standards desk's call)
    CHECK(f.warnings.empty());                     // nothing placed nor logged before the first frame
    f.widget.Frame();
    CHECK(f.warnings.empty());

    REQUIRE(f.widget.LogOwedWarnings());
    REQUIRE(f.warnings.size() == 1);  // one message, a warning a line
    // The same lines, places and all, as a load that places its warnings at once.
    const core::PackLoadResult now = core::LoadPack(text);
    std::string expected;
    for (const core::Diagnostic& d : now.diagnostics.items)
        expected += (expected.empty() ? "" : "\n") + core::FormatDiagnostic(kPackPath, d);
    CHECK(f.warnings[0] == expected);
    for (const core::Diagnostic& d : now.diagnostics.items) CHECK(d.line > 0);
    CHECK_FALSE(f.widget.LogOwedWarnings());  // once

    SECTION("a pack that arrives before they are logged replaces them") {
        f.widget.PackArrived(kPackPath, text);
        f.widget.PackArrived(kPackPath, "{ \"format\": ");
        CHECK(f.warnings.size() == 2);            // its error at once
        CHECK_FALSE(f.widget.LogOwedWarnings());  // and no warnings of the pack it replaced
    }
}
