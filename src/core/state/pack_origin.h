// pack_origin.h — whose address a pack may come from. A shared link must not put words
// in the newsroom's mouth: `?pack=https://elsewhere/fake.json` on the newsroom's own
// domain would show a fake pack, "confirmed" badges and all, under its name. So a pack
// loads only from the widget's own origin, or from origins the build names
// (ACCORD_PACK_ORIGINS, written into the page by `accord-pack html --page`).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class PackOriginVerdict {
    SameOrigin,     // the widget's own origin (or a file beside a file:// page)
    AllowedOrigin,  // another origin the build allows: the widget says where it comes from
    Refused,        // another origin: not loaded, a message names the address
    BadAddress,     // not an absolute http(s) or file address after resolving
};
const char* PackOriginVerdictName(PackOriginVerdict verdict);  // "same-origin", ... (stable)

struct PackOriginCheck {
    PackOriginVerdict verdict = PackOriginVerdict::BadAddress;
    std::string pack_origin;  // "https://packs.example.org" (empty for BadAddress)
    std::string pack_host;    // "packs.example.org": what the reader is told
};

// The origin of an absolute URL as browsers serialise it: lower-case scheme and host,
// the port only when it is not the scheme's default; "file://" for file URLs. Nothing
// for anything else (relative paths, data:, javascript:, malformed).
std::optional<std::string> UrlOrigin(std::string_view absolute_url);

// The build's list, separated by spaces or commas. Each entry must be an origin
// ("https://host[:port]", nothing after it); anything else is left out and named in
// `rejected`. Plain http is accepted only for loopback hosts (local testing).
std::vector<std::string> ParseAllowedOrigins(std::string_view list, std::vector<std::string>* rejected = nullptr);

// `page_url` and `pack_url` are absolute (the page resolves ?pack= against its own
// address before asking).
PackOriginCheck CheckPackOrigin(std::string_view page_url, std::string_view pack_url,
                                const std::vector<std::string>& allowed_origins);

}  // namespace core
