// qr_encode.cpp — EncodeQr (qr_code.h) by libqrencode. Linked natively and into the
// kiosk's web build; the plain web build links qr_encode_none.cpp instead (its readers
// follow links: a code to scan is for a screen with no way out).
#include "core/layout/qr_code.h"

#include <string>

extern "C" {
#include <qrencode.h>
}

namespace core {

namespace {
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

}  // namespace core
