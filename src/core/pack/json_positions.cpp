// json_positions.cpp — one small, bounds-checked walk over already-valid JSON that
// names each value's pointer and offset in turn.
#include "core/pack/json_positions.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "core/common/hex_digit.h"
#include "core/common/utf8.h"

namespace core {

LineColumn OffsetToLineColumn(std::string_view text, size_t offset) {
    LineColumn at{1, 1};
    if (offset > text.size()) offset = text.size();
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else {
            ++at.column;
        }
    }
    return at;
}

std::string EscapePointerToken(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void SkipSpace(std::string_view text, size_t& pos) {
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
}

// pos at the opening quote; leaves pos after the closing one.
bool SkipString(std::string_view text, size_t& pos) {
    ++pos;
    while (pos < text.size()) {
        char c = text[pos++];
        if (c == '\\') ++pos;
        else if (c == '"') return pos <= text.size();
    }
    return false;
}

// pos at a value's first byte; leaves pos just after the value.
bool SkipValue(std::string_view text, size_t& pos) {
    if (pos >= text.size()) return false;
    if (text[pos] == '"') return SkipString(text, pos);
    if (text[pos] != '{' && text[pos] != '[') {
        while (pos < text.size() && !IsSpace(text[pos]) && text[pos] != ',' && text[pos] != '}' && text[pos] != ']')
            ++pos;
        return true;
    }
    int depth = 0;  // counted, not recursed: deep nesting cannot overflow the stack
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"') {
            if (!SkipString(text, pos)) return false;
            continue;
        }
        ++pos;
        if (c == '{' || c == '[') ++depth;
        else if ((c == '}' || c == ']') && --depth == 0) return true;
    }
    return false;
}

// Four hex digits at raw[at..], or -1.
int32_t ReadHex4(std::string_view raw, size_t at) {
    if (at + 4 > raw.size()) return -1;
    int32_t value = 0;
    for (size_t i = at; i < at + 4; ++i) {
        const int digit = HexDigitValue(raw[i]);
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Keys with escapes are rare in packs; decode them as the parser does (\u escapes and
// their surrogate pairs included) so that pointers match the parser's keys.
std::string Unescape(std::string_view raw) {
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        char e = raw[++i];
        switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                int32_t cp = ReadHex4(raw, i + 1);
                if (cp < 0) {
                    out += e;  // not an escape the parser accepts; keep what is there
                    break;
                }
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                    const int32_t low = ReadHex4(raw, i + 3);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                AppendUtf8(out, static_cast<uint32_t>(cp));
                break;
            }
            default: out += e; break;
        }
    }
    return out;
}

// Appends an object key, as it stands between the quotes, as a pointer spells it.
void AppendKeyToken(std::string& pointer, std::string_view raw) {
    if (raw.find_first_of("\\~/") == std::string_view::npos)
        pointer.append(raw);  // the usual key: nothing to unescape or escape
    else
        pointer += EscapePointerToken(Unescape(raw));
}

// Every value of the text in order: while (walk.Next()) read walk.pointer(), where
// the value starts, and where its key starts when it is an object's member. A cursor,
// not a callback per caller: each copy of the walk would be more bytes in the wasm.
// Iterative (no recursion, so deep nesting cannot overflow the stack); it ends at
// anything unexpected.
class Walk {
public:
    explicit Walk(std::string_view text) : text_(text) {}

    bool Next() {
        if (!started_) {
            started_ = true;
            SkipSpace(text_, pos_);
        } else if (!Advance()) {
            pos_ = text_.size();
        }
        return pos_ < text_.size();
    }
    const std::string& pointer() const { return pointer_; }
    size_t offset() const { return pos_; }
    bool at_container() const { return pos_ < text_.size() && (text_[pos_] == '{' || text_[pos_] == '['); }
    // The next Next() goes past the current value, not into it: a caller that needs
    // nothing inside it is spared a pointer for every value there.
    void StepOver() { step_over_ = true; }
    // npos when the value is the root or a list's item.
    size_t key_offset() const {
        return !stack_.empty() && stack_.back().is_object ? member_start_ : std::string_view::npos;
    }

private:
    struct Frame { std::string pointer; bool is_object; int index; };

    // From the value at pos_ to the next one (into a container, or past it).
    bool Advance() {
        const char c = text_[pos_];
        const bool step_over = step_over_;
        step_over_ = false;
        if ((c == '{' || c == '[') && !step_over) {
            ++pos_;
            stack_.push_back({pointer_, c == '{', 0});
            SkipSpace(text_, pos_);
            if (pos_ >= text_.size() || (text_[pos_] != '}' && text_[pos_] != ']'))
                return NextMember(stack_.back(), pointer_);  // its first member
            ++pos_;  // an empty container is a finished value
            stack_.pop_back();
        } else if (!SkipValue(text_, pos_)) {
            return false;
        }
        // After a value: close finished containers, or move to the next member.
        for (;;) {
            if (stack_.empty()) return false;
            SkipSpace(text_, pos_);
            if (pos_ >= text_.size()) return false;
            if (text_[pos_] == ',') {
                ++pos_;
                stack_.back().index++;
                return NextMember(stack_.back(), pointer_);
            }
            if (text_[pos_] != '}' && text_[pos_] != ']') return false;  // not valid JSON
            ++pos_;
            stack_.pop_back();
        }
    }

