// read_map.cpp — the "map" section: its features, and their GeoJSON-like geometry
// checked against each feature's kind (positions in range, rings closed, enough
// positions) and against the drawing budget.
#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

namespace {

// [SECTION] Positions ----------------------------------------------------------------

// [lon, lat] in WGS84 degrees.
std::optional<LonLat> ReadPosition(JsonReader& r, const json& value, const std::string& p) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
        std::string found = value.is_array()
                                ? "a list of " + std::to_string(value.size()) + (value.size() == 1 ? " value" : " values")
                                : std::string(TypeName(value));
        r.Report(DiagnosticCode::BadPosition, p, "expected a position [longitude, latitude], found " + found);
        return std::nullopt;
    }
    LonLat at{value[0].number(), value[1].number()};
    // Swapped coordinates are the usual mistake (web maps show lat, lon): say so.
    if (!(at.lon >= -180 && at.lon <= 180) || !(at.lat >= -90 && at.lat <= 90)) {
        r.Report(DiagnosticCode::PositionOutOfRange, p,
                 "position " + NumberText(value) + " is outside longitude -180..180 / latitude -90..90 (is it [lat, lon]?)");
        return std::nullopt;
    }
    return at;
}

std::vector<LonLat> ReadPath(JsonReader& r, const json& value, const std::string& p, size_t min_points) {
    std::vector<LonLat> path;
    if (!r.List(value, p)) return path;
    for (size_t i = 0; i < value.size(); ++i)
        if (auto at = ReadPosition(r, value[i], p + "/" + std::to_string(i))) path.push_back(*at);
    if (value.size() < min_points)
        r.Report(DiagnosticCode::TooFewItems, p,
                 "has " + std::to_string(value.size()) + (value.size() == 1 ? " position" : " positions") +
                     "; at least " + std::to_string(min_points) + " are needed");
    return path;
}

}  // namespace

// [SECTION] Geometry -----------------------------------------------------------------

void PackReader::ReadGeometry(const json& geometry, const std::string& p, MapFeature& feature) {
    if (!r_.Object(geometry, p)) return;
    std::string type = r_.String(geometry, p, "type", Need::Required, 32);
    const json* coordinates = r_.Member(geometry, p, "coordinates", Need::Required);
    r_.WarnUnknownFields(geometry, p, {"type", "coordinates"});
    if (type.empty() || !coordinates) return;
    const std::string expected = kGeometryTypeNames.NameOf(feature.kind);
    if (type != expected) {
        r_.Report(DiagnosticCode::GeometryMismatch, p + "/type",
                  std::string("a feature of kind \"") + kFeatureKindNames.NameOf(feature.kind) +
                      "\" needs geometry type \"" + expected + "\", not \"" + type + "\"");
        return;
    }
    std::string cp = p + "/coordinates";
    if (feature.kind == FeatureKind::Point) {
        if (auto at = ReadPosition(r_, *coordinates, cp)) feature.rings.push_back({*at});
    } else if (feature.kind == FeatureKind::Line) {
        feature.rings.push_back(ReadPath(r_, *coordinates, cp, 2));
    } else {
        if (!r_.List(*coordinates, cp)) return;
        if (coordinates->empty()) r_.Report(DiagnosticCode::TooFewItems, cp, "a polygon needs at least one ring");
        for (size_t i = 0; i < coordinates->size(); ++i) {
            std::string rp = cp + "/" + std::to_string(i);
            std::vector<LonLat> ring = ReadPath(r_, (*coordinates)[i], rp, 4);
            if (ring.size() >= 4 && (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat))
                r_.Report(DiagnosticCode::RingNotClosed, rp,
                          "the ring is not closed (its last position must repeat its first)");
            feature.rings.push_back(std::move(ring));
        }
    }
}

// [SECTION] Features -----------------------------------------------------------------

void PackReader::ReadMap(const json& map, const std::string& p, MapData& out) {
    if (!r_.Object(map, p)) return;
    out.approximate = r_.Boolean(map, p, "approximate", true);
    out.note = r_.String(map, p, "note", Need::Required);
    ReadList(map, "features", Need::Required, [&](const json& item, const std::string& fp) {
        MapFeature feature;
        feature.id = Identify(item, fp);
        std::optional<FeatureKind> kind = r_.Choice(item, fp, "kind", kFeatureKindNames);
        feature.kind = kind.value_or(FeatureKind::Point);
        std::optional<FeatureStyle> style = r_.Choice(item, fp, "style", kFeatureStyleNames);
        feature.style = style.value_or(FeatureStyle::Reference);
        // Land is a shaded area, a label and a town are drawn at one point.
        if (style && kind)
            if (std::optional<FeatureKind> needs = KindOfStyle(*style); needs && *needs != *kind)
                r_.Report(DiagnosticCode::NotOneOf, fp + "/style",
                          std::string("style \"") + kFeatureStyleNames.NameOf(*style) + "\" is drawn as kind \"" +
                              kFeatureKindNames.NameOf(*needs) + "\", not \"" + kFeatureKindNames.NameOf(*kind) + "\"");
        feature.title = r_.String(item, fp, "title", Need::Required, 200);
        feature.approximate = r_.Boolean(item, fp, "approximate", true);
        feature.note = r_.String(item, fp, "note", Need::Optional);
        feature.claim = ReadClaim(item, fp);
        // The geometry is checked against the kind; with no valid kind that would only
        // repeat the kind's error.
        if (const json* geometry = r_.Member(item, fp, "geometry", Need::Required))
            if (kind) ReadGeometry(*geometry, fp + "/geometry", feature);
        r_.WarnUnknownFields(item, fp, {"id", "kind", "style", "title", "approximate", "note", "sources",
                                        "certainty", "geometry"});
        // Only selectable features can be linked to; the others are kept to say why.
        if (IsSelectableStyle(feature.style)) Register(Target::MapFeature, feature.id);
        else if (!feature.id.empty()) unselectable_features_.emplace(feature.id, kFeatureStyleNames.NameOf(feature.style));
        out.features.push_back(std::move(feature));
    }, p);
    r_.WarnUnknownFields(map, p, {"approximate", "note", "features"});
    // Every position is projected and drawn each frame the map is shown.
    size_t positions = 0;
    for (const MapFeature& f : out.features)
        for (const auto& ring : f.rings) positions += ring.size();
    const size_t limit = r_.limits().max_map_positions;
    if (positions > limit)
        r_.Report(DiagnosticCode::TooMuchGeometry, p + "/features",
                  "the map has " + std::to_string(positions) + " positions; the limit is " + std::to_string(limit) +
                      " (simplify the geometry)");
}

}  // namespace core
