// json_value.cpp — JsonValue's constructors and lookups.
#include "core/pack/json_value.h"

#include <cstdint>
#include <limits>
#include <utility>

namespace core {

JsonValue JsonValue::Of(JsonType type) {
    JsonValue v;
    v.type_ = type;
    return v;
}

JsonValue JsonValue::Boolean(bool value) {
    JsonValue v = Of(JsonType::Boolean);
    v.number_.boolean = value;
    return v;
}

JsonValue JsonValue::Integer(int64_t value) {
    if (value >= 0) return Unsigned(static_cast<uint64_t>(value));
    JsonValue v = Of(JsonType::Integer);
    v.number_.integer = value;
    return v;
}

JsonValue JsonValue::Unsigned(uint64_t value) {
    JsonValue v = Of(JsonType::Unsigned);
    v.number_.unsigned_value = value;
    return v;
}

JsonValue JsonValue::Float(double value) {
    JsonValue v = Of(JsonType::Float);
    v.number_.real = value;
    return v;
}

JsonValue JsonValue::String(std::string value) {
    JsonValue v = Of(JsonType::String);
    v.string_ = std::move(value);
    return v;
}

JsonValue JsonValue::Array() { return Of(JsonType::Array); }
JsonValue JsonValue::Object() { return Of(JsonType::Object); }

size_t JsonValue::size() const {
    return type_ == JsonType::Array ? items_.size() : type_ == JsonType::Object ? members_.size() : 0;
}

// Linear: a pack's objects have a few members each, and a list is never searched.
const JsonValue* JsonValue::find(std::string_view key) const {
    for (const JsonMember& member : members_)
        if (member.key == key) return &member.value;
    return nullptr;
}

int64_t JsonValue::integer() const {
    if (type_ == JsonType::Integer) return number_.integer;
    if (type_ == JsonType::Unsigned)
        return number_.unsigned_value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())
                   ? std::numeric_limits<int64_t>::max()
                   : static_cast<int64_t>(number_.unsigned_value);
    return 0;
}

double JsonValue::number() const {
    switch (type_) {
        case JsonType::Integer: return static_cast<double>(number_.integer);
        case JsonType::Unsigned: return static_cast<double>(number_.unsigned_value);
        case JsonType::Float: return number_.real;
        default: return 0;
    }
}

JsonValue& JsonValue::Append(JsonValue value) {
    items_.push_back(std::move(value));
    return items_.back();
}

JsonValue& JsonValue::Add(std::string key, JsonValue value) {
    members_.push_back({std::move(key), std::move(value)});
    return members_.back().value;
}

}  // namespace core
