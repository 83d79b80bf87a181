// json_document.cpp — ParseJson: RapidJSON's SAX reader (Debian's rapidjson-dev) with a
// handler that builds the JsonValue itself.
//
// Why RapidJSON's reader: it parses numbers itself, without libc's strtod and the
// software long-double arithmetic that comes with it, and its parser is a fraction of
// the size of nlohmann's, which the web build used before (about 35 KB less code in
// every first load). Why our own handler: it stops at the first repeated key (a plain
// DOM keeps both, and a reader would see one) and at the depth limit, before a hostile
// file makes us allocate a deep tree or recurse deeply.
#include "core/pack/json_document.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

// No exceptions in the wasm build; RapidJSON's asserts only in debug builds.
#ifndef NDEBUG
#include <cassert>
#define RAPIDJSON_ASSERT(x) assert(x)
#else
#define RAPIDJSON_ASSERT(x) ((void)0)
#endif
#include <rapidjson/reader.h>

#include "core/pack/json_positions.h"

namespace core {

namespace {

class DomBuilder {
public:
    DomBuilder(json& root, int max_depth) : root_(root), max_depth_(max_depth) {}

    // RapidJSON's handler concept (rapidjson/reader.h): false stops the parse.
    bool Null() { return Put(json()); }
    bool Bool(bool value) { return Put(json::Boolean(value)); }
    bool Int(int value) { return Put(json::Integer(value)); }
    bool Uint(unsigned value) { return Put(json::Unsigned(value)); }
    bool Int64(int64_t value) { return Put(json::Integer(value)); }
    bool Uint64(uint64_t value) { return Put(json::Unsigned(value)); }
    bool Double(double value) { return Put(json::Float(value)); }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }  // only with kParseNumbersAsStringsFlag
    bool String(const char* text, rapidjson::SizeType length, bool /*copy*/) {
        return Put(json::String(std::string(text, length)));
    }
    bool StartObject() { return Open(json::Object()); }
    bool StartArray() { return Open(json::Array()); }
    bool EndObject(rapidjson::SizeType) { return Close(); }
    bool EndArray(rapidjson::SizeType) { return Close(); }
    bool Key(const char* text, rapidjson::SizeType length, bool /*copy*/) {
        std::string key(text, length);
        if (!keys_.back().insert(key).second) {
            error_ = "duplicate key \"" + key + "\" in the same object";
            failure_ = DiagnosticCode::DuplicateKey;
            return false;
        }
        key_ = std::move(key);
        return true;
    }

    // Set when the handler itself stopped the parse (a repeated key, too deep).
    bool stopped() const { return !error_.empty(); }
    DiagnosticCode failure() const { return failure_; }
    const std::string& error() const { return error_; }

private:
    // Where the next value goes: the root, a new last item of the open list, or a new
    // member of the open object named by the last key. The open containers are kept as
    // pointers: only the innermost one grows, so the outer ones never move.
    json& Slot(json value) {
        if (open_.empty()) return root_ = std::move(value);
        json& parent = *open_.back();
        if (parent.is_array()) return parent.Append(std::move(value));
        return parent.Add(std::move(key_), std::move(value));
    }

    bool Put(json value) {
        Slot(std::move(value));
        return true;
    }

