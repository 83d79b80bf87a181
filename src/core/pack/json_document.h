// json_document.h — a pack's text parsed into a nlohmann::json value, through
// nlohmann's public SAX interface only (json::sax_parse and json_sax<json>), refusing
// what plain parsing would accept: repeated keys and very deep nesting.
//
// Private to the pack library: it includes nlohmann, which no public pack header may.
#pragma once
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/pack/diagnostics.h"

namespace core {

using json = nlohmann::json;

// The value of `text`, or nothing after adding one diagnostic with its place: E003
// (not JSON), E004 (a key repeated in one object) or E005 (deeper than `max_depth`).
std::optional<json> ParseJson(std::string_view text, int max_depth, Diagnostics& diagnostics);

}  // namespace core
