// json_document.h — a pack's text parsed into a JsonValue (json_value.h) by RapidJSON's
// SAX reader, refusing what plain parsing would accept: repeated keys, very deep
// nesting and text that is not UTF-8.
//
// Private to the pack library: no public pack header includes RapidJSON.
#pragma once
#include <optional>
#include <string_view>

#include "core/pack/diagnostics.h"
#include "core/pack/json_value.h"

namespace core {

using json = JsonValue;

// The value of `text`, or nothing after adding one diagnostic with its place: E003
// (not JSON), E004 (a key repeated in one object) or E005 (deeper than `max_depth`).
std::optional<json> ParseJson(std::string_view text, int max_depth, Diagnostics& diagnostics);

}  // namespace core
