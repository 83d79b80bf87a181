// amendments_layout.h — the amendments view: one card per amendment with what the
// framework says, what was asked, and each party's stated response, every claim with
// its certainty badge and sources.
#pragma once
#include "core/layout/layout_common.h"

namespace core {

// Lays out from `y` down inside [x0, x0 + width]; returns the y below what it drew.
float LayoutAmendmentsView(SceneBuilder& b, float x0, float width, float y);

}  // namespace core
