// pack_loader.cpp — parse and validate a pack, collecting every problem.
//
// [SECTION] Parsing: nlohmann/json's SAX parser with a handler that builds the DOM,
//           records where a syntax error is, rejects duplicate keys and deep nesting.
// [SECTION] Reading: a small Reader that checks types, enums, dates, lengths and
//           addresses field by field, and warns about unknown fields.
// [SECTION] The pack: meta, sources, timeline, phases, milestones, context.
// [SECTION] Cross-references: unique ids, and every referenced id exists.
#include "core/pack_loader.h"

#include <cstring>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/json_positions.h"

namespace core {

using json = nlohmann::json;

const char* CertaintyLabel(Certainty certainty) {
    switch (certainty) {
        case Certainty::Confirmed: return "Confirmed";
        case Certainty::Reported: return "Reported";
        case Certainty::Article: return "Article's claim";
    }
    return "";
}

const char* EventKindName(EventKind kind) {
    switch (kind) {
        case EventKind::Truce: return "truce";
        case EventKind::Release: return "release";
        case EventKind::Redeployment: return "redeployment";
        case EventKind::Aid: return "aid";
        case EventKind::Talks: return "talks";
        case EventKind::Guarantees: return "guarantees";
        case EventKind::Information: return "information";
    }
    return "";
}

const Source* Pack::FindSource(const std::string& id) const {
    for (const Source& source : sources)
        if (source.id == id) return &source;
    return nullptr;
}

namespace {

// [SECTION] Parsing ------------------------------------------------------------------

class DomBuilder {
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<json>;
    DomBuilder(json& root, int max_depth) : dom_(root, false), max_depth_(max_depth) {}

    bool null() { return dom_.null(); }
    bool boolean(bool v) { return dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return dom_.number_float(v, s); }
    bool string(json::string_t& v) { return dom_.string(v); }
    bool binary(json::binary_t& v) { return dom_.binary(v); }
    bool start_object(std::size_t n) {
        keys_.emplace_back();
        return Enter() && dom_.start_object(n);
    }
    bool key(json::string_t& k) {
        if (!keys_.back().insert(k).second) {
            error_ = "duplicate key \"" + k + "\" in the same object";
            return false;
        }
        return dom_.key(k);
    }
    bool end_object() {
        keys_.pop_back();
        --depth_;
        return dom_.end_object();
    }
    bool start_array(std::size_t n) {
        keys_.emplace_back();  // keeps keys_ aligned with depth
        return Enter() && dom_.start_array(n);
    }
    bool end_array() {
        keys_.pop_back();
        --depth_;
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& /*last_token*/, const Exception& ex) {
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1,
        // column 5: syntax error while parsing value - <what>". Keep the plain part.
        std::string what = ex.what();
        size_t colon = what.find(": ");
        error_ = colon == std::string::npos ? what : what.substr(colon + 2);
        error_offset_ = position > 0 ? position - 1 : 0;
        return false;
    }

    const std::string& error() const { return error_; }
    size_t error_offset() const { return error_offset_; }

private:
    bool Enter() {
        if (++depth_ > max_depth_) {
            error_ = "nested more than " + std::to_string(max_depth_) + " levels deep";
            return false;
        }
        return true;
    }

    Dom dom_;
    int max_depth_;
    int depth_ = 0;
    std::vector<std::set<std::string>> keys_;
    std::string error_;
    size_t error_offset_ = std::string::npos;  // npos: the error has no byte position
};

// [SECTION] Reading ------------------------------------------------------------------

const char* TypeName(const json& value) {
    switch (value.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "a whole number";
        case json::value_t::number_float: return "a number";
        default: return "an unknown value";
    }
}

bool IsValidDate(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1]) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

bool IsValidId(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z')))
            return false;
    return true;
}

bool IsHttpsAddress(const std::string& s) {
    if (s.rfind("https://", 0) != 0 || s.size() <= 8) return false;
    for (char c : s)
        if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') return false;
    return true;
}

enum class Need { Required, Optional };

class Reader {
public:
    Reader(const JsonPositions& positions, const PackLimits& limits, Diagnostics& diagnostics)
        : positions_(positions), limits_(limits), diagnostics_(diagnostics) {}

    void Error(const std::string& pointer, const std::string& message) { Add(Severity::Error, pointer, message); }
    void Warning(const std::string& pointer, const std::string& message) { Add(Severity::Warning, pointer, message); }

