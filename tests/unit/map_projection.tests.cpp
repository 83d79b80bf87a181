// map_projection.tests.cpp — projection fits, keeps north up and scale true, and
// copes with maps of one point or none.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/layout/map_projection.h"

TEST_CASE("a strip of coast projects into its viewport", "[map_projection]") {
    core::GeoBounds bounds{34.21841, 31.22013, 34.56732, 31.59513};
    core::Rect viewport{100, 50, 400, 600};
    core::MapProjection projection(bounds, viewport, 16);
    for (core::LonLat p : {core::LonLat{34.21841, 31.22013}, core::LonLat{34.56732, 31.59513},
                           core::LonLat{34.25923, 31.24858}, core::LonLat{34.41111, 31.48222}}) {
        core::Vec2 screen = projection.Project(p);
        CHECK(screen.x >= viewport.x + 15);
        CHECK(screen.x <= viewport.Right() - 15);
        CHECK(screen.y >= viewport.y + 15);
        CHECK(screen.y <= viewport.Bottom() - 15);
    }
    // North is up, east is right.
    CHECK(projection.Project({34.3, 31.5}).y < projection.Project({34.3, 31.3}).y);
    CHECK(projection.Project({34.4, 31.4}).x > projection.Project({34.3, 31.4}).x);
    // East-west and north-south distances agree (1 km either way is the same length).
    core::Vec2 a = projection.Project({34.3, 31.4});
    core::Vec2 east = projection.Project({34.3 + 1000.0 / (111320.0 * std::cos(31.4 * M_PI / 180)), 31.4});
    core::Vec2 north = projection.Project({34.3, 31.4 + 1000.0 / 111320.0});
    CHECK(east.x - a.x == Approx(a.y - north.y).epsilon(0.002));
    CHECK(projection.MetresPerPixel() * (east.x - a.x) == Approx(1000).epsilon(0.002));
}

TEST_CASE("zoom and pan move the map about the viewport's centre", "[map_projection]") {
    core::GeoBounds bounds{34.2, 31.2, 34.6, 31.6};
    core::Rect viewport{0, 0, 500, 500};
    core::MapProjection fit(bounds, viewport);
    core::MapProjection zoomed(bounds, viewport, 16, 2, {10, -20});
    core::LonLat centre{34.4, 31.4};
    CHECK(fit.Project(centre).x == Approx(250));
    CHECK(zoomed.Project(centre).x == Approx(260));
    CHECK(zoomed.Project(centre).y == Approx(230));
    CHECK(zoomed.MetresPerPixel() == Approx(fit.MetresPerPixel() / 2));
}

TEST_CASE("a map of one point, or of none, still gets a finite projection", "[map_projection]") {
    core::Rect viewport{0, 0, 400, 300};
    core::GeoBounds one_point;
    one_point.Add({-20.47, -30.14});
    core::MapProjection point(one_point, viewport);
    core::Vec2 p = point.Project({-20.47, -30.14});
    CHECK(p.x == Approx(200));
    CHECK(p.y == Approx(150));
    CHECK(point.MetresPerPixel() > 1);  // about a kilometre across, not a zoom without limit
    core::MapProjection none(core::GeoBounds{}, viewport);
    CHECK_FALSE(core::GeoBounds{}.Valid());
    CHECK(std::isfinite(none.MetresPerPixel()));
    CHECK(none.Project({0, 0}).x == Approx(200));
}

TEST_CASE("scale bars use round lengths", "[map_projection]") {
    CHECK(core::NiceScaleMetres(50, 120) == 5000);   // up to 6 km: 5 km
    CHECK(core::NiceScaleMetres(10, 120) == 1000);   // up to 1.2 km: 1 km
    CHECK(core::NiceScaleMetres(20, 120) == 2000);   // up to 2.4 km: 2 km
    CHECK(core::NiceScaleMetres(0, 120) == 0);
}
