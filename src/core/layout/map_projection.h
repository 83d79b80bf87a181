// map_projection.h — WGS84 [lon, lat] to screen pixels, for a small area
// (a city or a strip of coast): an equirectangular projection scaled by cos(latitude)
// at the area's centre, which keeps shapes and distances true to well under 1% there,
// fitted into a rectangle and then panned and zoomed.
#pragma once
#include <vector>

#include "core/pack/pack.h"
#include "core/layout/scene.h"

namespace core {

struct GeoBounds {
    double min_lon = 180, min_lat = 90, max_lon = -180, max_lat = -90;
    bool Valid() const { return min_lon <= max_lon && min_lat <= max_lat; }
    void Add(LonLat p);
};

// What the map is fitted to: every feature but the neighbouring land, which is
// context that may run off the edges (a country is far larger than the strip beside it).
GeoBounds BoundsOf(const std::vector<MapFeature>& features);

class MapProjection {
public:
    // Fits `bounds` (with `padding` px) into `viewport`, north up, then applies zoom
    // (1 = fit) about the viewport's centre and a pan in pixels. Bounds with no extent
    // (one point) are widened to about a kilometre round it; invalid bounds (a map
    // with no positions) to a neutral one-degree square at 0, 0.
    MapProjection(const GeoBounds& bounds, const Rect& viewport, float padding = 16, float zoom = 1,
                  Vec2 pan = {});

    Vec2 Project(LonLat p) const;
    double MetresPerPixel() const;

private:
    double lon0_ = 0, lat0_ = 0, cos_lat0_ = 1;
    double scale_ = 1;  // pixels per projected degree
    Vec2 centre_;
};

// A scale bar length that reads well: 1, 2 or 5 x 10^n metres no longer than max_px.
double NiceScaleMetres(double metres_per_pixel, float max_px);

}  // namespace core
