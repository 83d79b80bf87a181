// pack.h — the typed model of a content pack (format "accord-pack/1").
// Plain data: built by LoadPack() from JSON, read by layout and the tools.
// The format is documented in data/SCHEMA.md.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/common/strings.h"

namespace core {

// How well a claim is sourced. Shown to readers next to every claim.
enum class Certainty {
    Confirmed,  // two or more outlets, or on the record
    Reported,   // one outlet, a leak or an anonymous source
    Article,    // a claim of the analysis article only
};

// Ids name items across the pack, the URL and the page API: 1 to 64 letters,
// digits and '-'.
bool IsValidItemId(const std::string& id);

// Anything a reader reads as fact carries its sources and a certainty.
struct Claim {
    std::vector<std::string> source_ids;
    Certainty certainty = Certainty::Reported;
};

struct Correction {
    std::string date;  // YYYY-MM-DD
    std::string text;
};

struct Meta {
    std::string id;
    std::string title;
    std::string subtitle;
    std::string language = "en";
    bool right_to_left = false;
    Digits digits = Digits::Latin;  // the interface's numbers (strings.h)
    std::string as_of;  // YYYY-MM-DD
    std::vector<std::string> credits;
    std::string text_licence;
    std::string map_licence;
    std::vector<Correction> corrections;
    // A translation: the original pack's file name, beside this one ("x.json"); the
    // ids must match (CheckTranslation). Empty: an original.
    std::string translation_of;
    // Every edition of the pack, the original's language first (["en", "ar"]), each a
    // file beside it named <original>.<language>.json; empty or one: no switch.
    std::vector<std::string> languages;
};

struct Source {
    std::string id;
    std::string publisher;  // "AP (via The Atlanta Journal-Constitution)"
    // The outlet whose report this piece carries, when it is a copy or a citation
    // ("AP"); empty when the publisher reported it itself.
    std::string origin;
    std::string title;
    std::string url;   // https only
    std::string date;  // YYYY-MM-DD

    // Whose reporting this is: two copies of one agency's story are one outlet, not two.
    const std::string& Origin() const { return origin.empty() ? publisher : origin; }
};

// What a milestone or phase is about; drawn with a shape as well as a colour.
enum class EventKind { Truce, Release, Redeployment, Aid, Talks, Guarantees, Information };
const char* EventKindName(EventKind kind);  // "release", ...

struct Phase {
    std::string id;
    std::string title;
    int start_day = 0;
    int end_day = 0;
    EventKind kind = EventKind::Truce;
    std::string text;
    Claim claim;
};

struct Milestone {
    std::string id;
    std::optional<int> day;  // empty for "throughout" items (prisoners, guarantors...)
    std::string when;        // "Day 1", "Throughout"
    std::vector<EventKind> kinds;
    std::string title;
    std::string text;
    Claim claim;
    std::vector<std::string> phase_ids;
    std::vector<std::string> discrepancies;  // reported differences, already attributed
};

struct ContextEvent {
    std::string id;
    std::string date;      // YYYY-MM-DD
    std::string end_date;  // optional
    std::string title;
    std::string text;
    Claim claim;
};

// A passage of text that is itself a claim.
struct ClaimText {
    std::string text;
    Claim claim;
};

// One party's stated response to an amendment, attributed to an actor.
struct Response {
    std::string actor_id;
    std::string text;
    Claim claim;
};

// What an amendment touches elsewhere in the pack (ids).
struct AmendmentLinks {
    std::vector<std::string> milestone_ids;
    std::vector<std::string> phase_ids;
    std::vector<std::string> map_ids;
    std::vector<std::string> context_ids;
};

struct Amendment {
    std::string id;
    int number = 0;
    std::string title;
    ClaimText framework_says;
    ClaimText asked;
    std::vector<Response> responses;
    AmendmentLinks links;
};

struct LonLat {
    double lon = 0, lat = 0;  // WGS84 degrees
};

enum class FeatureKind { Area, Line, Point };
// How a feature is drawn. New styles go at the end: a layer toggle's argument is the
// style's number.
enum class FeatureStyle {
    Outline, Buffer, Corridor, Crossing, Reference,
    Land,   // neighbouring land (area), shaded under everything
    Label,  // a region's name (point): the sea, a country
    Town,   // a town (point), a dot with its name
};

// Neighbouring land and region names orient the reader; they are not items: never
// selected, focused, linked or listed by the page API.
inline bool IsSelectableStyle(FeatureStyle style) { return style != FeatureStyle::Land && style != FeatureStyle::Label; }

struct MapFeature {
    std::string id;
    FeatureKind kind = FeatureKind::Point;
    FeatureStyle style = FeatureStyle::Reference;
    std::string title;
    bool approximate = true;
    std::string note;
    Claim claim;
    // Area: rings (the first is the outline, the rest holes); Line: one path;
    // Point: one position.
    std::vector<std::vector<LonLat>> rings;
};

struct MapData {
    bool approximate = true;
    std::string note;
    std::vector<MapFeature> features;
};

enum class ActorGroup { Us, Israel, Mediators, Palestinian, Analysis };

struct Position {
    std::string date;  // optional, YYYY-MM-DD
    std::string text;
    Claim claim;
};

struct Actor {
    std::string id;
    std::string name;
    std::string role;
    ActorGroup group = ActorGroup::Analysis;
    std::vector<Position> positions;
};

// A framing of the analysis article, attributed ("The article argues ..."), with a
// sourced counterpoint where the record says otherwise.
struct AnalysisPoint {
    std::string id;
    std::string text;
    Claim claim;  // certainty is always Article; sources may be empty
    std::optional<ClaimText> counterpoint;
};

struct Timeline {
    int days = 60;
    std::string label;
    std::string day_zero;
};

struct Pack {
    Meta meta;
    std::vector<Source> sources;
    Timeline timeline;
    std::vector<Phase> phases;
    std::vector<Milestone> milestones;
    std::vector<ContextEvent> context;
    std::vector<Amendment> amendments;
    MapData map;
    std::vector<Actor> actors;
    std::vector<AnalysisPoint> analysis;
    // The pack's own wording for interface text ("strings" in the pack), applied over
    // the built-in table of its language: see StringsFor().
    std::vector<std::pair<StringId, std::string>> interface_strings;

    const Source* FindSource(const std::string& id) const;
    const Actor* FindActor(const std::string& id) const;
};

}  // namespace core
