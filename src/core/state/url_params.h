// url_params.h — the widget's page parameters (?pack=...&theme=...), validated.
// A bad value is ignored with a warning that names it; it never stops the widget.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

struct PageParams {
    std::string pack_url;  // empty: the default pack
    std::string language;  // ?lang=ar: the pack's translation in that language ("" or "en": the pack itself)
    std::string theme;     // "", "light" or "dark"
    bool kiosk = false;    // ?mode=kiosk
    double idle_s = 60;    // ?idle=  (kiosk: seconds without input before the attract loop)
    double reset_s = 90;   // ?reset= (kiosk: seconds without input before the reset)
    std::vector<std::string> warnings;
};

// `query` is location.search, with or without the leading '?'.
PageParams ParsePageParams(std::string_view query);

std::string PercentDecode(std::string_view text);

// "a=1&b=x%20y" -> {{"a","1"}, {"b","x y"}}, decoded; empty pairs and pairs without
// '=' are skipped.
std::vector<std::pair<std::string, std::string>> SplitQuery(std::string_view query);

// True for relative paths and http(s) URLs; false for javascript:, data: and the like.
bool IsAllowedPackUrl(std::string_view url);

}  // namespace core