    // The member `key` of `object`, or null after reporting it missing when required.
    const json* Member(const json& object, const std::string& pointer, const char* key, Need need) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (need == Need::Required) Error(pointer, std::string("missing required field \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    bool Expect(const json& value, const std::string& pointer, json::value_t type, const char* wanted) {
        bool ok = value.type() == type ||
                  (type == json::value_t::number_integer && value.is_number_unsigned());
        if (!ok) Error(pointer, std::string("expected ") + wanted + ", found " + TypeName(value));
        return ok;
    }

    bool Object(const json& value, const std::string& pointer) {
        return Expect(value, pointer, json::value_t::object, "an object");
    }

    // A list no longer than the limit.
    bool List(const json& value, const std::string& pointer) {
        if (!Expect(value, pointer, json::value_t::array, "a list")) return false;
        if (value.size() > limits_.max_items) {
            Error(pointer, "has " + std::to_string(value.size()) + " items; the limit is " +
                               std::to_string(limits_.max_items));
            return false;
        }
        return true;
    }

    std::string String(const json& object, const std::string& pointer, const char* key, Need need,
                       size_t max_bytes = 0) {
        const json* value = Member(object, pointer, key, need);
        std::string p = pointer + "/" + key;
        if (!value || !Expect(*value, p, json::value_t::string, "a string")) return {};
        const std::string& s = value->get_ref<const std::string&>();
        size_t limit = max_bytes ? max_bytes : limits_.max_string_bytes;
        if (s.size() > limit) {
            Error(p, "is " + std::to_string(s.size()) + " bytes long; the limit is " + std::to_string(limit));
            return {};
        }
        if (need == Need::Required && s.find_first_not_of(" \t\r\n") == std::string::npos)
            Error(p, "must not be empty");
        return s;
    }

    std::string Date(const json& object, const std::string& pointer, const char* key, Need need) {
        std::string s = String(object, pointer, key, need, 10);
        if (!s.empty() && !IsValidDate(s))
            Error(pointer + "/" + key, "\"" + s + "\" is not a date in the form YYYY-MM-DD");
        return s;
    }

    std::string Id(const json& object, const std::string& pointer, const char* key = "id") {
        std::string s = String(object, pointer, key, Need::Required, 64);
        if (!s.empty() && !IsValidId(s))
            Error(pointer + "/" + key, "\"" + s + "\" is not a valid id (letters, digits and '-' only)");
        return s;
    }

    std::optional<int> Integer(const json& object, const std::string& pointer, const char* key, Need need,
                               int min, int max) {
        const json* value = Member(object, pointer, key, need);
        std::string p = pointer + "/" + key;
        if (!value) return std::nullopt;
        if (value->is_number_float()) {
            Error(p, "expected a whole number, found " + value->dump());
            return std::nullopt;
        }
        if (!Expect(*value, p, json::value_t::number_integer, "a whole number")) return std::nullopt;
        if (value->is_number_unsigned() ? value->get<json::number_unsigned_t>() > static_cast<unsigned>(max)
                                        : (value->get<json::number_integer_t>() < min ||
                                           value->get<json::number_integer_t>() > max)) {
            Error(p, value->dump() + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
            return std::nullopt;
        }
        return static_cast<int>(value->get<json::number_integer_t>());
    }

    std::vector<std::string> StringList(const json& object, const std::string& pointer, const char* key,
                                        Need need) {
        std::vector<std::string> out;
        const json* value = Member(object, pointer, key, need);
        std::string p = pointer + "/" + key;
        if (!value || !List(*value, p)) return out;
        for (size_t i = 0; i < value->size(); ++i) {
            const json& item = (*value)[i];
            std::string ip = p + "/" + std::to_string(i);
            if (!Expect(item, ip, json::value_t::string, "a string")) continue;
            const std::string& s = item.get_ref<const std::string&>();
            if (s.size() > limits_.max_string_bytes) {
                Error(ip, "is too long");
                continue;
            }
            out.push_back(s);
        }
        return out;
    }

    // Looks up `text` in `names`; reports the allowed values otherwise.
    template <typename Enum, size_t N>
    std::optional<Enum> OneOf(const std::string& text, const std::string& pointer,
                              const std::pair<const char*, Enum> (&names)[N]) {
        for (const auto& [name, value] : names)
            if (text == name) return value;
        std::string allowed;
        for (const auto& entry : names) allowed += std::string(allowed.empty() ? "" : ", ") + entry.first;
        Error(pointer, "\"" + text + "\" is not one of: " + allowed);
        return std::nullopt;
    }

    void WarnUnknownFields(const json& object, const std::string& pointer,
                           std::initializer_list<const char*> known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (const char* k : known) found = found || it.key() == k;
            if (!found)
                Warning(pointer + "/" + EscapePointerToken(it.key()),
                        "unknown field \"" + it.key() + "\" is ignored");
        }
    }

private:
    void Add(Severity severity, const std::string& pointer, const std::string& message) {
        LineColumn at = positions_.Find(pointer);
        diagnostics_.items.push_back({severity, pointer, at.line, at.column, message});
    }

    const JsonPositions& positions_;
    const PackLimits& limits_;
    Diagnostics& diagnostics_;
};

constexpr std::pair<const char*, Certainty> kCertainties[] = {
    {"confirmed", Certainty::Confirmed}, {"reported", Certainty::Reported}, {"article", Certainty::Article}};
constexpr std::pair<const char*, EventKind> kKinds[] = {
    {"truce", EventKind::Truce},   {"release", EventKind::Release},       {"redeployment", EventKind::Redeployment},
    {"aid", EventKind::Aid},       {"talks", EventKind::Talks},           {"guarantees", EventKind::Guarantees},
    {"information", EventKind::Information}};

// [SECTION] The pack -----------------------------------------------------------------

struct Reference {
    std::string id;
    std::string pointer;
    const char* what;  // "source", "phase"
};

class PackBuilder {
public:
    PackBuilder(Reader& reader) : r_(reader) {}

