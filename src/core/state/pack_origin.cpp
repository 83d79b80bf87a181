// pack_origin.cpp — origins compared the way browsers compare them (scheme, host, port).
#include "core/state/pack_origin.h"

#include <algorithm>
#include <string>

namespace core {

namespace {

std::string Lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

bool IsHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '[' || c == ']' ||
           c == ':';
}

bool IsLoopbackHost(std::string_view host) {
    return host == "localhost" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

struct ParsedOrigin {
    std::string scheme, host;  // lower case; host without the port
    std::string port;          // empty: the scheme's default
    bool has_path = false;     // anything after the authority
};

// "scheme://authority[/...]" only; userinfo ("user@host") is refused, since a link
// could spell "https://newsroom.example@evil.example/" to look like the newsroom.
std::optional<ParsedOrigin> ParseOrigin(std::string_view url) {
    const size_t sep = url.find("://");
    if (sep == std::string_view::npos || sep == 0) return std::nullopt;
    ParsedOrigin o;
    o.scheme = Lower(url.substr(0, sep));
    if (o.scheme != "https" && o.scheme != "http" && o.scheme != "file") return std::nullopt;
    std::string_view rest = url.substr(sep + 3);
    const size_t end = rest.find_first_of("/?#");
    std::string authority = Lower(rest.substr(0, end));
    o.has_path = end != std::string_view::npos && rest.substr(end) != "/";
    if (o.scheme == "file") return authority.empty() ? std::optional<ParsedOrigin>(o) : std::nullopt;
    if (authority.empty() || authority.find('@') != std::string::npos) return std::nullopt;
    for (char c : authority)
        if (!IsHostChar(c)) return std::nullopt;
    const size_t bracket = authority.rfind(']');
    const size_t colon = authority.rfind(':');
    if (colon != std::string::npos && (bracket == std::string::npos || colon > bracket)) {
        o.port = authority.substr(colon + 1);
        authority.resize(colon);
        if (o.port.empty() || o.port.size() > 5 ||
            !std::all_of(o.port.begin(), o.port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        int port = 0;  // at most five digits: no overflow (and no std::stol, whose errors bring printf)
        for (char c : o.port) port = port * 10 + (c - '0');
        if (port > 65535) return std::nullopt;
        o.port.erase(0, std::min(o.port.find_first_not_of('0'), o.port.size() - 1));  // "08080" is 8080
        if ((o.scheme == "https" && o.port == "443") || (o.scheme == "http" && o.port == "80")) o.port.clear();
    }
    if (authority.empty() || (authority.find(':') != std::string::npos && authority.front() != '[')) return std::nullopt;
    o.host = authority;
    return o;
}

std::string Serialise(const ParsedOrigin& o) {
    if (o.scheme == "file") return "file://";
    return o.scheme + "://" + o.host + (o.port.empty() ? "" : ":" + o.port);
}

}  // namespace

const char* PackOriginVerdictName(PackOriginVerdict verdict) {
    switch (verdict) {
        case PackOriginVerdict::SameOrigin: return "same-origin";
        case PackOriginVerdict::AllowedOrigin: return "allowed-origin";
        case PackOriginVerdict::Refused: return "refused-origin";
        case PackOriginVerdict::BadAddress: return "bad-address";
    }
    return "bad-address";
}

std::optional<std::string> UrlOrigin(std::string_view absolute_url) {
    std::optional<ParsedOrigin> o = ParseOrigin(absolute_url);
    if (!o) return std::nullopt;
    return Serialise(*o);
}

std::vector<std::string> ParseAllowedOrigins(std::string_view list, std::vector<std::string>* rejected) {
    std::vector<std::string> origins;
    size_t i = 0;
    while (i < list.size()) {
        const size_t start = list.find_first_not_of(" ,\t\n", i);
        if (start == std::string_view::npos) break;
        size_t end = list.find_first_of(" ,\t\n", start);
        if (end == std::string_view::npos) end = list.size();
        const std::string_view entry = list.substr(start, end - start);
        i = end;
        std::optional<ParsedOrigin> o = ParseOrigin(entry);
        const bool ok = o && !o->has_path && (o->scheme == "https" || (o->scheme == "http" && IsLoopbackHost(o->host)));
        if (!ok) {
            if (rejected) rejected->emplace_back(entry.substr(0, 200));
            continue;
        }
        std::string origin = Serialise(*o);
        if (std::find(origins.begin(), origins.end(), origin) == origins.end()) origins.push_back(std::move(origin));
    }
    return origins;
}

PackOriginCheck CheckPackOrigin(std::string_view page_url, std::string_view pack_url,
                                const std::vector<std::string>& allowed_origins) {
    PackOriginCheck check;
    std::optional<ParsedOrigin> pack = ParseOrigin(pack_url);
    if (!pack) return check;
    check.pack_origin = Serialise(*pack);
    check.pack_host = pack->scheme == "file" ? "file://" : pack->host + (pack->port.empty() ? "" : ":" + pack->port);
    std::optional<std::string> page = UrlOrigin(page_url);
    if (page && *page == check.pack_origin) {
        check.verdict = PackOriginVerdict::SameOrigin;
    } else if (pack->scheme != "file" &&
               std::find(allowed_origins.begin(), allowed_origins.end(), check.pack_origin) != allowed_origins.end()) {
        check.verdict = PackOriginVerdict::AllowedOrigin;
    } else {
        check.verdict = PackOriginVerdict::Refused;
    }
    return check;
}

}  // namespace core
