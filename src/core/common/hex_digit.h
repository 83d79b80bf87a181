// hex_digit.h — one hexadecimal digit's value, for the decoders of text that carries
// them: percent escapes in addresses (state/url_params.cpp) and JSON's \u escapes
// (pack/json_positions.cpp).
#pragma once

namespace core {

// 0-15, or -1 when `c` is not a hexadecimal digit.
inline int HexDigitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace core