    bool Open(json container) {
        if (static_cast<int>(open_.size()) >= max_depth_) {
            error_ = "nested more than " + std::to_string(max_depth_) + " levels deep";
            failure_ = DiagnosticCode::TooDeep;
            return false;
        }
        open_.push_back(&Slot(std::move(container)));
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
};

// What RapidJSON found wrong, in the words of the pack's other messages.
const char* SyntaxError(rapidjson::ParseErrorCode code) {
    switch (code) {
        case rapidjson::kParseErrorDocumentEmpty: return "the file is empty";
        case rapidjson::kParseErrorDocumentRootNotSingular: return "more text follows the end of the JSON value";
        case rapidjson::kParseErrorValueInvalid: return "expected a value (an object, list, string, number, true, false or null)";
        case rapidjson::kParseErrorObjectMissName: return "expected a member's name in double quotes";
        case rapidjson::kParseErrorObjectMissColon: return "expected ':' after a member's name";
        case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: return "expected ',' or '}' after an object's member";
        case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: return "expected ',' or ']' after a list's item";
        case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex: return "a \\u escape needs four hexadecimal digits";
        case rapidjson::kParseErrorStringUnicodeSurrogateInvalid: return "a \\u escape names half of a surrogate pair";
        case rapidjson::kParseErrorStringEscapeInvalid: return "unknown escape in a string";
        case rapidjson::kParseErrorStringMissQuotationMark: return "a string has no closing double quote";
        case rapidjson::kParseErrorStringInvalidEncoding: return "a string is not valid UTF-8";
        case rapidjson::kParseErrorNumberTooBig: return "a number is too large";
        case rapidjson::kParseErrorNumberMissFraction: return "a number's decimal point has no digits after it";
        case rapidjson::kParseErrorNumberMissExponent: return "a number's exponent has no digits";
        default: return "unreadable";
    }
}

}  // namespace

std::optional<json> ParseJson(std::string_view text, int max_depth, Diagnostics& diagnostics) {
    // RapidJSON's in-situ stream ends at a NUL byte: "{}\0anything" would pass for "{}".
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const LineColumn at = OffsetToLineColumn(text, nul);
        diagnostics.items.push_back(
            MakeDiagnostic(DiagnosticCode::NotJson, "", at.line, at.column, "not valid JSON: the file contains a NUL byte"));
        return std::nullopt;
    }
    json root;
    DomBuilder builder(root, max_depth);
    // In situ: strings are unescaped inside a copy of the text. Why: the copying reader
    // grows its string stack from a null pointer (RapidJSON 1.1.0's internal::Stack),
    // which UBSan flags as undefined behaviour; the copy is freed on return. Three NUL
    // bytes more: with kParseValidateEncodingFlag, RapidJSON takes a UTF-8 lead byte's
    // continuation bytes without looking for the stream's end, so a 4-byte lead as the
    // last byte of the file reads three bytes on (past the copy's end, found by the
    // fuzzer). The reader still stops at the first NUL, the text's end.
    constexpr size_t kLongestUtf8Tail = 3;
    std::string buffer;
    buffer.reserve(text.size() + kLongestUtf8Tail);
    buffer.append(text).append(kLongestUtf8Tail, '\0');
    rapidjson::InsituStringStream stream(buffer.data());
    rapidjson::Reader reader;
    // Strict JSON, checked as UTF-8: no comments, no NaN, no trailing commas.
    const rapidjson::ParseResult result =
        reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseInsituFlag>(stream, builder);
    if (!result.IsError()) return root;
    size_t offset = result.Offset();
    std::string pointer;
    std::string message = "not valid JSON: ";
    if (builder.stopped()) {
        message += builder.error();
        // The reader's offset is where it stopped; the place to show is where the
        // nesting went too deep or the key first repeated, found in the text.
        if (builder.failure() == DiagnosticCode::TooDeep) offset = OffsetOfNestingDepth(text, max_depth + 1);
        if (builder.failure() == DiagnosticCode::DuplicateKey) {
            if (const std::optional<RepeatedKey> repeated = FirstRepeatedKey(text)) {
                pointer = repeated->pointer;
                offset = repeated->offset;
            }
        }
    } else {
        // A file cut short reads as a missing ',' or '}' at its end: say what happened.
        const bool at_end = text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos &&
                            result.Code() != rapidjson::kParseErrorDocumentEmpty;
        message += at_end ? "unexpected end of input (the file stops before the JSON value is complete)"
                          : SyntaxError(result.Code());
        if (offset > text.size()) offset = text.size();
    }
    LineColumn at = offset == std::string::npos ? LineColumn{} : OffsetToLineColumn(text, offset);
    diagnostics.items.push_back(MakeDiagnostic(builder.failure(), pointer, at.line, at.column, std::move(message)));
    return std::nullopt;
}

}  // namespace core
