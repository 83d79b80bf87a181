// qr_code.h — a QR code as squares of a scene. A kiosk has no links out, so each
// source's address is also a code a visitor can scan with a phone. The encoding is
// libqrencode's (Debian's qrencode: the -dev package natively, its source for wasm);
// this file only turns its modules into rectangles.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/layout/scene.h"

namespace core {

struct QrMatrix {
    int size = 0;                 // modules per side, without the quiet zone
    std::vector<unsigned char> dark;  // size * size, row by row: 1 dark, 0 light
    bool Dark(int x, int y) const { return dark[static_cast<size_t>(y) * size + x] != 0; }
};

// Byte mode, error correction level M (15% of the code may be lost: a glare on a
// kiosk screen). Nothing for an empty text or one longer than a QR code holds.
std::optional<QrMatrix> EncodeQr(std::string_view text);

// The modules that fit in `side` px, each a whole number of px (a blurred module
// scans badly), with the 4-module quiet zone the standard asks for, light in every
// theme (inverted codes scan on few phones). Returns the side actually drawn; 0 when
// not even 2 px a module fit.
float AddQrCode(Scene& scene, const QrMatrix& code, Vec2 top_left, float side);

}  // namespace core