    Pack Build(const json& root) {
        Pack pack;
        if (!r_.Object(root, "")) return pack;
        std::string format = r_.String(root, "", "format", Need::Required, 64);
        if (!format.empty() && format != "accord-pack/1")
            r_.Error("/format", "\"" + format + "\" is not a format this widget reads (expected \"accord-pack/1\")");
        // amendments, map, actors and analysis belong to format 1 and are read by later
        // versions of the widget; they are accepted here without a warning.
        r_.WarnUnknownFields(root, "", {"format", "meta", "sources", "timeline", "phases", "milestones",
                                        "context", "amendments", "map", "actors", "analysis"});
        if (const json* meta = r_.Member(root, "", "meta", Need::Required)) ReadMeta(*meta, "/meta", pack.meta);
        ReadList(root, "sources", Need::Required, [&](const json& item, const std::string& p) {
            Source source;
            source.id = Identify(item, p);
            source.publisher = r_.String(item, p, "publisher", Need::Required, 200);
            source.title = r_.String(item, p, "title", Need::Required, 400);
            source.url = r_.String(item, p, "url", Need::Required, 2000);
            if (!source.url.empty() && !IsHttpsAddress(source.url))
                r_.Error(p + "/url", "\"" + source.url + "\" is not an https:// address");
            source.date = r_.Date(item, p, "date", Need::Required);
            r_.WarnUnknownFields(item, p, {"id", "publisher", "title", "url", "date"});
            source_ids_.insert(source.id);
            pack.sources.push_back(std::move(source));
        });
        if (const json* timeline = r_.Member(root, "", "timeline", Need::Required)) {
            if (r_.Object(*timeline, "/timeline")) {
                pack.timeline.days = r_.Integer(*timeline, "/timeline", "days", Need::Required, 1, 3650).value_or(60);
                pack.timeline.label = r_.String(*timeline, "/timeline", "label", Need::Required, 200);
                pack.timeline.day_zero = r_.String(*timeline, "/timeline", "day_zero", Need::Optional, 300);
                r_.WarnUnknownFields(*timeline, "/timeline", {"days", "label", "day_zero"});
            }
        }
        const int days = pack.timeline.days;
        ReadList(root, "phases", Need::Required, [&](const json& item, const std::string& p) {
            Phase phase;
            phase.id = Identify(item, p);
            phase.title = r_.String(item, p, "title", Need::Required, 200);
            phase.start_day = r_.Integer(item, p, "start_day", Need::Required, 0, days).value_or(0);
            phase.end_day = r_.Integer(item, p, "end_day", Need::Required, 0, days).value_or(days);
            if (phase.end_day < phase.start_day)
                r_.Error(p + "/end_day", "ends (day " + std::to_string(phase.end_day) + ") before it starts (day " +
                                             std::to_string(phase.start_day) + ")");
            std::string kind = r_.String(item, p, "kind", Need::Required, 32);
            if (!kind.empty()) phase.kind = r_.OneOf(kind, p + "/kind", kKinds).value_or(EventKind::Truce);
            phase.text = r_.String(item, p, "text", Need::Required);
            phase.claim = ReadClaim(item, p);
            r_.WarnUnknownFields(item, p, {"id", "title", "start_day", "end_day", "kind", "text", "sources", "certainty"});
            phase_ids_.insert(phase.id);
            pack.phases.push_back(std::move(phase));
        });
        ReadList(root, "milestones", Need::Required, [&](const json& item, const std::string& p) {
            Milestone milestone;
            milestone.id = Identify(item, p);
            const json* day = r_.Member(item, p, "day", Need::Required);
            if (day && !day->is_null()) milestone.day = r_.Integer(item, p, "day", Need::Required, 0, days);
            milestone.when = r_.String(item, p, "when", Need::Required, 60);
            std::vector<std::string> kinds = r_.StringList(item, p, "kinds", Need::Required);
            for (size_t i = 0; i < kinds.size(); ++i)
                if (auto kind = r_.OneOf(kinds[i], p + "/kinds/" + std::to_string(i), kKinds))
                    milestone.kinds.push_back(*kind);
            if (kinds.empty() && r_.Member(item, p, "kinds", Need::Optional))
                r_.Error(p + "/kinds", "must name at least one kind");
            milestone.title = r_.String(item, p, "title", Need::Required, 200);
            milestone.text = r_.String(item, p, "text", Need::Required);
            milestone.claim = ReadClaim(item, p);
            milestone.phase_ids = r_.StringList(item, p, "phases", Need::Optional);
            for (size_t i = 0; i < milestone.phase_ids.size(); ++i)
                references_.push_back({milestone.phase_ids[i], p + "/phases/" + std::to_string(i), "phase"});
            ReadList(item, "discrepancies", Need::Optional, [&](const json& d, const std::string& dp) {
                milestone.discrepancies.push_back(r_.String(d, dp, "text", Need::Required));
                ReadClaim(d, dp);
                r_.WarnUnknownFields(d, dp, {"text", "sources", "certainty"});
            }, p);
            r_.WarnUnknownFields(item, p, {"id", "day", "when", "kinds", "title", "text", "sources", "certainty",
                                           "phases", "discrepancies"});
            pack.milestones.push_back(std::move(milestone));
        });
        ReadList(root, "context", Need::Optional, [&](const json& item, const std::string& p) {
            ContextEvent event;
            event.id = Identify(item, p);
            event.date = r_.Date(item, p, "date", Need::Required);
            event.end_date = r_.Date(item, p, "end_date", Need::Optional);
            if (!event.end_date.empty() && !event.date.empty() && event.end_date < event.date)
                r_.Error(p + "/end_date", "ends (" + event.end_date + ") before it starts (" + event.date + ")");
            event.title = r_.String(item, p, "title", Need::Required, 200);
            event.text = r_.String(item, p, "text", Need::Required);
            event.claim = ReadClaim(item, p);
            r_.WarnUnknownFields(item, p, {"id", "date", "end_date", "title", "text", "sources", "certainty"});
            pack.context.push_back(std::move(event));
        });
        CheckReferences();
        return pack;
    }

private:
    template <typename ReadItem>
    void ReadList(const json& parent, const char* key, Need need, ReadItem read_item, const std::string& parent_pointer = "") {
        const json* list = r_.Member(parent, parent_pointer, key, need);
        std::string p = parent_pointer + "/" + key;
        if (!list || !r_.List(*list, p)) return;
        for (size_t i = 0; i < list->size(); ++i) {
            std::string ip = p + "/" + std::to_string(i);
            if (r_.Object((*list)[i], ip)) read_item((*list)[i], ip);
        }
    }

