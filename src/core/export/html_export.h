// html_export.h — a pack as a static, semantic, escaped HTML article: the seed of the
// no-JS, print and screen-reader versions. Every claim carries its certainty and
// sources, as on screen.
#pragma once
#include <string>
#include <string_view>

#include "core/pack/pack.h"

namespace core {

// Escapes text for HTML element content and attribute values.
std::string EscapeHtml(std::string_view text);

std::string PackToHtml(const Pack& pack);

}  // namespace core
