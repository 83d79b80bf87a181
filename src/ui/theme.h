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
    ImU32 Color(core::ColorRole role) const;
};

}  // namespace ui