    void ReadMeta(const json& meta, const std::string& p, Meta& out) {
        if (!r_.Object(meta, p)) return;
        out.id = Identify(meta, p);
        out.title = r_.String(meta, p, "title", Need::Required, 200);
        out.subtitle = r_.String(meta, p, "subtitle", Need::Required, 400);
        out.language = r_.String(meta, p, "language", Need::Required, 16);
        std::string direction = r_.String(meta, p, "direction", Need::Required, 8);
        if (!direction.empty() && direction != "ltr" && direction != "rtl")
            r_.Error(p + "/direction", "\"" + direction + "\" is not one of: ltr, rtl");
        out.right_to_left = direction == "rtl";
        out.as_of = r_.Date(meta, p, "as_of", Need::Required);
        out.credits = r_.StringList(meta, p, "credits", Need::Required);
        if (const json* licence = r_.Member(meta, p, "licence", Need::Required)) {
            if (r_.Object(*licence, p + "/licence")) {
                out.text_licence = r_.String(*licence, p + "/licence", "text", Need::Required, 200);
                out.map_licence = r_.String(*licence, p + "/licence", "map", Need::Optional, 400);
                r_.WarnUnknownFields(*licence, p + "/licence", {"text", "map"});
            }
        }
        ReadList(meta, "corrections", Need::Required, [&](const json& item, const std::string& cp) {
            Correction correction;
            correction.date = r_.Date(item, cp, "date", Need::Required);
            correction.text = r_.String(item, cp, "text", Need::Required);
            r_.WarnUnknownFields(item, cp, {"date", "text"});
            out.corrections.push_back(std::move(correction));
        }, p);
        r_.WarnUnknownFields(meta, p, {"id", "title", "subtitle", "language", "direction", "as_of", "credits",
                                       "licence", "corrections"});
    }

