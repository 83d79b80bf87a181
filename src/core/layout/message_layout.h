// message_layout.h — full-view messages: loading, and errors that explain themselves
// (a pack that could not be fetched, is not JSON, or fails validation).
#pragma once
#include <string>
#include <vector>

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

Scene LayoutMessage(const Message& message, float width, float height, const TextMetrics& metrics);

}  // namespace core
