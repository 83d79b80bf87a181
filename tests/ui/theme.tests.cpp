// theme.tests.cpp — every text colour the layout puts on a background reads at a
// contrast of at least 4.5:1 (WCAG AA), in the light and the dark theme.
#include <catch2/catch.hpp>

#include <cmath>

#include "ui/theme.h"

namespace {
double Channel(unsigned c) {
    double s = c / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}
double Luminance(ImU32 c) {
    return 0.2126 * Channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * Channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * Channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}
double Contrast(ImU32 a, ImU32 b) {
    double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Every (text, background) pair the layouts draw, and every label on a fill, in `theme`.
void CheckContrast(const ui::Theme& theme, double minimum) {
    using R = core::ColorRole;
    // (text, background) pairs as the layouts use them.
    const std::pair<R, R> pairs[] = {
        {R::Text, R::Background},         {R::TextMuted, R::Background},   {R::Text, R::Panel},
        {R::TextMuted, R::Panel},         {R::Accent, R::Background},      {R::Accent, R::Panel},
        {R::Error, R::ErrorPanel},        {R::Text, R::ErrorPanel},        {R::Text, R::MapLand},
        {R::Text, R::MapWater},           {R::ControlText, R::Control},    {R::Background, R::Text},
        {R::KindRelease, R::Panel},       {R::KindAid, R::Panel},          {R::KindRedeployment, R::Panel},
        {R::KindTalks, R::Panel},         {R::KindInformation, R::Panel},  {R::KindGuarantees, R::Panel},
        {R::KindTruce, R::Panel},
        // Region names (muted) on the sea and on the neighbouring land; town and line
        // labels near a border may sit on that land too.
        {R::TextMuted, R::MapWater},      {R::TextMuted, R::MapNeighbour}, {R::Text, R::MapNeighbour},
    };
    // Labels inside filled shapes (phase bars, certainty badges, the number disc) use
    // the background colour on the fill.
    const R fills[] = {R::KindTruce, R::KindRelease, R::KindRedeployment, R::KindAid, R::KindTalks,
                       R::KindGuarantees, R::KindInformation, R::CertaintyConfirmed, R::CertaintyReported,
                       R::CertaintyArticle, R::Accent};
    const char* name = theme.name == ui::ThemeName::Dark ? "dark" : "light";
    for (const auto& [text, background] : pairs) {
        INFO("theme " << name << (theme.high_contrast ? " high contrast" : "") << ", text role "
                      << static_cast<int>(text) << " on role " << static_cast<int>(background));
        CHECK(Contrast(theme.Color(text), theme.Color(background)) >= minimum);
    }
    for (R fill : fills) {
        INFO("theme " << name << (theme.high_contrast ? " high contrast" : "") << ", label on fill role "
                      << static_cast<int>(fill));
        CHECK(Contrast(theme.Color(R::Background), theme.Color(fill)) >= minimum);
    }
}
}  // namespace

TEST_CASE("text colours keep 4.5:1 contrast on what they are drawn on", "[ui][theme]") {
    for (ui::ThemeName name : {ui::ThemeName::Light, ui::ThemeName::Dark}) CheckContrast(ui::Theme{name}, 4.5);
}

TEST_CASE("with more contrast asked for, every text and label reads at 7:1 (WCAG AAA)", "[ui][theme]") {
    for (ui::ThemeName name : {ui::ThemeName::Light, ui::ThemeName::Dark}) {
        ui::Theme theme{name};
        theme.high_contrast = true;
        CheckContrast(theme, 7.0);
        // Borders and rules are as strong as text: panels stay visible without tints.
        CHECK(theme.Color(core::ColorRole::PanelBorder) == theme.Color(core::ColorRole::Text));
    }
}
