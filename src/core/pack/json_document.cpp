// json_document.cpp — ParseJson: a SAX handler that builds the value itself.
//
// Why our own handler rather than nlohmann's DOM builder: that builder lives in
// nlohmann::detail and changed its template parameters in 3.12; json_sax<json> is the
// documented interface. Building the value here also lets us stop at the first
// repeated key (nlohmann would keep the last one silently) and at the depth limit
// (before a hostile file makes us allocate a deep tree).
#include "core/pack/json_document.h"

#include <set>
#include <string>
#include <vector>

#include "core/pack/json_positions.h"

namespace core {

namespace {

class DomBuilder final : public nlohmann::json_sax<json> {
public:
    DomBuilder(json& root, int max_depth) : root_(root), max_depth_(max_depth) {}

    bool null() override { return Put(nullptr); }
    bool boolean(bool value) override { return Put(value); }
    bool number_integer(number_integer_t value) override { return Put(value); }
    bool number_unsigned(number_unsigned_t value) override { return Put(value); }
    bool number_float(number_float_t value, const string_t& /*text*/) override { return Put(value); }
    bool string(string_t& value) override { return Put(std::move(value)); }
    // Only binary formats (CBOR, ...) produce these; JSON text never does.
    bool binary(binary_t& value) override { return Put(json::binary(std::move(value))); }

    bool start_object(std::size_t /*size*/) override { return Open(json::object()); }
    bool start_array(std::size_t /*size*/) override { return Open(json::array()); }
    bool end_object() override { return Close(); }
    bool end_array() override { return Close(); }

    bool key(string_t& key) override {
        if (!keys_.back().insert(key).second) {
            error_ = "duplicate key \"" + key + "\" in the same object";
            failure_ = DiagnosticCode::DuplicateKey;
            return false;
        }
        key_ = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const json::exception& ex) override {
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1,
        // column 5: syntax error while parsing value - <what>". Keep the plain part.
        std::string what = ex.what();
        size_t colon = what.find(": ");
        error_ = colon == std::string::npos ? what : what.substr(colon + 2);
        error_offset_ = position > 0 ? position - 1 : 0;
        return false;
    }

    DiagnosticCode failure() const { return failure_; }
    const std::string& error() const { return error_; }
    size_t error_offset() const { return error_offset_; }

private:
    // Where the next value goes: the root, a new last item of the open list, or the
    // member of the open object named by the last key. Pointers to open containers stay
    // valid: only the innermost one grows, and a list's items move only when it grows.
    json* Slot() {
        if (open_.empty()) return &root_;
        json& parent = *open_.back();
        if (parent.is_array()) {
            parent.push_back(nullptr);
            return &parent.back();
        }
        return &parent[key_];
    }

    bool Put(json value) {
        *Slot() = std::move(value);
        return true;
    }

    bool Open(json container) {
        if (static_cast<int>(open_.size()) >= max_depth_) {
            error_ = "nested more than " + std::to_string(max_depth_) + " levels deep";
            failure_ = DiagnosticCode::TooDeep;
            return false;
        }
        json* slot = Slot();
        *slot = std::move(container);
        open_.push_back(slot);
        keys_.emplace_back();  // lists get an empty set too, to keep keys_ aligned
        return true;
    }

    bool Close() {
        open_.pop_back();
        keys_.pop_back();
        return true;
    }

    json& root_;
    int max_depth_;
    std::vector<json*> open_;  // the containers being filled, outermost first
    std::vector<std::set<std::string>> keys_;
    std::string key_;
    DiagnosticCode failure_ = DiagnosticCode::NotJson;
    std::string error_;
    size_t error_offset_ = std::string::npos;  // npos: the error has no byte position
};

}  // namespace

std::optional<json> ParseJson(std::string_view text, int max_depth, Diagnostics& diagnostics) {
    json root;
    DomBuilder builder(root, max_depth);
    if (json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, /*strict=*/true,
                        /*ignore_comments=*/false))
        return root;
    std::string message = "not valid JSON: " + (builder.error().empty() ? std::string("unreadable") : builder.error());
    size_t offset = builder.error_offset();
    std::string pointer;
    // The SAX interface gives no position for the two errors we raise ourselves; find
    // them in the text.
    if (builder.failure() == DiagnosticCode::TooDeep) offset = OffsetOfNestingDepth(text, max_depth + 1);
    if (builder.failure() == DiagnosticCode::DuplicateKey) {
        JsonPositions positions(text);
        pointer = positions.first_duplicate();
        offset = positions.first_duplicate_offset();
    }
    LineColumn at = offset == std::string::npos ? LineColumn{} : OffsetToLineColumn(text, offset);
    diagnostics.items.push_back(MakeDiagnostic(builder.failure(), pointer, at.line, at.column, std::move(message)));
    return std::nullopt;
}

}  // namespace core
