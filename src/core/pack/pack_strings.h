// pack_strings.h — the interface text a pack is shown with: the built-in table of the
// pack's language, with the pack's own "strings" over it.
#pragma once
#include "core/common/strings.h"
#include "core/pack/pack.h"

namespace core {

Strings StringsFor(const Pack& pack);

// "Confirmed", "Reported", "Article's claim": how a claim's certainty reads.
const std::string& CertaintyText(const Strings& strings, Certainty certainty);

}  // namespace core
