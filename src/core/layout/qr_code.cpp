// qr_code.cpp — libqrencode's modules as runs of rectangles (one per horizontal run of
// dark modules, not one per module: a 41-module code is ~300 rectangles, not ~800).
#include "core/layout/qr_code.h"

#include <cmath>
#include <string>

extern "C" {
#include <qrencode.h>
}

namespace core {

namespace {
constexpr int kQuietZone = 4;
constexpr size_t kMaxBytes = 1200;  // well under version 40's 2331 bytes at level M
}  // namespace

std::optional<QrMatrix> EncodeQr(std::string_view text) {
    if (text.empty() || text.size() > kMaxBytes) return std::nullopt;
    const std::string zero_terminated(text);
    QRcode* code = QRcode_encodeString8bit(zero_terminated.c_str(), 0, QR_ECLEVEL_M);
    if (!code) return std::nullopt;
    QrMatrix out;
    out.size = code->width;
    out.dark.resize(static_cast<size_t>(code->width) * code->width);
    for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = code->data[i] & 1;  // bit 0: dark
    QRcode_free(code);
    return out;
}

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
