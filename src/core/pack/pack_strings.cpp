// pack_strings.cpp — StringsFor.
#include "core/pack/pack_strings.h"

namespace core {

Strings StringsFor(const Pack& pack) {
    Strings strings = Strings::ForLanguage(pack.meta.language);
    for (const auto& [id, text] : pack.interface_strings) strings.Override(id, text);
    return strings;
}

}  // namespace core
