// json_positions.h — where each value of a JSON text starts, by JSON pointer.
// RapidJSON's SAX reader gives no source positions, so after it has accepted a text we
// walk that text once more and record the byte offset of every value; diagnostics
// then turn a pointer into line:column.
#pragma once
#include <string>
#include <string_view>
#include <map>
#include <vector>

namespace core {

struct LineColumn {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in bytes
};

LineColumn OffsetToLineColumn(std::string_view text, size_t offset);

class JsonPositions {
public:
    // Indexes `text`, which must already be valid JSON (checked by ParseJson).
    // Stops quietly at anything unexpected rather than reading out of bounds.
    explicit JsonPositions(std::string_view text);

    // Line and column of the value at `pointer`; of its nearest indexed parent when
    // the pointer names a missing member (so "missing field" points at the object).
    LineColumn Find(const std::string& pointer) const;

    // The first member that repeats a key of its object (a plain DOM would keep only the
    // last one silently): its pointer and byte offset. Empty pointer when none.
    const std::string& first_duplicate() const { return first_duplicate_; }
    size_t first_duplicate_offset() const { return first_duplicate_offset_; }

private:
    LineColumn LineColumnOf(size_t offset) const;

    std::string_view text_;
    // Ordered, not hashed: the tree code is in the wasm already (the reader's ids), a
    // hash table's is about 3.5 KB more in every first load.
    std::map<std::string, size_t> offsets_;
    mutable std::vector<size_t> line_starts_;  // built on the first Find
    std::string first_duplicate_;
    size_t first_duplicate_offset_ = 0;
};

// Byte offset of the bracket that opens nesting level `depth` (1 = the outermost
// container), or the text's size when the text is never that deep.
size_t OffsetOfNestingDepth(std::string_view text, int depth);

// Escapes one reference token for a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string EscapePointerToken(std::string_view token);

}  // namespace core