    bool NextMember(const Frame& frame, std::string& pointer) {
        SkipSpace(text_, pos_);
        // Built in place (assign, then append): a pack has thousands of values, and a
        // string or two allocated for each was most of the walk's time in the wasm.
        pointer.assign(frame.pointer);
        pointer += '/';
        if (!frame.is_object) {
            pointer += std::to_string(frame.index);
            return pos_ < text_.size();
        }
        if (pos_ >= text_.size() || text_[pos_] != '"') return false;
        member_start_ = pos_;
        const size_t key_start = pos_ + 1;
        if (!SkipString(text_, pos_)) return false;
        AppendKeyToken(pointer, text_.substr(key_start, pos_ - 1 - key_start));
        SkipSpace(text_, pos_);
        if (pos_ >= text_.size() || text_[pos_] != ':') return false;
        ++pos_;
        SkipSpace(text_, pos_);
        return pos_ < text_.size();
    }

    std::string_view text_;
    std::vector<Frame> stack_;
    std::string pointer_;      // of the value at pos_
    size_t member_start_ = 0;  // where the current member's key starts
    size_t pos_ = 0;
    bool started_ = false;
    bool step_over_ = false;
};

// Why an index of line starts: a pack with dozens of warnings counted lines from the
// start of its text for each one, which was a tenth of its load time in the wasm.
class LineStarts {
public:
    explicit LineStarts(std::string_view text) : size_(text.size()) {
        starts_.push_back(0);
        for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
            starts_.push_back(i + 1);  // (find: memchr, not a test and a branch a byte)
    }

    LineColumn Of(size_t offset) const {
        offset = std::min(offset, size_);
        // The last line that starts at or before `offset`.
        const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const size_t line = static_cast<size_t>(after - starts_.begin());  // 1-based
        return {static_cast<int>(line), static_cast<int>(offset - starts_[line - 1] + 1)};
    }

private:
    size_t size_;
    std::vector<size_t> starts_;
};

}  // namespace

void PlaceDiagnostics(std::string_view text, std::vector<Diagnostic>& diagnostics, size_t first) {
    if (first >= diagnostics.size()) return;
    // Why not an index of every value, as this was: a pack has thousands of values and
    // a few dozen diagnostics, and the index (a tree of strings) was a third of a valid
    // pack's load time in the wasm. Only the pointers asked for, and their parents (a
    // missing member is shown at its nearest parent that is there), are looked for,
    // sorted, each at its first place (a repeated key keeps its first).
    constexpr size_t kUnseen = std::string_view::npos;
    // Ordered, not hashed: the tree code is in the wasm already, a hash table's or a
    // sort's would be more bytes in every first load.
    std::map<std::string, size_t> wanted;
    // A pointer and each of its parents in turn, down to the root's "" (which is where
    // something that is not a pointer is placed).
    const auto pointer_of = [](const Diagnostic& d) {
        return d.pointer.empty() || d.pointer[0] == '/' ? d.pointer : std::string();
    };
    for (size_t i = first; i < diagnostics.size(); ++i)
        for (std::string p = pointer_of(diagnostics[i]);; p.resize(p.rfind('/'))) {
            wanted.emplace(p, kUnseen);
            if (p.empty()) break;
        }
    size_t unseen = wanted.size();
    // Once every place is found the rest of the text need not be read; and a list or
    // object that holds none of them is stepped over whole (the shipped pack's two
    // warnings had the walk name every value up to the last: 3.6 M instructions
    // natively, a quarter of the pack's load).
    std::string below;  // a container's pointer and "/": what the pointers inside it start with
    for (Walk walk(text); unseen > 0 && walk.Next();) {
        const auto w = wanted.find(walk.pointer());
        if (w != wanted.end() && w->second == kUnseen) {
            w->second = walk.offset();
            --unseen;
        }
        if (!walk.at_container()) continue;
        below.assign(walk.pointer()).push_back('/');
        const auto inside = wanted.lower_bound(below);
        if (inside == wanted.end() || inside->first.compare(0, below.size(), below) != 0) walk.StepOver();
    }
    const LineStarts lines(text);
    for (size_t i = first; i < diagnostics.size(); ++i) {
        Diagnostic& d = diagnostics[i];
        LineColumn at{1, 1};  // a text with no value at all
        for (std::string p = pointer_of(d);; p.resize(p.rfind('/'))) {
            if (auto w = wanted.find(p); w != wanted.end() && w->second != kUnseen) {
                at = lines.Of(w->second);
                break;
            }
            if (p.empty()) break;
        }
        d.line = at.line;
        d.column = at.column;
    }
}

std::optional<RepeatedKey> FirstRepeatedKey(std::string_view text) {
    // Only on the way to an error, so a tree of every pointer is fine; the same type as
    // PlaceDiagnostics's, so no more of its code in the wasm.
    std::map<std::string, size_t> seen;
    for (Walk walk(text); walk.Next();)
        if (!seen.emplace(walk.pointer(), walk.offset()).second && walk.key_offset() != std::string_view::npos)
            return RepeatedKey{walk.pointer(), walk.key_offset()};
    return std::nullopt;
}

size_t OffsetOfNestingDepth(std::string_view text, int depth) {
    int level = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++level == depth) return i;
        } else if (c == '}' || c == ']') {
            --level;
        }
    }
    return text.size();
}

}  // namespace core
