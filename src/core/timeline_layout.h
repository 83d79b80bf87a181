// timeline_layout.h — lays out a pack's header, 60-day timeline and milestone cards
// for a given width, as a Scene in CSS pixels. Pure function of its inputs.
#pragma once
#include <string>

#include "core/pack.h"
#include "core/scene.h"
#include "core/text_wrap.h"

namespace core {

struct LayoutInput {
    float width = 1024;             // CSS px of the view
    std::string selected_id;        // drawn highlighted; "" for none
};

// Where day `day` of `days` sits on an axis from x0 to x1.
float DayToX(int day, int days, float x0, float x1);

Scene LayoutTimeline(const Pack& pack, const LayoutInput& input, const TextMetrics& metrics);

// "2025-07-10" -> "10 July 2025" (returns the input unchanged if it is not a date).
std::string FormatLongDate(const std::string& iso_date);

}  // namespace core
