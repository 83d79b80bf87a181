// pack_loader.h — bytes of a pack file in, a typed Pack and every problem found out.
// Never throws or aborts: a broken or hostile pack yields diagnostics, each with a
// JSON pointer and line:column, reported all at once.
#pragma once
#include <optional>
#include <string_view>

#include "core/pack/diagnostics.h"
#include "core/pack/pack.h"

namespace core {

// Limits that keep a hostile pack from exhausting memory or time.
struct PackLimits {
    size_t max_bytes = 4 * 1024 * 1024;
    int max_depth = 32;
    size_t max_string_bytes = 8 * 1024;
    size_t max_items = 1000;  // per array
    size_t max_map_positions = 20000;  // in all map features together (drawing cost)
};

struct PackLoadResult {
    std::optional<Pack> pack;  // present when there are no errors (warnings allowed)
    Diagnostics diagnostics;
};

// Where a valid pack's warnings are placed (their line:column found in the text). Later:
// a pack with no errors keeps its warnings at line 0, for PlaceDiagnostics
// (json_positions.h) to place once there is time (a widget, after its first frame: the
// walk through the text was a sixth of the shipped pack's load, for its 40 warnings).
// A pack with errors has every diagnostic placed either way.
enum class WarningPlaces { Now, Later };

PackLoadResult LoadPack(std::string_view bytes, const PackLimits& limits = {},
                        WarningPlaces warning_places = WarningPlaces::Now);

}  // namespace core
