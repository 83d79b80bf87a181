// json_writer.cpp — JSON string escaping with UTF-8 validation.
#include "core/common/json_writer.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {
// Length of the valid UTF-8 sequence at text[i], or 0 when it is not valid.
size_t Utf8SequenceLength(std::string_view text, size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size() || (n == 2 && c < 0xC2)) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return 0;
    if (n == 3) {
        const unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return 0;  // overlong, surrogates
    }
    if (n == 4) {
        const unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
        if ((c == 0xF0 && c1 < 0x90) || c > 0xF4 || (c == 0xF4 && c1 >= 0x90)) return 0;
    }
    return n;
}
}  // namespace

std::string JsonString(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c < 0x20) {
            constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else if (c >= 0x80) {
            const size_t n = Utf8SequenceLength(text, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";  // U+FFFD for a broken byte
                ++i;
                continue;
            }
            out.append(text.substr(i, n));
            i += n;
            continue;
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    return out + "\"";
}

// Six significant digits, as printf's "%.6g", written here: printf would bring musl's
// whole formatter and its software long-double arithmetic into the wasm (about 20 KB of
// code) for the numbers of the page API, which are pixels and zoom factors. Plain
// notation from 1e-5 to 1e15, exponent notation outside it.
std::string JsonNumber(double value) {
    if (!std::isfinite(value)) return "0";
    if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    double magnitude = std::fabs(value);
    if (magnitude < 1e-300) return "0";  // and no denormal to divide by
    std::string out = value < 0 ? "-" : "";
    int exponent = 0;  // 10^exponent <= magnitude < 10^(exponent + 1)
    double scale = 1;
    while (magnitude >= scale * 10) scale *= 10, ++exponent;
    while (magnitude < scale) scale /= 10, --exponent;
    constexpr int kDigits = 6;
    const bool plain = exponent >= -5 && exponent < 15;
    // The kDigits significant digits as an integer, and how many of them follow the point.
    int decimals = plain ? std::max(0, kDigits - 1 - exponent) : kDigits - 1;
    double shift = 1;
    for (int i = 0; i < decimals; ++i) shift *= 10;
    long long digits = plain ? std::llround(magnitude * shift) : std::llround(magnitude / scale * shift);
    if (!plain && digits >= 1000000) digits /= 10, ++exponent;  // 9.999995e20 rounds up to 1e21
    std::string text = std::to_string(digits);
    if (decimals > 0) {
        if (static_cast<int>(text.size()) <= decimals) text.insert(0, static_cast<size_t>(decimals) + 1 - text.size(), '0');
        text.insert(text.size() - static_cast<size_t>(decimals), 1, '.');
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    out += text;
    if (!plain) out += "e" + std::to_string(exponent);
    return out;
}

JsonObject& JsonObject::Raw(std::string_view key, std::string_view json) {
    if (text_.size() > 1) text_ += ',';
    text_ += JsonString(key);
    text_ += ':';
    text_.append(json);
    return *this;
}

}  // namespace core
