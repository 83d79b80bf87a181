// translation.h — a translated pack against its original: the same items, by id, so a
// link, a deep link or a shared place means the same thing in every language.
#pragma once
#include <string_view>

#include "core/pack/diagnostics.h"
#include "core/pack/pack.h"

namespace core {

// E030 for each item of `original` the translation lacks (at the list it belongs in),
// E031 for each it has that the original does not (at its id). `translation_text` is
// the translation's file, for positions.
Diagnostics CheckTranslation(const Pack& original, const Pack& translation, std::string_view translation_text);

}  // namespace core
