// json_reader.cpp — JsonReader: type, length, date, id and range checks on one value
// at a time, each failure a diagnostic with its pointer and place.
#include "core/pack/json_reader.h"

#include "core/common/iso_date.h"
#include "core/common/json_writer.h"  // JsonNumber

namespace core {

// [SECTION] Value rules --------------------------------------------------------------

const char* TypeName(const json& value) {
    switch (value.type()) {
        case JsonType::Null: return "null";
        case JsonType::Object: return "an object";
        case JsonType::Array: return "a list";
        case JsonType::String: return "a string";
        case JsonType::Boolean: return "true/false";
        case JsonType::Integer:
        case JsonType::Unsigned: return "a whole number";
        case JsonType::Float: return "a number";
    }
    return "an unknown value";
}

bool IsValidDate(const std::string& s) {
    const std::optional<IsoDate> date = ReadIsoDate(s);
    if (!date) return false;
    const auto [year, month, day] = *date;
    if (month < 1 || month > 12 || day < 1) return false;
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1]) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

bool IsHttpsAddress(const std::string& s) {
    if (s.rfind("https://", 0) != 0 || s.size() <= 8) return false;
    for (char c : s)
        if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') return false;
    return true;
}

// [SECTION] JsonReader ---------------------------------------------------------------

void JsonReader::Report(DiagnosticCode code, const std::string& pointer, const std::string& message) {
    diagnostics_.items.push_back(MakeDiagnostic(code, pointer, 0, 0, message));
}

const json* JsonReader::Member(const json& object, const std::string& pointer, const char* key, Need need) {
    const json* member = object.find(key);
    if (!member && need == Need::Required)
        Report(DiagnosticCode::MissingField, pointer, std::string("missing required field \"") + key + "\"");
    return member;
}

bool JsonReader::Expect(const json& value, const std::string& pointer, JsonType type, const char* wanted) {
    bool ok = value.type() == type || (type == JsonType::Integer && value.is_number_unsigned());
    if (!ok) Report(DiagnosticCode::WrongType, pointer, std::string("expected ") + wanted + ", found " + TypeName(value));
    return ok;
}

bool JsonReader::Object(const json& value, const std::string& pointer) {
    return Expect(value, pointer, JsonType::Object, "an object");
}

bool JsonReader::List(const json& value, const std::string& pointer) {
    if (!Expect(value, pointer, JsonType::Array, "a list")) return false;
    if (value.size() > limits_.max_items) {
        Report(DiagnosticCode::TooManyItems, pointer,
               "has " + std::to_string(value.size()) + " items; the limit is " + std::to_string(limits_.max_items));
        return false;
    }
    return true;
}

bool JsonReader::Fits(const std::string& s, const std::string& pointer, size_t limit) {
    if (s.size() <= limit) return true;
    Report(DiagnosticCode::TextTooLong, pointer,
           "is " + std::to_string(s.size()) + " bytes long; the limit is " + std::to_string(limit));
    return false;
}

std::string JsonReader::String(const json& object, const std::string& pointer, const char* key, Need need,
                               size_t max_bytes) {
    const json* value = Member(object, pointer, key, need);
    return value ? Text(*value, pointer + "/" + key, need, max_bytes) : std::string();
}

std::string JsonReader::Text(const json& value, const std::string& p, Need need, size_t max_bytes) {
    if (!Expect(value, p, JsonType::String, "a string")) return {};
    const std::string& s = value.string();
    if (!Fits(s, p, max_bytes ? max_bytes : limits_.max_string_bytes)) return {};
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
        // An optional field that is present must say something: leave it out instead.
        Report(DiagnosticCode::BlankText, p,
               need == Need::Required ? "must not be empty" : "must not be empty (leave the field out instead)");
        return {};
    }
    return s;
}

std::string JsonReader::Date(const json& object, const std::string& pointer, const char* key, Need need) {
    std::string s = String(object, pointer, key, need, 64);
    if (s.empty()) return s;
    if (!ReadIsoDate(s)) {
        Report(DiagnosticCode::NotADate, pointer + "/" + key, "\"" + s + "\" is not a date in the form YYYY-MM-DD");
        return {};
    }
    if (!IsValidDate(s)) {
        Report(DiagnosticCode::ImpossibleDate, pointer + "/" + key, "\"" + s + "\" is not a real calendar date");
        return {};
    }
    return s;
}

std::string JsonReader::Id(const json& object, const std::string& pointer, const char* key) {
    std::string s = String(object, pointer, key, Need::Required, 64);
    if (!s.empty() && !IsValidItemId(s))
        Report(DiagnosticCode::BadId, pointer + "/" + key,
               "\"" + s + "\" is not a valid id (letters, digits and '-' only)");
    return s;
}

std::string NumberText(const json& value) {
    if (value.is_number_unsigned()) return std::to_string(value.unsigned_value());
    if (value.is_number_integer()) return std::to_string(value.integer());
    if (value.is_number_float()) return JsonNumber(value.number());
    if (value.is_array()) {
        std::string out = "[";
        for (size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + NumberText(value[i]);
        return out + "]";
    }
    return TypeName(value);
}

std::optional<int> JsonReader::Integer(const json& object, const std::string& pointer, const char* key, Need need,
                                       int min, int max) {
    const json* value = Member(object, pointer, key, need);
    std::string p = pointer + "/" + key;
    if (!value) return std::nullopt;
    if (value->is_number_float()) {
        Report(DiagnosticCode::WrongType, p, "expected a whole number, found " + NumberText(*value));
        return std::nullopt;
    }
    if (!Expect(*value, p, JsonType::Integer, "a whole number")) return std::nullopt;
    bool out_of_range;
    if (value->is_number_unsigned()) {
        const auto u = value->unsigned_value();
        out_of_range = u > static_cast<uint64_t>(max) ||
                       (min > 0 && u < static_cast<uint64_t>(min));
    } else {
        const auto v = value->integer();
        out_of_range = v > max || v < min;
    }
    if (out_of_range) {
        Report(DiagnosticCode::OutOfRange, p,
               NumberText(*value) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
        return std::nullopt;
    }
    return static_cast<int>(value->integer());
}

bool JsonReader::Boolean(const json& object, const std::string& pointer, const char* key, bool fallback) {
    const json* value = Member(object, pointer, key, Need::Required);
    if (!value || !Expect(*value, pointer + "/" + key, JsonType::Boolean, "true or false")) return fallback;
    return value->boolean();
}

std::vector<std::string> JsonReader::StringList(const json& object, const std::string& pointer, const char* key,
                                                Need need) {
    std::vector<std::string> out;
    const json* value = Member(object, pointer, key, need);
    std::string p = pointer + "/" + key;
    if (!value || !List(*value, p)) return out;
    for (size_t i = 0; i < value->size(); ++i) {
        const json& item = (*value)[i];
        std::string ip = p + "/" + std::to_string(i);
        if (!Expect(item, ip, JsonType::String, "a string")) continue;
        const std::string& s = item.string();
        if (Fits(s, ip, limits_.max_string_bytes)) out.push_back(s);
    }
    return out;
}

void JsonReader::WarnUnknownFields(const json& object, const std::string& pointer,
                                   std::initializer_list<const char*> known) {
    for (const JsonMember& member : object.members()) {
        bool found = false;
        for (const char* k : known) found = found || member.key == k;
        if (!found)
            Report(DiagnosticCode::UnknownField, pointer + "/" + EscapePointerToken(member.key),
                   "unknown field \"" + member.key + "\" is ignored");
    }
}

}  // namespace core
