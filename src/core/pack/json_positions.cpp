// json_positions.cpp — a small, bounds-checked scanner over already-valid JSON.
#include "core/pack/json_positions.h"

#include <algorithm>
#include <vector>

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

// Iterative (no recursion, so deep nesting cannot overflow the stack).
class Scanner {
public:
    Scanner(std::string_view text, std::map<std::string, size_t>& offsets, std::string& duplicate,
            size_t& duplicate_offset)
        : text_(text), offsets_(offsets), duplicate_(duplicate), duplicate_offset_(duplicate_offset) {}

    void Run() {
        struct Frame { std::string pointer; bool is_object; int index; };
        std::vector<Frame> stack;
        std::string pointer;  // pointer of the value about to be read
        SkipSpace();
        while (pos_ < text_.size()) {
            // Read one value at pos_ (a repeated key keeps its first place).
            if (!offsets_.emplace(pointer, pos_).second && duplicate_.empty() && !stack.empty() &&
                stack.back().is_object) {
                duplicate_ = pointer;
                duplicate_offset_ = member_start_;
            }
            char c = text_[pos_];
            if (c == '{' || c == '[') {
                ++pos_;
                stack.push_back({pointer, c == '{', 0});
                SkipSpace();
                if (pos_ < text_.size() && (text_[pos_] == '}' || text_[pos_] == ']')) {
                    ++pos_;
                    stack.pop_back();
                    // an empty container is a finished value: fall through
                } else {
                    if (!NextMember(stack.back(), pointer)) return;
                    continue;  // read its first member
                }
            } else {
                if (c == '"') {
                    if (!SkipString()) return;
                } else {
                    while (pos_ < text_.size() && !IsSpace(text_[pos_]) && text_[pos_] != ',' &&
                           text_[pos_] != '}' && text_[pos_] != ']')
                        ++pos_;
                }
            }
            // After a value: close finished containers, or move to the next member.
            for (;;) {
                if (stack.empty()) return;
                SkipSpace();
                if (pos_ >= text_.size()) return;
                if (text_[pos_] == ',') {
                    ++pos_;
                    stack.back().index++;
                    if (!NextMember(stack.back(), pointer)) return;
                    break;
                }
                if (text_[pos_] == '}' || text_[pos_] == ']') {
                    ++pos_;
                    stack.pop_back();
                    continue;
                }
                return;  // not valid JSON: stop
            }
        }
    }

private:
    template <typename FrameT>
    bool NextMember(const FrameT& frame, std::string& pointer) {
        SkipSpace();
        // Built in place (assign, then append): a pack has thousands of values, and a
        // string or two allocated for each was most of the index's time in the wasm.
        pointer.assign(frame.pointer);
        pointer += '/';
        if (!frame.is_object) {
            pointer += std::to_string(frame.index);
            return pos_ < text_.size();
        }
        if (pos_ >= text_.size() || text_[pos_] != '"') return false;
        member_start_ = pos_;
        size_t key_start = pos_ + 1;
        if (!SkipString()) return false;
        const std::string_view raw = text_.substr(key_start, pos_ - 1 - key_start);
        if (raw.find_first_of("\\~/") == std::string_view::npos)
            pointer.append(raw);  // the usual key: nothing to unescape or escape
        else
            pointer += EscapePointerToken(Unescape(raw));
        SkipSpace();
        if (pos_ >= text_.size() || text_[pos_] != ':') return false;
        ++pos_;
        SkipSpace();
        return pos_ < text_.size();
    }

    bool SkipString() {  // pos_ at the opening quote; leaves pos_ after the closing one
        ++pos_;
        while (pos_ < text_.size()) {
            char c = text_[pos_++];
            if (c == '\\') ++pos_;
            else if (c == '"') return pos_ <= text_.size();
        }
        return false;
    }

    // Keys with escapes are rare in packs; decode the simple escapes so pointers match
    // the parser's keys. \u escapes are kept verbatim (they only affect error placement).
    static std::string Unescape(std::string_view raw) {
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
                default: out += e; break;
            }
        }
        return out;
    }

    void SkipSpace() {
        while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
    }

    std::string_view text_;
    std::map<std::string, size_t>& offsets_;
    std::string& duplicate_;
    size_t& duplicate_offset_;
    size_t member_start_ = 0;  // where the current member's key starts
    size_t pos_ = 0;
};

}  // namespace

JsonPositions::JsonPositions(std::string_view text) : text_(text) {
    Scanner(text, offsets_, first_duplicate_, first_duplicate_offset_).Run();
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

// Why an index of line starts: a pack with dozens of warnings counted lines from the
// start of its text for each one, which was a tenth of its load time in the wasm.
LineColumn JsonPositions::LineColumnOf(size_t offset) const {
    if (offset > text_.size()) offset = text_.size();
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (size_t i = 0; i < text_.size(); ++i)
            if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    // The last line that starts at or before `offset`.
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const size_t line = static_cast<size_t>(after - line_starts_.begin());  // 1-based
    return {static_cast<int>(line), static_cast<int>(offset - line_starts_[line - 1] + 1)};
}

LineColumn JsonPositions::Find(const std::string& pointer) const {
    std::string p = pointer;
    for (;;) {
        auto it = offsets_.find(p);
        if (it != offsets_.end()) return LineColumnOf(it->second);
        size_t slash = p.rfind('/');
        if (slash == std::string::npos) return {1, 1};
        p.resize(slash);
    }
}

}  // namespace core
