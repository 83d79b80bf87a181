// names.h — the names the pack format gives its enums ("confirmed", "release",
// "corridor", ...), one core::NameTable per enum. This is the only place those names
// are written: the loader reads packs through these tables, and the export, the URL
// and the layout name things with them.
#pragma once
#include "core/common/name_table.h"
#include "core/pack/pack.h"

namespace core {

// The value of a pack's "format" field that this loader reads.
inline constexpr const char* kPackFormat = "accord-pack/1";

inline constexpr NameTable<Certainty, 3> kCertaintyNames{{
    {Certainty::Confirmed, "confirmed"},
    {Certainty::Reported, "reported"},
    {Certainty::Article, "article"},
}};

inline constexpr NameTable<EventKind, 7> kEventKindNames{{
    {EventKind::Truce, "truce"},
    {EventKind::Release, "release"},
    {EventKind::Redeployment, "redeployment"},
    {EventKind::Aid, "aid"},
    {EventKind::Talks, "talks"},
    {EventKind::Guarantees, "guarantees"},
    {EventKind::Information, "information"},
}};

inline constexpr NameTable<FeatureKind, 3> kFeatureKindNames{{
    {FeatureKind::Area, "area"},
    {FeatureKind::Line, "line"},
    {FeatureKind::Point, "point"},
}};

// The GeoJSON geometry type each kind of feature is drawn from.
inline constexpr NameTable<FeatureKind, 3> kGeometryTypeNames{{
    {FeatureKind::Area, "Polygon"},
    {FeatureKind::Line, "LineString"},
    {FeatureKind::Point, "Point"},
}};

inline constexpr NameTable<FeatureStyle, 8> kFeatureStyleNames{{
    {FeatureStyle::Outline, "outline"},
    {FeatureStyle::Buffer, "buffer"},
    {FeatureStyle::Corridor, "corridor"},
    {FeatureStyle::Crossing, "crossing"},
    {FeatureStyle::Reference, "reference"},
    {FeatureStyle::Land, "land"},
    {FeatureStyle::Label, "label"},
    {FeatureStyle::Town, "town"},
}};

// The one kind a style may be drawn as, for the styles that need one (the first five
// take any kind).
inline std::optional<FeatureKind> KindOfStyle(FeatureStyle style) {
    switch (style) {
        case FeatureStyle::Land: return FeatureKind::Area;
        case FeatureStyle::Label: case FeatureStyle::Town: return FeatureKind::Point;
        default: return std::nullopt;
    }
}

inline constexpr NameTable<ActorGroup, 5> kActorGroupNames{{
    {ActorGroup::Us, "us"},
    {ActorGroup::Israel, "israel"},
    {ActorGroup::Mediators, "mediators"},
    {ActorGroup::Palestinian, "palestinian"},
    {ActorGroup::Analysis, "analysis"},
}};

// meta.direction; the model keeps it as Meta::right_to_left.
enum class TextDirection { LeftToRight, RightToLeft };
inline constexpr NameTable<TextDirection, 2> kTextDirectionNames{{
    {TextDirection::LeftToRight, "ltr"},
    {TextDirection::RightToLeft, "rtl"},
}};

// meta.digits: how the interface writes the numbers it makes (days, counts, dates).
inline constexpr NameTable<Digits, 2> kDigitsNames{{
    {Digits::Latin, "latin"},
    {Digits::ArabicIndic, "arabic-indic"},
}};

// "corridor", ...: the name of a map layer in the URL and the page API.
const char* FeatureStyleName(FeatureStyle style);

}  // namespace core
