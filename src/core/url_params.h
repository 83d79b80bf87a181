// url_params.h — the widget's page parameters (?pack=...&theme=...), validated.
// A bad value is ignored with a warning that names it; it never stops the widget.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct PageParams {
    std::string pack_url;  // empty: the default pack
    std::string theme;     // "", "light" or "dark"
    std::vector<std::string> warnings;
};

// `query` is location.search, with or without the leading '?'.
PageParams ParsePageParams(std::string_view query);

std::string PercentDecode(std::string_view text);

// True for relative paths and http(s) URLs; false for javascript:, data: and the like.
bool IsAllowedPackUrl(std::string_view url);

}  // namespace core
