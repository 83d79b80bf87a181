// names.cpp — the name functions declared in pack.h and names.h, over the tables.
#include "core/pack/names.h"

#include "core/common/strings.h"

namespace core {

const char* EventKindName(EventKind kind) { return kEventKindNames.NameOf(kind); }

const char* FeatureStyleName(FeatureStyle style) { return kFeatureStyleNames.NameOf(style); }


}  // namespace core
