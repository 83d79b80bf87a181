// headless_canvas.h — the app's canvas with no window and no GL: the font atlas built as
// platform::App builds it (minus the GL upload), for tests that read the draw list back.
#pragma once
#include "ui/canvas.h"
#include "ui/fonts.h"

namespace test_support {

struct HeadlessCanvas {
    HeadlessCanvas() {
        fonts = ui::LoadFonts(canvas.atlas(), 1.0f);
        canvas.AtlasBuilt();
    }
    ui::Canvas canvas;
    ui::Fonts fonts;
};

}  // namespace test_support
