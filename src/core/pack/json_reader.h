// json_reader.h — reads typed values out of a parsed pack, field by field, and records
// a diagnostic (code, pointer; its line:column is placed later) for every value that
// breaks a rule. Nothing here knows the pack's sections; pack_reader.h does.
//
// Private to the pack library.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/common/name_table.h"
#include "core/pack/diagnostics.h"
#include "core/pack/json_document.h"
#include "core/pack/json_positions.h"  // EscapePointerToken, for the pointers it builds
#include "core/pack/pack_loader.h"

namespace core {

enum class Need { Required, Optional };

// "a string", "a whole number", ...: what a value is, for messages.
const char* TypeName(const json& value);
// A number as a diagnostic quotes it ("3.5", "-2", "[34.5, 31.5]" for a list of them).
std::string NumberText(const json& value);
bool IsValidDate(const std::string& text);
bool IsHttpsAddress(const std::string& text);

class JsonReader {
public:
    // Its diagnostics carry pointers; PlaceDiagnostics gives them lines once all are in.
    JsonReader(const PackLimits& limits, Diagnostics& diagnostics) : limits_(limits), diagnostics_(diagnostics) {}

    const PackLimits& limits() const { return limits_; }

    // Records a diagnostic at `pointer`; its severity comes from the code.
    void Report(DiagnosticCode code, const std::string& pointer, const std::string& message);

    // The member `key` of `object`, or null after reporting it missing when required.
    const json* Member(const json& object, const std::string& pointer, const char* key, Need need);

    // True when `value` has the type; reports "expected <wanted>, found ..." otherwise.
    bool Expect(const json& value, const std::string& pointer, JsonType type, const char* wanted);
    bool Object(const json& value, const std::string& pointer);
    // A list no longer than the limit.
    bool List(const json& value, const std::string& pointer);

    // A text field: a string, within `max_bytes` (0: the default limit), not blank.
    std::string String(const json& object, const std::string& pointer, const char* key, Need need,
                       size_t max_bytes = 0);
    // The same rules for a value already in hand (`need` only picks the wording).
    std::string Text(const json& value, const std::string& pointer, Need need, size_t max_bytes = 0);
    std::string Date(const json& object, const std::string& pointer, const char* key, Need need);
    std::string Id(const json& object, const std::string& pointer, const char* key = "id");
    std::optional<int> Integer(const json& object, const std::string& pointer, const char* key, Need need,
                               int min, int max);
    bool Boolean(const json& object, const std::string& pointer, const char* key, bool fallback);
    std::vector<std::string> StringList(const json& object, const std::string& pointer, const char* key,
                                        Need need);

    // `text` looked up in `names`; reports the allowed names otherwise.
    template <typename Enum, int N>
    std::optional<Enum> OneOf(const std::string& text, const std::string& pointer, const NameTable<Enum, N>& names) {
        if (std::optional<Enum> value = names.FromName(text)) return value;
        Report(DiagnosticCode::NotOneOf, pointer,
               "\"" + text + "\" is not one of: " + names.template List<std::string>());
        return std::nullopt;
    }
    // A required field whose value is one of `names`.
    template <typename Enum, int N>
    std::optional<Enum> Choice(const json& object, const std::string& pointer, const char* key,
                               const NameTable<Enum, N>& names) {
        std::string text = String(object, pointer, key, Need::Required, 64);
        if (text.empty()) return std::nullopt;
        return OneOf(text, pointer + "/" + key, names);
    }

    // Warns (W001) about each member of `object` not named in `known`.
    void WarnUnknownFields(const json& object, const std::string& pointer, std::initializer_list<const char*> known);

private:
    // True when `s` is at most `limit` bytes; reports it otherwise.
    bool Fits(const std::string& s, const std::string& pointer, size_t limit);

    const PackLimits& limits_;
    Diagnostics& diagnostics_;
};

}  // namespace core
