// kiosk.h — an unattended kiosk's timeline, on the widget's clock: after `idle_s`
// without input an attract loop tours the pack (a milestone, a change, a map feature,
// each for `step_s`) under a "Touch to explore" prompt; `countdown_s` before
// `reset_s` a visible countdown announces the reset to the start; any input cancels
// both. Plain arithmetic on milliseconds, so tests run days in microseconds.
#pragma once
#include <string>
#include <vector>

#include "core/common/name_table.h"

namespace core {

struct KioskSettings {
    bool enabled = false;
    double idle_s = 60;       // no input for this long: the attract loop
    double reset_s = 90;      // no input for this long: back to the start
    double countdown_s = 10;  // the reset is announced this long before
    double step_s = 6;        // each stop of the tour

    // A kiosk switched on with the two periods a URL or a command line gives.
    static KioskSettings On(double idle_s, double reset_s) {
        KioskSettings s;
        s.enabled = true;
        s.idle_s = idle_s;
        s.reset_s = reset_s;
        return s;
    }
};

enum class KioskPhase { Interactive, Attract, Countdown };
inline constexpr NameTable<KioskPhase, 3> kKioskPhaseNames{{
    {KioskPhase::Interactive, "interactive"}, {KioskPhase::Attract, "attract"}, {KioskPhase::Countdown, "countdown"}}};

// What the kiosk wants shown at `now`: its phase, the tour's stop, the seconds left.
struct KioskMoment {
    KioskPhase phase = KioskPhase::Interactive;
    int tour_step = -1;          // index into the tour while attracting; -1 otherwise
    int countdown_seconds = 0;   // whole seconds left before the reset (Countdown)
    bool reset_due = false;      // the reset time has come (once per idle period)
};

class KioskClock {
public:
    // The reset comes at least a countdown after the tour starts (a reset_s shorter
    // than that would count down before anything moved).
    void Configure(const KioskSettings& settings) {
        settings_ = settings;
        if (settings_.reset_s < settings_.idle_s + settings_.countdown_s)
            settings_.reset_s = settings_.idle_s + settings_.countdown_s;
    }
    const KioskSettings& settings() const { return settings_; }
    // A visitor touched, clicked, scrolled or pressed a key.
    void Input(double now_ms) {
        last_input_ms_ = now_ms;
        reset_done_ = false;
    }
    // Where the kiosk stands at `now`; a due reset is reported once, then the tour
    // carries on from the start (nothing bright stands still) until the next input.
    KioskMoment At(double now_ms);

private:
    KioskSettings settings_;
    double last_input_ms_ = 0;
    bool reset_done_ = false;
    double reset_at_ms_ = 0;  // when the last reset happened (the tour restarts there)
};

}  // namespace core
