// url_params.cpp — query-string parsing for the page parameters.
#include "core/state/url_params.h"

#include <algorithm>

#include <cstdlib>

#include "core/common/hex_digit.h"

namespace core {

std::string PercentDecode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() + 0 && HexDigitValue(text[i + 1]) >= 0 && HexDigitValue(text[i + 2]) >= 0) {
            out += static_cast<char>(HexDigitValue(text[i + 1]) * 16 + HexDigitValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> SplitQuery(std::string_view query) {
    std::vector<std::pair<std::string, std::string>> out;
    while (!query.empty()) {
        size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        size_t eq = pair.find('=');
        if (pair.empty() || eq == std::string_view::npos) continue;
        out.emplace_back(PercentDecode(pair.substr(0, eq)), PercentDecode(pair.substr(eq + 1)));
    }
    return out;
}

bool IsAllowedPackUrl(std::string_view url) {
    if (url.empty() || url.size() > 2048) return false;
    for (char c : url)
        if (static_cast<unsigned char>(c) < 0x20 || c == '\\') return false;
    size_t colon = url.find(':');
    size_t first_sep = url.find_first_of("/?#");
    bool has_scheme = colon != std::string_view::npos && (first_sep == std::string_view::npos || colon < first_sep);
    if (!has_scheme) return url.rfind("//", 0) != 0;  // relative path; not protocol-relative
    std::string scheme(url.substr(0, colon));
    for (char& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return scheme == "https" || scheme == "http";
}

PageParams ParsePageParams(std::string_view query) {
    PageParams params;
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);
    for (const auto& [key, value] : SplitQuery(query)) {
        if (key == "pack") {
            if (IsAllowedPackUrl(value)) params.pack_url = value;
            else params.warnings.push_back("ignored ?pack=: \"" + value.substr(0, 200) +
                                           "\" is not a relative path or an http(s) address");
        } else if (key == "lang") {
            // A language subtag (2 or 3 letters): it becomes part of a file name.
            const bool ok = (value.size() == 2 || value.size() == 3) &&
                            std::all_of(value.begin(), value.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (ok && value != "en") params.language = value;
            else if (!ok) params.warnings.push_back("ignored ?lang=: \"" + value.substr(0, 40) + "\" is not a language code like ar");
        } else if (key == "theme") {
            if (value == "light" || value == "dark") params.theme = value;
            else params.warnings.push_back("ignored ?theme=: \"" + value.substr(0, 40) + "\" is not light or dark");
        } else if (key == "mode") {
            if (value == "kiosk") params.kiosk = true;
            else params.warnings.push_back("ignored ?mode=: \"" + value.substr(0, 40) + "\" is not kiosk");
        } else if (key == "idle" || key == "reset") {
            // Whole seconds, 5 s to a day: a typo must not make a kiosk reset every second.
            char* end = nullptr;
            const long seconds = std::strtol(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || seconds < 5 || seconds > 86400)
                params.warnings.push_back("ignored ?" + key + "=: \"" + value.substr(0, 40) +
                                          "\" is not a number of seconds from 5 to 86400");
            else (key == "idle" ? params.idle_s : params.reset_s) = static_cast<double>(seconds);
        }
        // Other parameters belong to the host page (analytics and the like): not ours.
    }
    return params;
}

}  // namespace core
