// json_positions.h — where the values that diagnostics name start in a JSON text.
// RapidJSON's SAX reader gives no source positions, so diagnostics carry JSON pointers,
// and once a text's diagnostics are all in, one walk over the text turns their
// pointers into line:column.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/pack/diagnostics.h"

namespace core {

struct LineColumn {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in bytes
};

LineColumn OffsetToLineColumn(std::string_view text, size_t offset);

// Sets the line and column of diagnostics[first...] to where the value each one's
// pointer names starts in `text`, or its nearest parent that is there when the pointer
// names a missing member (so "missing field" points at the object). `text` should be
// valid JSON (checked by ParseJson); anything unexpected ends the walk quietly, never
// reading out of bounds. One walk for them all, however many there are.
void PlaceDiagnostics(std::string_view text, std::vector<Diagnostic>& diagnostics, size_t first = 0);

// The first member that repeats a key of its object (a plain DOM would keep only the
// last one silently): its pointer, and the byte offset of its key.
struct RepeatedKey {
    std::string pointer;
    size_t offset = 0;
};
std::optional<RepeatedKey> FirstRepeatedKey(std::string_view text);

// Byte offset of the bracket that opens nesting level `depth` (1 = the outermost
// container), or the text's size when the text is never that deep.
size_t OffsetOfNestingDepth(std::string_view text, int depth);

// Escapes one reference token for a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string EscapePointerToken(std::string_view token);

}  // namespace core
