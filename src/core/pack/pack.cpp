// pack.cpp — the small helpers of the typed model (pack.h).
#include "core/pack/pack.h"

namespace core {

bool IsValidItemId(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z')))
            return false;
    return true;
}

const Source* Pack::FindSource(const std::string& id) const {
    for (const Source& source : sources)
        if (source.id == id) return &source;
    return nullptr;
}

const Actor* Pack::FindActor(const std::string& id) const {
    for (const Actor& actor : actors)
        if (actor.id == id) return &actor;
    return nullptr;
}

}  // namespace core
