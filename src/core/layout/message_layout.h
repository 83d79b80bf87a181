// message_layout.h — full-view messages: loading, and errors that explain themselves
// (a pack that could not be fetched, is not JSON, or fails validation).
#pragma once
#include <string>
#include <vector>

#include "core/common/strings.h"
#include "core/layout/scene.h"
#include "core/layout/text_wrap.h"

namespace core {

struct Message {
    bool is_error = false;
    std::string title;                // "This explainer could not be loaded"
    std::string detail;               // what failed and where
    std::vector<std::string> items;   // e.g. one line per diagnostic
    std::string hint;                 // what the reader or editor can do
};

// The "ERROR" kicker and the "... and N more" line come from `strings`.
Scene LayoutMessage(const Message& message, const Strings& strings, float width, float height,
                    const TextMetrics& metrics);

}  // namespace core
