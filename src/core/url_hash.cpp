// url_hash.cpp — the fragment codec.
#include "core/url_hash.h"

#include "core/url_params.h"

namespace core {

namespace {
bool IsIdText(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}
}  // namespace

bool IsKnownView(std::string_view view) { return view == "timeline" || view == "amendments" || view == "map"; }

HashState DecodeHash(std::string_view hash, std::vector<std::string>& warnings) {
    HashState state;
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    while (!hash.empty()) {
        size_t amp = hash.find('&');
        std::string_view pair = hash.substr(0, amp);
        hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
        size_t eq = pair.find('=');
        if (pair.empty() || eq == std::string_view::npos) continue;
        std::string key = PercentDecode(pair.substr(0, eq));
        std::string value = PercentDecode(pair.substr(eq + 1));
        if (key == "item") {
            if (IsIdText(value)) state.item = value;
            else warnings.push_back("ignored #item=: \"" + value.substr(0, 80) + "\" is not an item id");
        } else if (key == "view") {
            if (IsKnownView(value)) state.view = value;
            else warnings.push_back("ignored #view=: \"" + value.substr(0, 40) + "\" is not timeline, amendments or map");
        }
    }
    return state;
}

std::string EncodeHash(const HashState& state) {
    std::string out;
    if (!state.item.empty()) out += "item=" + state.item;
    if (!state.view.empty()) out += std::string(out.empty() ? "" : "&") + "view=" + state.view;
    return out.empty() ? out : "#" + out;
}

}  // namespace core
