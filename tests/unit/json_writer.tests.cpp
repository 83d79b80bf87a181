// json_writer.tests.cpp — the page API's JSON text: numbers written without printf keep
// printf's six significant digits and always parse as JSON; control characters escaped.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "core/common/json_writer.h"

namespace {
bool IsJsonNumber(const std::string& s) {
    size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    if (s[i] == '0' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) return false;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    }
    return i == s.size();
}
}  // namespace

TEST_CASE("numbers: six significant digits like %.6g, always valid JSON, no printf", "[json_writer]") {
    CHECK(core::JsonNumber(0) == "0");
    CHECK(core::JsonNumber(-3) == "-3");
    CHECK(core::JsonNumber(1234567) == "1234567");
    CHECK(core::JsonNumber(0.5) == "0.5");
    CHECK(core::JsonNumber(-12.25) == "-12.25");
    CHECK(core::JsonNumber(123.456789) == "123.457");
    CHECK(core::JsonNumber(0.000123456789) == "0.000123457");
    CHECK(core::JsonNumber(99.99996) == "100");
    CHECK(core::JsonNumber(1.5e20) == "1.5e20");
    CHECK(core::JsonNumber(1234567.8) == "1234568");
    CHECK(core::JsonNumber(1.5e-9) == "1.5e-9");
    CHECK(core::JsonNumber(9.9999996e-9) == "1e-8");
    CHECK(core::JsonNumber(std::nan("")) == "0");
    CHECK(core::JsonNumber(INFINITY) == "0");
    // Against printf over many magnitudes: the same value to six significant digits.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> mantissa(-10, 10);
    std::uniform_int_distribution<int> exponent(-12, 18);
    for (int i = 0; i < 20000; ++i) {
        const double value = mantissa(random) * std::pow(10.0, exponent(random));
        const std::string text = core::JsonNumber(value);
        INFO(value << " -> " << text);
        REQUIRE(IsJsonNumber(text));
        const double got = std::strtod(text.c_str(), nullptr);
        if (value == std::floor(value) && std::fabs(value) < 1e15) {
            CHECK(got == value);  // whole numbers are written exactly
        } else if (std::fabs(value) < 1e5) {
            // Below 100000, exactly what printf writes.
            char reference[40];
            std::snprintf(reference, sizeof reference, "%.6g", value);
            CHECK(got == std::strtod(reference, nullptr));
        } else {
            // Above, at least six significant digits (the whole part is kept).
            CHECK(std::fabs(got - value) <= std::fabs(value) * 5.000001e-6);
        }
    }
}

TEST_CASE("strings: quotes, backslashes and control characters escaped, broken UTF-8 replaced", "[json_writer]") {
    CHECK(core::JsonString("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(core::JsonString("line\nnext\ttab\x01") == "\"line\\nnext\\u0009tab\\u0001\"");
    CHECK(core::JsonString("\x1f") == "\"\\u001f\"");
    CHECK(core::JsonString("caf\xC3\xA9 \xFF") == "\"caf\xC3\xA9 \xEF\xBF\xBD\"");
}