    Claim ReadClaim(const json& item, const std::string& p) {
        Claim claim;
        claim.source_ids = r_.StringList(item, p, "sources", Need::Required);
        if (claim.source_ids.empty() && item.contains("sources") && item["sources"].is_array())
            r_.Error(p + "/sources", "a claim needs at least one source");
        for (size_t i = 0; i < claim.source_ids.size(); ++i)
            references_.push_back({claim.source_ids[i], p + "/sources/" + std::to_string(i), "source"});
        std::string certainty = r_.String(item, p, "certainty", Need::Required, 16);
        if (!certainty.empty())
            claim.certainty = r_.OneOf(certainty, p + "/certainty", kCertainties).value_or(Certainty::Reported);
        return claim;
    }

    // Reads the item's id and checks it is unique across the pack: selection and links
    // address items by id alone.
    std::string Identify(const json& item, const std::string& p) {
        std::string id = r_.Id(item, p);
        if (id.empty()) return id;
        auto [it, inserted] = all_ids_.emplace(id, p);
        if (!inserted) r_.Error(p + "/id", "id \"" + id + "\" is already used at " + it->second);
        return id;
    }

    // [SECTION] Cross-references -----------------------------------------------------
    void CheckReferences() {
        for (const Reference& ref : references_) {
            const auto& known = std::strcmp(ref.what, "source") == 0 ? source_ids_ : phase_ids_;
            if (!known.count(ref.id)) r_.Error(ref.pointer, std::string("no ") + ref.what + " with id \"" + ref.id + "\"");
        }
    }

    Reader& r_;
    std::unordered_map<std::string, std::string> all_ids_;  // id -> pointer of first use
    std::unordered_set<std::string> source_ids_;
    std::unordered_set<std::string> phase_ids_;
    std::vector<Reference> references_;
};

}  // namespace

PackLoadResult LoadPack(std::string_view bytes, const PackLimits& limits) {
    PackLoadResult result;
    auto whole_file_error = [&](std::string message, size_t offset = std::string::npos) {
        LineColumn at = offset == std::string::npos ? LineColumn{} : OffsetToLineColumn(bytes, offset);
        result.diagnostics.items.push_back({Severity::Error, "", at.line, at.column, std::move(message)});
    };
    if (bytes.size() > limits.max_bytes) {
        whole_file_error("the file is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                         std::to_string(limits.max_bytes));
        return result;
    }
    if (bytes.empty()) {
        whole_file_error("the file is empty");
        return result;
    }
    json root;
    DomBuilder builder(root, limits.max_depth);
    bool parsed = json::sax_parse(bytes.begin(), bytes.end(), &builder, json::input_format_t::json, true, false);
    if (!parsed) {
        whole_file_error("not valid JSON: " + (builder.error().empty() ? std::string("unreadable") : builder.error()),
                         builder.error_offset());
        return result;
    }
    JsonPositions positions(bytes);
    Reader reader(positions, limits, result.diagnostics);
    Pack pack = PackBuilder(reader).Build(root);
    if (!result.diagnostics.HasErrors()) result.pack = std::move(pack);
    return result;
}

}  // namespace core
