// names.cpp — the name functions declared in pack.h and names.h, over the tables.
#include "core/pack/names.h"

#include "core/common/strings.h"

namespace core {

const char* EventKindName(EventKind kind) { return kEventKindNames.NameOf(kind); }

const char* FeatureStyleName(FeatureStyle style) { return kFeatureStyleNames.NameOf(style); }

// Interface text, not a pack name: the English entry of the string table, so the
// words are written once (strings.cpp). Kept for callers that have no Strings yet.
const char* CertaintyLabel(Certainty certainty) {
    static const Strings english = Strings::ForLanguage("en");
    switch (certainty) {
        case Certainty::Confirmed: return english.Get(StringId::CertaintyConfirmed).c_str();
        case Certainty::Reported: return english.Get(StringId::CertaintyReported).c_str();
        case Certainty::Article: return english.Get(StringId::CertaintyArticle).c_str();
    }
    return "";
}

}  // namespace core
