// map_projection.cpp — see map_projection.h.
#include "core/layout/map_projection.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kMetresPerDegreeLat = 111320.0;
}  // namespace

void GeoBounds::Add(LonLat p) {
    min_lon = std::min(min_lon, p.lon);
    max_lon = std::max(max_lon, p.lon);
    min_lat = std::min(min_lat, p.lat);
    max_lat = std::max(max_lat, p.lat);
}

GeoBounds BoundsOf(const std::vector<MapFeature>& features) {
    GeoBounds bounds;
    for (const MapFeature& f : features)
        if (f.style != FeatureStyle::Land)
            for (const auto& ring : f.rings)
                for (LonLat p : ring) bounds.Add(p);
    // Only land: fit that rather than nothing.
    if (!bounds.Valid())
        for (const MapFeature& f : features)
            for (const auto& ring : f.rings)
                for (LonLat p : ring) bounds.Add(p);
    return bounds;
}

MapProjection::MapProjection(const GeoBounds& bounds, const Rect& viewport, float padding, float zoom, Vec2 pan) {
    GeoBounds b = bounds.Valid() ? bounds : GeoBounds{-0.5, -0.5, 0.5, 0.5};
    // Why a minimum extent: a map of one point would otherwise zoom in without limit.
    constexpr double kMinExtent = 0.01;  // degrees, about a kilometre
    if (b.max_lon - b.min_lon < kMinExtent) {
        const double mid = (b.min_lon + b.max_lon) / 2;
        b.min_lon = mid - kMinExtent / 2;
        b.max_lon = mid + kMinExtent / 2;
    }
    if (b.max_lat - b.min_lat < kMinExtent) {
        const double mid = (b.min_lat + b.max_lat) / 2;
        b.min_lat = mid - kMinExtent / 2;
        b.max_lat = mid + kMinExtent / 2;
    }
    lon0_ = (b.min_lon + b.max_lon) / 2;
    lat0_ = (b.min_lat + b.max_lat) / 2;
    // Single precision is plenty for a map's aspect, and the float cosine is the one the
    // drawing (ImGui's arcs) links anyway: no second, double-precision one in the wasm.
    cos_lat0_ = std::cos(static_cast<float>(lat0_ * kPi / 180));
    const double width_deg = std::max((b.max_lon - b.min_lon) * cos_lat0_, 1e-6);
    const double height_deg = std::max(b.max_lat - b.min_lat, 1e-6);
    const double usable_w = std::max(1.0, static_cast<double>(viewport.w) - 2.0 * padding);
    const double usable_h = std::max(1.0, static_cast<double>(viewport.h) - 2.0 * padding);
    scale_ = std::min(usable_w / width_deg, usable_h / height_deg) * std::clamp(zoom, 0.25f, 64.0f);
    centre_ = {viewport.x + viewport.w / 2 + pan.x, viewport.y + viewport.h / 2 + pan.y};
}

Vec2 MapProjection::Project(LonLat p) const {
    return {static_cast<float>(centre_.x + (p.lon - lon0_) * cos_lat0_ * scale_),
            static_cast<float>(centre_.y - (p.lat - lat0_) * scale_)};
}

double MapProjection::MetresPerPixel() const { return kMetresPerDegreeLat / scale_; }

double NiceScaleMetres(double metres_per_pixel, float max_px) {
    const double max_metres = metres_per_pixel * max_px;
    if (!(max_metres > 0) || !std::isfinite(max_metres)) return 0;
    double base = std::pow(10.0, std::floor(std::log10(max_metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (base * step <= max_metres) return base * step;
    return base;
}

}  // namespace core
