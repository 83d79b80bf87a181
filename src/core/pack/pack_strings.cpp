// pack_strings.cpp — StringsFor.
#include "core/pack/pack_strings.h"

namespace core {

Strings StringsFor(const Pack& pack) {
    Strings strings = Strings::ForLanguage(pack.meta.language);
    strings.SetDigits(pack.meta.digits);
    for (const auto& [id, text] : pack.interface_strings) strings.Override(id, text);
    return strings;
}

const std::string& CertaintyText(const Strings& strings, Certainty certainty) {
    switch (certainty) {
        case Certainty::Confirmed: return strings.Get(StringId::CertaintyConfirmed);
        case Certainty::Reported: return strings.Get(StringId::CertaintyReported);
        case Certainty::Article: break;
    }
    return strings.Get(StringId::CertaintyArticle);
}

}  // namespace core
