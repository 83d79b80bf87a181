// url_hash.h — the reader's place in the URL fragment: #item=<id>&view=<view>.
// Decoding ignores bad values with a warning; encoding is stable, so back and
// forward (and shared links) restore exactly the same selection and view.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/view.h"

namespace core {

struct HashState {
    std::string item;  // selected id, "" for none
    std::optional<View> view;  // none: the layout's default (the timeline)
};

// `hash` is location.hash, with or without '#'. `warnings` receives one line per
// ignored value.
HashState DecodeHash(std::string_view hash, std::vector<std::string>& warnings);
std::string EncodeHash(const HashState& state);  // "" or "#item=day-7&view=map"

}  // namespace core
