// theme.cpp — the palette.
#include "ui/theme.h"

namespace ui {

namespace {
constexpr ImU32 Rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
}  // namespace

// Only what differs from the normal palette; the rest falls through to it.
ImU32 Theme::HighContrastColor(core::ColorRole role) const {
    using core::ColorRole;
    const bool dark = name == ThemeName::Dark;
    const ImU32 ink = dark ? Rgb(0xFFFFFF) : Rgb(0x000000), paper = dark ? Rgb(0x000000) : Rgb(0xFFFFFF);
    switch (role) {
        case ColorRole::Background: case ColorRole::Panel: case ColorRole::Control: case ColorRole::ErrorPanel:
        case ColorRole::MapLand: case ColorRole::MapWater: return paper;
        case ColorRole::Text: case ColorRole::TextMuted: case ColorRole::Axis: case ColorRole::Rule:
        case ColorRole::PanelBorder: case ColorRole::ControlText: case ColorRole::Selection:
        case ColorRole::MapOutline: return ink;
        // Still apart from the sea and the territory, and under 7:1 text.
        case ColorRole::MapNeighbour: return dark ? Rgb(0x2E2E2E) : Rgb(0xDDDDDD);
        default: break;
    }
    if (dark) return 0;  // the dark palette's fills are light enough on black
    switch (role) {
        case ColorRole::Accent: case ColorRole::Error: return Rgb(0x8F1C13);
        case ColorRole::KindRedeployment: case ColorRole::MapBuffer: return Rgb(0x8A3700);
        case ColorRole::KindAid: return Rgb(0x005C45);
        case ColorRole::KindTalks: case ColorRole::MapCorridor: return Rgb(0x7F2F62);
        case ColorRole::KindGuarantees: return Rgb(0x6E4900);
        case ColorRole::KindInformation: return Rgb(0x1F5577);
        case ColorRole::KindRelease: case ColorRole::MapCrossing: return Rgb(0x0A4F7A);
        case ColorRole::CertaintyConfirmed: return Rgb(0x175834);
        case ColorRole::CertaintyReported: return Rgb(0x664200);
        case ColorRole::CertaintyArticle: return Rgb(0x55307F);
        case ColorRole::Focus: return Rgb(0x0033CC);
        default: return 0;
    }
}

ImU32 Theme::Color(core::ColorRole role) const {
    using core::ColorRole;
    if (high_contrast)
        if (ImU32 c = HighContrastColor(role)) return c;
    const bool dark = name == ThemeName::Dark;
    switch (role) {
        case ColorRole::Background: return dark ? Rgb(0x15171A) : Rgb(0xFFFFFF);
        case ColorRole::Text: return dark ? Rgb(0xECEEF0) : Rgb(0x1A1C1E);
        case ColorRole::TextMuted: return dark ? Rgb(0xB4BAC1) : Rgb(0x50565D);
        case ColorRole::Rule: return dark ? Rgb(0x3A3F45) : Rgb(0xD9DCE0);
        case ColorRole::Axis: return dark ? Rgb(0xC9CED4) : Rgb(0x2A2D31);
        case ColorRole::Panel: return dark ? Rgb(0x1F2226) : Rgb(0xF6F7F8);
        case ColorRole::PanelBorder: return dark ? Rgb(0x343940) : Rgb(0xE1E4E8);
        case ColorRole::Accent: return dark ? Rgb(0xFF8A7A) : Rgb(0xB42318);
        case ColorRole::Error: return dark ? Rgb(0xFF8A7A) : Rgb(0xB42318);
        case ColorRole::ErrorPanel: return dark ? Rgb(0x2A1C1B) : Rgb(0xFDF2F1);
        case ColorRole::KindTruce: return dark ? Rgb(0x9AA3AE) : Rgb(0x4B5563);
        case ColorRole::KindRelease: return dark ? Rgb(0x5AB0E8) : Rgb(0x0B5C8E);
        case ColorRole::KindRedeployment: return dark ? Rgb(0xF08A4B) : Rgb(0xB34700);
        case ColorRole::KindAid: return dark ? Rgb(0x3CC49A) : Rgb(0x00785A);
        case ColorRole::KindTalks: return dark ? Rgb(0xE29AC6) : Rgb(0x9C3F78);
        case ColorRole::KindGuarantees: return dark ? Rgb(0xF2B84B) : Rgb(0x8F5F00);
        case ColorRole::KindInformation: return dark ? Rgb(0x8CCBF0) : Rgb(0x2A6F99);
        case ColorRole::CertaintyConfirmed: return dark ? Rgb(0x5CC389) : Rgb(0x1F6F43);
        case ColorRole::CertaintyReported: return dark ? Rgb(0xE8B44A) : Rgb(0x85570A);
        case ColorRole::CertaintyArticle: return dark ? Rgb(0xB89AE6) : Rgb(0x6B3FA0);
        case ColorRole::Selection: return dark ? Rgb(0xFFFFFF) : Rgb(0x111827);
        case ColorRole::MapWater: return dark ? Rgb(0x1B2530) : Rgb(0xE8F0F5);
        // Dark: the territory lighter than the land round it, which is lighter than the sea.
        case ColorRole::MapLand: return dark ? Rgb(0x43474D) : Rgb(0xF4F1EA);
        case ColorRole::MapOutline: return dark ? Rgb(0xB4BAC1) : Rgb(0x50565D);
        case ColorRole::MapBuffer: return dark ? Rgb(0xF08A4B) : Rgb(0xB34700);
        case ColorRole::MapCorridor: return dark ? Rgb(0xE29AC6) : Rgb(0x8A2F6B);
        case ColorRole::MapCrossing: return dark ? Rgb(0x5AB0E8) : Rgb(0x0B5C8E);
        case ColorRole::MapNeighbour: return dark ? Rgb(0x303236) : Rgb(0xDCDCD9);
        case ColorRole::Control: return dark ? Rgb(0x2A2E33) : Rgb(0xFFFFFF);
        case ColorRole::ControlText: return dark ? Rgb(0xECEEF0) : Rgb(0x1A1C1E);
        case ColorRole::Focus: return dark ? Rgb(0x7CB3FF) : Rgb(0x1D4ED8);
        case ColorRole::QrDark: return Rgb(0x000000);
        case ColorRole::QrLight: return Rgb(0xFFFFFF);
    }
    return Rgb(0xFF00FF);
}

}  // namespace ui
