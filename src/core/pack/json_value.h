// json_value.h — one parsed JSON value, as the pack's readers ask about it: its type,
// a list's items, an object's members in the order the file gives them, a number's
// form (whole, unsigned, fractional). Built by ParseJson (json_document.cpp) from
// RapidJSON's SAX reader; read-only afterwards.
//
// Why not RapidJSON's own Document: it keeps a repeated key twice, and its values are
// reached through its allocator's API everywhere; this type keeps the readers plain.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class JsonType { Null, Object, Array, String, Boolean, Integer, Unsigned, Float };

struct JsonMember;

class JsonValue {
public:
    JsonValue() = default;
    static JsonValue Boolean(bool value);
    static JsonValue Integer(int64_t value);    // negative whole numbers
    static JsonValue Unsigned(uint64_t value);  // whole numbers from 0
    static JsonValue Float(double value);
    static JsonValue String(std::string value);
    static JsonValue Array();
    static JsonValue Object();

    JsonType type() const { return type_; }
    bool is_null() const { return type_ == JsonType::Null; }
    bool is_object() const { return type_ == JsonType::Object; }
    bool is_array() const { return type_ == JsonType::Array; }
    bool is_string() const { return type_ == JsonType::String; }
    bool is_boolean() const { return type_ == JsonType::Boolean; }
    // Any whole number, unsigned or not (as JSON Schema's "integer").
    bool is_number_integer() const { return type_ == JsonType::Integer || type_ == JsonType::Unsigned; }
    bool is_number_unsigned() const { return type_ == JsonType::Unsigned; }
    bool is_number_float() const { return type_ == JsonType::Float; }
    bool is_number() const { return is_number_integer() || is_number_float(); }

    // A list's items or an object's members; 0 for anything else.
    size_t size() const;
    bool empty() const { return size() == 0; }
    const JsonValue& operator[](size_t index) const { return items_[index]; }  // a list's item
    const std::vector<JsonValue>& items() const { return items_; }
    const std::vector<JsonMember>& members() const { return members_; }
    // The member named `key` of an object, or null when there is none.
    const JsonValue* find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }

    const std::string& string() const { return string_; }
    bool boolean() const { return number_.boolean; }
    int64_t integer() const;    // a whole number (an unsigned one past INT64_MAX is clamped)
    uint64_t unsigned_value() const { return number_.unsigned_value; }
    double number() const;      // any number

    // Building (json_document.cpp only): a new last item, or a new last member.
    JsonValue& Append(JsonValue value);
    JsonValue& Add(std::string key, JsonValue value);

private:
    static JsonValue Of(JsonType type);

    JsonType type_ = JsonType::Null;
    union {
        bool boolean;
        int64_t integer;
        uint64_t unsigned_value;
        double real;
    } number_{};
    std::string string_;
    std::vector<JsonValue> items_;
    std::vector<JsonMember> members_;
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

}  // namespace core
