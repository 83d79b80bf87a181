// pack.h — the typed model of a content pack (format "accord-pack/1").
// Plain data: built by LoadPack() from JSON, read by layout and the tools.
// The format is documented in data/SCHEMA.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace core {

// How well a claim is sourced. Shown to readers next to every claim.
enum class Certainty {
    Confirmed,  // two or more outlets, or on the record
    Reported,   // one outlet, a leak or an anonymous source
    Article,    // a claim of the analysis article only
};
const char* CertaintyLabel(Certainty certainty);  // "Confirmed", "Reported", "Article's claim"

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
    std::string as_of;  // YYYY-MM-DD
    std::vector<std::string> credits;
    std::string text_licence;
    std::string map_licence;
    std::vector<Correction> corrections;
};

struct Source {
    std::string id;
    std::string publisher;
    std::string title;
    std::string url;   // https only
    std::string date;  // YYYY-MM-DD
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

    const Source* FindSource(const std::string& id) const;
};

}  // namespace core
