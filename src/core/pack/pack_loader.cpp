// pack_loader.cpp — parse and validate a pack, collecting every problem.
//
// [SECTION] Parsing: nlohmann/json's SAX parser with a handler that builds the DOM,
//           records where a syntax error is, rejects duplicate keys and deep nesting.
// [SECTION] Reading: a small Reader that checks types, enums, dates, lengths and
//           addresses field by field, and warns about unknown fields.
// [SECTION] The pack: meta, sources, timeline, phases, milestones, context.
// [SECTION] Cross-references: unique ids, and every referenced id exists.
#include "core/pack/pack_loader.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/pack/json_positions.h"

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
            duplicate_ = true;
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
    bool duplicate() const { return duplicate_; }
    bool too_deep() const { return too_deep_; }
    size_t error_offset() const { return error_offset_; }

private:
    bool Enter() {
        if (++depth_ > max_depth_) {
            error_ = "nested more than " + std::to_string(max_depth_) + " levels deep";
            too_deep_ = true;
            return false;
        }
        return true;
    }

    Dom dom_;
    int max_depth_;
    int depth_ = 0;
    std::vector<std::set<std::string>> keys_;
    std::string error_;
    bool duplicate_ = false, too_deep_ = false;
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
        if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
            // An optional field that is present must say something: leave it out instead.
            Error(p, need == Need::Required ? "must not be empty" : "must not be empty (leave the field out instead)");
            return {};
        }
        return s;
    }

    std::string Date(const json& object, const std::string& pointer, const char* key, Need need) {
        std::string s = String(object, pointer, key, need, 64);
        if (s.empty()) return s;
        bool form = s.size() == 10 && s[4] == '-' && s[7] == '-';
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) form = form && i < static_cast<int>(s.size()) && s[i] >= '0' && s[i] <= '9';
        if (!form) Error(pointer + "/" + key, "\"" + s + "\" is not a date in the form YYYY-MM-DD");
        else if (!IsValidDate(s)) Error(pointer + "/" + key, "\"" + s + "\" is not a real calendar date");
        return form && IsValidDate(s) ? s : std::string();
    }

    std::string Id(const json& object, const std::string& pointer, const char* key = "id") {
        std::string s = String(object, pointer, key, Need::Required, 64);
        if (!s.empty() && !IsValidItemId(s))
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
        bool out_of_range;
        if (value->is_number_unsigned()) {
            const auto u = value->get<json::number_unsigned_t>();
            out_of_range = u > static_cast<json::number_unsigned_t>(max) ||
                           (min > 0 && u < static_cast<json::number_unsigned_t>(min));
        } else {
            const auto v = value->get<json::number_integer_t>();
            out_of_range = v > max || v < min;
        }
        if (out_of_range) {
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
                Error(ip, "is " + std::to_string(s.size()) + " bytes long; the limit is " +
                              std::to_string(limits_.max_string_bytes));
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

// Kinds of things an id can name; references are checked against the ids of each.
enum class Target { Source, Phase, Milestone, MapFeature, ContextEvent, Actor, Count };
const char* TargetName(Target target) {
    switch (target) {
        case Target::Source: return "source";
        case Target::Phase: return "phase";
        case Target::Milestone: return "milestone";
        case Target::MapFeature: return "map feature";
        case Target::ContextEvent: return "context event";
        case Target::Actor: return "actor";
        default: return "item";
    }
}

struct Reference {
    std::string id;
    std::string pointer;
    Target target;
};

constexpr std::pair<const char*, FeatureKind> kFeatureKinds[] = {
    {"area", FeatureKind::Area}, {"line", FeatureKind::Line}, {"point", FeatureKind::Point}};
constexpr std::pair<const char*, FeatureStyle> kFeatureStyles[] = {
    {"outline", FeatureStyle::Outline}, {"buffer", FeatureStyle::Buffer}, {"corridor", FeatureStyle::Corridor},
    {"crossing", FeatureStyle::Crossing}, {"reference", FeatureStyle::Reference}};
constexpr std::pair<const char*, ActorGroup> kActorGroups[] = {
    {"us", ActorGroup::Us}, {"israel", ActorGroup::Israel}, {"mediators", ActorGroup::Mediators},
    {"palestinian", ActorGroup::Palestinian}, {"analysis", ActorGroup::Analysis}};

class PackBuilder {
public:
    PackBuilder(Reader& reader, size_t max_map_positions) : r_(reader), max_map_positions_(max_map_positions) {}

    Pack Build(const json& root) {
        Pack pack;
        if (!r_.Object(root, "")) return pack;
        std::string format = r_.String(root, "", "format", Need::Required, 64);
        if (!format.empty() && format != "accord-pack/1")
            r_.Error("/format", "\"" + format + "\" is not a format this widget reads (expected \"accord-pack/1\")");
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
            Register(Target::Source, source.id);
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
            Register(Target::Phase, phase.id);
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
            if (kinds.empty() && item.contains("kinds") && item["kinds"].is_array() && item["kinds"].empty())
                r_.Error(p + "/kinds", "must name at least one kind");
            milestone.title = r_.String(item, p, "title", Need::Required, 200);
            milestone.text = r_.String(item, p, "text", Need::Required);
            milestone.claim = ReadClaim(item, p);
            milestone.phase_ids = r_.StringList(item, p, "phases", Need::Optional);
            Refer(Target::Phase, milestone.phase_ids, p + "/phases");
            ReadList(item, "discrepancies", Need::Optional, [&](const json& d, const std::string& dp) {
                milestone.discrepancies.push_back(r_.String(d, dp, "text", Need::Required));
                ReadClaim(d, dp);
                r_.WarnUnknownFields(d, dp, {"text", "sources", "certainty"});
            }, p);
            r_.WarnUnknownFields(item, p, {"id", "day", "when", "kinds", "title", "text", "sources", "certainty",
                                           "phases", "discrepancies"});
            Register(Target::Milestone, milestone.id);
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
            Register(Target::ContextEvent, event.id);
            pack.context.push_back(std::move(event));
        });
        ReadList(root, "amendments", Need::Optional, [&](const json& item, const std::string& p) {
            pack.amendments.push_back(ReadAmendment(item, p));
        });
        if (const json* map = r_.Member(root, "", "map", Need::Optional)) ReadMap(*map, "/map", pack.map);
        ReadList(root, "actors", Need::Optional, [&](const json& item, const std::string& p) {
            Actor actor;
            actor.id = Identify(item, p);
            actor.name = r_.String(item, p, "name", Need::Required, 200);
            actor.role = r_.String(item, p, "role", Need::Required, 300);
            std::string group = r_.String(item, p, "group", Need::Required, 32);
            if (!group.empty()) actor.group = r_.OneOf(group, p + "/group", kActorGroups).value_or(ActorGroup::Analysis);
            ReadList(item, "positions", Need::Required, [&](const json& pos, const std::string& pp) {
                Position position;
                position.date = r_.Date(pos, pp, "date", Need::Optional);
                position.text = r_.String(pos, pp, "text", Need::Required);
                position.claim = ReadClaim(pos, pp);
                r_.WarnUnknownFields(pos, pp, {"date", "text", "sources", "certainty"});
                actor.positions.push_back(std::move(position));
            }, p);
            r_.WarnUnknownFields(item, p, {"id", "name", "role", "group", "positions"});
            Register(Target::Actor, actor.id);
            pack.actors.push_back(std::move(actor));
        });
        ReadList(root, "analysis", Need::Optional, [&](const json& item, const std::string& p) {
            AnalysisPoint point;
            point.id = Identify(item, p);
            point.text = r_.String(item, p, "text", Need::Required);
            // The article's own claims: attributed, sources optional, certainty "article".
            point.claim = ReadClaim(item, p, /*sources_may_be_empty=*/true);
            if (item.contains("certainty") && item["certainty"].is_string() &&
                (item["certainty"] == "confirmed" || item["certainty"] == "reported"))
                r_.Error(p + "/certainty", "an analysis point is the article's claim: certainty must be \"article\"");
            if (const json* counter = r_.Member(item, p, "counterpoint", Need::Optional))
                point.counterpoint = ReadClaimText(*counter, p + "/counterpoint");
            r_.WarnUnknownFields(item, p, {"id", "text", "sources", "certainty", "counterpoint"});
            pack.analysis.push_back(std::move(point));
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

    Claim ReadClaim(const json& item, const std::string& p, bool sources_may_be_empty = false) {
        Claim claim;
        claim.source_ids = r_.StringList(item, p, "sources", Need::Required);
        if (!sources_may_be_empty && claim.source_ids.empty() && item.contains("sources") && item["sources"].is_array() &&
            item["sources"].empty())
            r_.Error(p + "/sources", "a claim needs at least one source");
        Refer(Target::Source, claim.source_ids, p + "/sources");
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
    void Register(Target target, const std::string& id) {
        if (!id.empty()) ids_[static_cast<int>(target)].insert(id);
    }

    void Refer(Target target, const std::vector<std::string>& ids, const std::string& list_pointer) {
        for (size_t i = 0; i < ids.size(); ++i)
            references_.push_back({ids[i], list_pointer + "/" + std::to_string(i), target});
    }

    void CheckReferences() {
        for (const Reference& ref : references_)
            if (!ids_[static_cast<int>(ref.target)].count(ref.id))
                r_.Error(ref.pointer, std::string("no ") + TargetName(ref.target) + " with id \"" + ref.id + "\"");
    }

    ClaimText ReadClaimText(const json& value, const std::string& p) {
        ClaimText out;
        if (!r_.Object(value, p)) return out;
        out.text = r_.String(value, p, "text", Need::Required);
        out.claim = ReadClaim(value, p);
        r_.WarnUnknownFields(value, p, {"text", "sources", "certainty"});
        return out;
    }

    Amendment ReadAmendment(const json& item, const std::string& p) {
        Amendment amendment;
        amendment.id = Identify(item, p);
        amendment.number = r_.Integer(item, p, "number", Need::Required, 1, 99).value_or(0);
        amendment.title = r_.String(item, p, "title", Need::Required, 200);
        if (const json* says = r_.Member(item, p, "framework_says", Need::Required))
            amendment.framework_says = ReadClaimText(*says, p + "/framework_says");
        if (const json* asked = r_.Member(item, p, "asked", Need::Required))
            amendment.asked = ReadClaimText(*asked, p + "/asked");
        ReadList(item, "responses", Need::Required, [&](const json& r, const std::string& rp) {
            Response response;
            response.actor_id = r_.String(r, rp, "actor", Need::Required, 64);
            if (!response.actor_id.empty()) references_.push_back({response.actor_id, rp + "/actor", Target::Actor});
            response.text = r_.String(r, rp, "text", Need::Required);
            response.claim = ReadClaim(r, rp);
            r_.WarnUnknownFields(r, rp, {"actor", "text", "sources", "certainty"});
            amendment.responses.push_back(std::move(response));
        }, p);
        if (const json* links = r_.Member(item, p, "links", Need::Required)) {
            std::string lp = p + "/links";
            if (r_.Object(*links, lp)) {
                amendment.links.milestone_ids = r_.StringList(*links, lp, "milestones", Need::Optional);
                amendment.links.phase_ids = r_.StringList(*links, lp, "phases", Need::Optional);
                amendment.links.map_ids = r_.StringList(*links, lp, "map", Need::Optional);
                amendment.links.context_ids = r_.StringList(*links, lp, "context", Need::Optional);
                Refer(Target::Milestone, amendment.links.milestone_ids, lp + "/milestones");
                Refer(Target::Phase, amendment.links.phase_ids, lp + "/phases");
                Refer(Target::MapFeature, amendment.links.map_ids, lp + "/map");
                Refer(Target::ContextEvent, amendment.links.context_ids, lp + "/context");
                r_.WarnUnknownFields(*links, lp, {"milestones", "phases", "map", "context"});
            }
        }
        r_.WarnUnknownFields(item, p, {"id", "number", "title", "framework_says", "asked", "responses", "links"});
        return amendment;
    }

    // [lon, lat] in WGS84 degrees.
    std::optional<LonLat> ReadPosition(const json& value, const std::string& p) {
        if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
            std::string found = value.is_array() ? "a list of " + std::to_string(value.size()) +
                                                       (value.size() == 1 ? " value" : " values")
                                                 : std::string(TypeName(value));
            r_.Error(p, "expected a position [longitude, latitude], found " + found);
            return std::nullopt;
        }
        LonLat at{value[0].get<double>(), value[1].get<double>()};
        if (!(at.lon >= -180 && at.lon <= 180) || !(at.lat >= -90 && at.lat <= 90)) {
            r_.Error(p, "position " + value.dump() + " is outside longitude -180..180 / latitude -90..90 (is it [lat, lon]?)");
            return std::nullopt;
        }
        return at;
    }

    std::vector<LonLat> ReadPath(const json& value, const std::string& p, size_t min_points) {
        std::vector<LonLat> path;
        if (!r_.List(value, p)) return path;
        for (size_t i = 0; i < value.size(); ++i)
            if (auto at = ReadPosition(value[i], p + "/" + std::to_string(i))) path.push_back(*at);
        if (value.size() < min_points)
            r_.Error(p, "has " + std::to_string(value.size()) + (value.size() == 1 ? " position" : " positions") +
                            "; at least " + std::to_string(min_points) +
                            " are needed");
        return path;
    }

    void ReadGeometry(const json& geometry, const std::string& p, MapFeature& feature) {
        if (!r_.Object(geometry, p)) return;
        std::string type = r_.String(geometry, p, "type", Need::Required, 32);
        const json* coordinates = r_.Member(geometry, p, "coordinates", Need::Required);
        r_.WarnUnknownFields(geometry, p, {"type", "coordinates"});
        const char* expected = feature.kind == FeatureKind::Area ? "Polygon"
                               : feature.kind == FeatureKind::Line ? "LineString" : "Point";
        if (type.empty() || !coordinates) return;
        if (type != expected) {
            r_.Error(p + "/type", "a feature of kind \"" + std::string(feature.kind == FeatureKind::Area ? "area"
                                  : feature.kind == FeatureKind::Line ? "line" : "point") +
                                  "\" needs geometry type \"" + expected + "\", not \"" + type + "\"");
            return;
        }
        std::string cp = p + "/coordinates";
        if (feature.kind == FeatureKind::Point) {
            if (auto at = ReadPosition(*coordinates, cp)) feature.rings.push_back({*at});
        } else if (feature.kind == FeatureKind::Line) {
            feature.rings.push_back(ReadPath(*coordinates, cp, 2));
        } else {
            if (!r_.List(*coordinates, cp)) return;
            if (coordinates->empty()) r_.Error(cp, "a polygon needs at least one ring");
            for (size_t i = 0; i < coordinates->size(); ++i) {
                std::string rp = cp + "/" + std::to_string(i);
                std::vector<LonLat> ring = ReadPath((*coordinates)[i], rp, 4);
                if (ring.size() >= 4 && (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat))
                    r_.Error(rp, "the ring is not closed (its last position must repeat its first)");
                feature.rings.push_back(std::move(ring));
            }
        }
    }

    void ReadMap(const json& map, const std::string& p, MapData& out) {
        if (!r_.Object(map, p)) return;
        if (const json* approximate = r_.Member(map, p, "approximate", Need::Required))
            if (r_.Expect(*approximate, p + "/approximate", json::value_t::boolean, "true or false"))
                out.approximate = approximate->get<bool>();
        out.note = r_.String(map, p, "note", Need::Required);
        ReadList(map, "features", Need::Required, [&](const json& item, const std::string& fp) {
            MapFeature feature;
            feature.id = Identify(item, fp);
            std::string kind = r_.String(item, fp, "kind", Need::Required, 16);
            std::optional<FeatureKind> known_kind;
            if (!kind.empty()) known_kind = r_.OneOf(kind, fp + "/kind", kFeatureKinds);
            feature.kind = known_kind.value_or(FeatureKind::Point);
            std::string style = r_.String(item, fp, "style", Need::Required, 16);
            if (!style.empty())
                feature.style = r_.OneOf(style, fp + "/style", kFeatureStyles).value_or(FeatureStyle::Reference);
            feature.title = r_.String(item, fp, "title", Need::Required, 200);
            if (const json* approximate = r_.Member(item, fp, "approximate", Need::Required))
                if (r_.Expect(*approximate, fp + "/approximate", json::value_t::boolean, "true or false"))
                    feature.approximate = approximate->get<bool>();
            feature.note = r_.String(item, fp, "note", Need::Optional);
            feature.claim = ReadClaim(item, fp);
            // The geometry is checked against the kind; with no valid kind that would
            // only repeat the kind's error.
            if (const json* geometry = r_.Member(item, fp, "geometry", Need::Required))
                if (known_kind) ReadGeometry(*geometry, fp + "/geometry", feature);
            r_.WarnUnknownFields(item, fp, {"id", "kind", "style", "title", "approximate", "note", "sources",
                                            "certainty", "geometry"});
            Register(Target::MapFeature, feature.id);
            out.features.push_back(std::move(feature));
        }, p);
        r_.WarnUnknownFields(map, p, {"approximate", "note", "features"});
        size_t positions = 0;
        for (const MapFeature& f : out.features)
            for (const auto& ring : f.rings) positions += ring.size();
        if (positions > max_map_positions_)
            r_.Error(p + "/features", "the map has " + std::to_string(positions) + " positions; the limit is " +
                                          std::to_string(max_map_positions_) + " (simplify the geometry)");
    }

    Reader& r_;
    size_t max_map_positions_;
    std::unordered_map<std::string, std::string> all_ids_;  // id -> pointer of first use
    std::unordered_set<std::string> ids_[static_cast<int>(Target::Count)];
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
        std::string message = "not valid JSON: " + (builder.error().empty() ? std::string("unreadable") : builder.error());
        size_t offset = builder.error_offset();
        std::string pointer;
        // The SAX interface gives no position for the two errors we raise ourselves;
        // find them in the text.
        if (builder.too_deep()) offset = OffsetOfNestingDepth(bytes, limits.max_depth + 1);
        if (builder.duplicate()) {
            JsonPositions positions(bytes);
            pointer = positions.first_duplicate();
            offset = positions.first_duplicate_offset();
        }
        whole_file_error(std::move(message), offset);
        result.diagnostics.items.back().pointer = pointer;
        return result;
    }
    JsonPositions positions(bytes);
    Reader reader(positions, limits, result.diagnostics);
    Pack pack = PackBuilder(reader, limits.max_map_positions).Build(root);
    if (!result.diagnostics.HasErrors()) result.pack = std::move(pack);
    return result;
}

}  // namespace core
