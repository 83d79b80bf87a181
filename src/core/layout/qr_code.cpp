// qr_code.cpp — a code's modules as runs of rectangles (one per horizontal run of
// dark modules, not one per module: a 41-module code is ~300 rectangles, not ~800).
// The encoding is in qr_encode.cpp.
#include "core/layout/qr_code.h"

#include <cmath>

namespace core {

namespace {
constexpr int kQuietZone = 4;
}  // namespace

float AddQrCode(Scene& scene, const QrMatrix& code, Vec2 top_left, float side) {
    const int modules = code.size + 2 * kQuietZone;
    const float module = std::floor(side / static_cast<float>(modules));
    if (module < 2) return 0;
    const float drawn = module * static_cast<float>(modules);
    const float x0 = std::round(top_left.x), y0 = std::round(top_left.y);
    scene.rects.push_back({{x0, y0, drawn, drawn}, ColorRole::QrLight, ColorRole::QrLight, false, 0, {}});
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size;) {
            if (!code.Dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.size && code.Dark(end, y)) ++end;
            scene.rects.push_back({{x0 + (x + kQuietZone) * module, y0 + (y + kQuietZone) * module,
                                    (end - x) * module, module},
                                   ColorRole::QrDark, ColorRole::QrDark, false, 0, {}});
            x = end;
        }
    }
    return drawn;
}

}  // namespace core
