// url_hash.cpp — the fragment codec.
#include "core/state/url_hash.h"

#include "core/pack/pack.h"
#include "core/state/url_params.h"

namespace core {


HashState DecodeHash(std::string_view hash, std::vector<std::string>& warnings) {
    HashState state;
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    for (const auto& [key, value] : SplitQuery(hash)) {
        if (key == "item") {
            if (IsValidItemId(value)) state.item = value;
            else warnings.push_back("ignored #item=: \"" + value.substr(0, 80) + "\" is not an item id");
        } else if (key == "view") {
            if (std::optional<View> view = kViewNames.FromName(value)) state.view = view;
            else warnings.push_back("ignored #view=: \"" + value.substr(0, 40) + "\" is not " + kViewNames.List<std::string>());
        }
    }
    return state;
}

std::string EncodeHash(const HashState& state) {
    std::string out;
    if (!state.item.empty()) out += "item=" + state.item;
    if (state.view) out += std::string(out.empty() ? "" : "&") + "view=" + kViewNames.NameOf(*state.view);
    return out.empty() ? out : "#" + out;
}

}  // namespace core
