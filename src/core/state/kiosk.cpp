// kiosk.cpp — KioskClock::At.
#include "core/state/kiosk.h"

#include <cmath>

namespace core {

KioskMoment KioskClock::At(double now_ms) {
    KioskMoment moment;
    if (!settings_.enabled) return moment;
    const double idle_s = (now_ms - last_input_ms_) / 1000;
    if (idle_s < settings_.idle_s) return moment;
    // After a reset the tour starts again from its first stop.
    const double tour_start_ms = reset_done_ ? reset_at_ms_ : last_input_ms_ + settings_.idle_s * 1000;
    const double step_ms = std::max(1.0, settings_.step_s * 1000);
    moment.phase = KioskPhase::Attract;
    moment.tour_step = static_cast<int>(std::floor(std::max(0.0, now_ms - tour_start_ms) / step_ms));
    if (reset_done_) return moment;
    if (idle_s >= settings_.reset_s) {
        moment.reset_due = true;
        reset_done_ = true;
        reset_at_ms_ = now_ms;
        moment.tour_step = 0;
        return moment;
    }
    if (idle_s >= settings_.reset_s - settings_.countdown_s) {
        moment.phase = KioskPhase::Countdown;
        moment.countdown_seconds = static_cast<int>(std::ceil(settings_.reset_s - idle_s));
    }
    return moment;
}

}  // namespace core
