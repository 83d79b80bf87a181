// theme.h — light or dark: the reader's system setting, ?theme=, or a host's command.
#pragma once
#include "core/common/name_table.h"

namespace core {

enum class Theme { Light, Dark };
inline constexpr NameTable<Theme, 2> kThemeNames{{{Theme::Light, "light"}, {Theme::Dark, "dark"}}};

}  // namespace core
