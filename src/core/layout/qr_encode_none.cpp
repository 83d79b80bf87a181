// qr_encode_none.cpp — EncodeQr (qr_code.h) for the plain web build: no code, so a
// source shows its address as a link only. Why: a reader of a news page follows the
// link; the QR encoder (libqrencode, ~2.5 KB brotli of the first load) is for kiosks,
// whose web build (accord_web_kiosk, cmake/WebFlags.cmake) links qr_encode.cpp.
#include "core/layout/qr_code.h"

namespace core {

std::optional<QrMatrix> EncodeQr(std::string_view) { return std::nullopt; }

}  // namespace core
