// mirror.h — a right-to-left layout from a left-to-right one. Every layout is written
// once, left to right; for a right-to-left pack the finished scene is mirrored: columns
// and panels swap sides, the timeline runs from day 0 on the right, text ends at the
// right of its box. The map is not mirrored (geography has no reading direction): its
// panel moves to its mirrored place with its contents as they are.
#pragma once
#include "core/layout/scene.h"

namespace core {

void MirrorScene(Scene& scene);

}  // namespace core
