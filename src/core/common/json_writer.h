// json_writer.h — writes JSON text for the page API (state, items) outside pack/,
// which alone reads JSON (and alone sees RapidJSON). Strings are escaped and any
// invalid UTF-8 from a pack is replaced, so the output always parses.
#pragma once
#include <string>
#include <string_view>

namespace core {

// `text` as a JSON string literal, quotes included.
std::string JsonString(std::string_view text);
// A finite number as JSON (NaN and infinities become 0: JSON has neither).
std::string JsonNumber(double value);

// Builds one object: {"key": value, ...}; values are raw JSON text.
class JsonObject {
public:
    JsonObject& Raw(std::string_view key, std::string_view json);
    JsonObject& String(std::string_view key, std::string_view value) { return Raw(key, JsonString(value)); }
    JsonObject& Number(std::string_view key, double value) { return Raw(key, JsonNumber(value)); }
    JsonObject& Bool(std::string_view key, bool value) { return Raw(key, value ? "true" : "false"); }
    JsonObject& NullableString(std::string_view key, std::string_view value) {
        return Raw(key, value.empty() ? std::string("null") : JsonString(value));
    }
    std::string Take() { return text_ + "}"; }

private:
    std::string text_ = "{";
};

}  // namespace core
