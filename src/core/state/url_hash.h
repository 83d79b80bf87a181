// url_hash.h — the reader's place in the URL fragment: #item=<id>&view=<view>.
// Decoding ignores bad values with a warning; encoding is stable, so back and
// forward (and shared links) restore exactly the same selection and view.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct HashState {
    std::string item;  // selected id, "" for none
    std::string view;  // "timeline", "amendments", "map" or "" (the layout's default)
};

bool IsKnownView(std::string_view view);

// `hash` is location.hash, with or without '#'. `warnings` receives one line per
// ignored value.
HashState DecodeHash(std::string_view hash, std::vector<std::string>& warnings);
std::string EncodeHash(const HashState& state);  // "" or "#item=day-7&view=map"

}  // namespace core
