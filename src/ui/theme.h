// theme.h — colours for each core::ColorRole, light and dark.
// Kind colours are a darkened Okabe–Ito set (colour-blind safe) so white labels on
// them keep at least 4.5:1 contrast; kinds also differ by marker shape.
#pragma once
#include "core/common/theme.h"
#include "core/layout/scene.h"
#include "imgui.h"

namespace ui {

using ThemeName = core::Theme;  // the colours follow the state's choice

struct Theme {
    ThemeName name = ThemeName::Light;
    // The reader asked for more contrast, or the system forces its colours: pure
    // black and white, borders in the text colour, fills darkened to at least 7:1.
    bool high_contrast = false;
    ImU32 Color(core::ColorRole role) const;

private:
    ImU32 HighContrastColor(core::ColorRole role) const;
};

}  // namespace ui
