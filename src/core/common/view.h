// view.h — the widget's three views. Wide screens show all three side by side; phones
// show one at a time, and that one is part of the reader's place (#view=).
#pragma once
#include "core/common/name_table.h"

namespace core {

enum class View { Timeline, Amendments, Map };
constexpr int kViewCount = 3;

inline constexpr NameTable<View, kViewCount> kViewNames{{
    {View::Timeline, "timeline"},
    {View::Amendments, "amendments"},
    {View::Map, "map"},
}};

}  // namespace core
