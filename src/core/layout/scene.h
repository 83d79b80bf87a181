// scene.h — what to draw, in CSS pixels, produced by core layout and drawn by ui.
// Colours are roles (resolved by the ui theme), text is already wrapped into lines,
// and every selectable thing has a hit area carrying its pack id.
#pragma once
#include <string>
#include <vector>

namespace core {

struct Vec2 {
    float x = 0, y = 0;
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool Contains(Vec2 p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    float Right() const { return x + w; }
    float Bottom() const { return y + h; }
};

// Type styles; the ui maps each to a face and size of Noto Sans.
enum class TextStyle { Title, Subtitle, Heading, Body, BodyBold, Small, SmallBold, Label, TitleCompact };
constexpr int kTextStyleCount = 9;
// The one style the header's language switch names each edition in ("العربية", "עברית"):
// the ui gives only this style the faces of those names (ui/fonts.cpp), so the other
// styles' glyph tables stay as small as the Latin they draw.
constexpr TextStyle kLanguageNameStyle = TextStyle::SmallBold;

enum class ColorRole {
    Background, Text, TextMuted, Rule, Axis, Panel, PanelBorder, Accent, Error, ErrorPanel,
    KindTruce, KindRelease, KindRedeployment, KindAid, KindTalks, KindGuarantees, KindInformation,
    CertaintyConfirmed, CertaintyReported, CertaintyArticle, Selection,
    MapWater, MapLand, MapOutline, MapBuffer, MapCorridor, MapCrossing, Control, ControlText, Focus,
    MapNeighbour,  // land around the territory: grey, under everything
    QrDark, QrLight,  // black on white in every theme: what phone cameras read
};

enum class MarkerShape { Circle, Diamond, Square, TriangleUp, TriangleDown, Ring };

// Primitives may be clipped to one of Scene::clips (the map panel); -1: no clip.
struct SceneRect {
    Rect rect;
    ColorRole fill = ColorRole::Panel;
    ColorRole border = ColorRole::Background;
    bool has_border = false;
    float rounding = 0;
    std::string item_id;  // non-empty when the rect draws a selectable item
    int clip = -1;
    bool over_areas = false;  // drawn after the filled areas (the map's buttons, over its land)
    bool filled = true;       // false: the border alone
};

struct SceneLine {
    Vec2 from, to;
    ColorRole color = ColorRole::Rule;
    float thickness = 1;
    float dash = 0;  // 0: solid; else dash length in px
    std::string item_id;
    int clip = -1;
};

// A filled area as triangles (three vertices each), e.g. a projected polygon.
struct SceneTriangles {
    std::vector<Vec2> vertices;
    ColorRole color = ColorRole::MapLand;
    float alpha = 1;
    std::string item_id;
    int clip = -1;
};

struct SceneMarker {
    Vec2 center;
    float radius = 6;
    MarkerShape shape = MarkerShape::Circle;
    ColorRole color = ColorRole::Accent;
    std::string item_id;
    int clip = -1;
};

// What a run of text is to a reader. The DOM text layer (state/text_layer.h) makes
// headings, item titles and control labels of them; the canvas draws them alike.
enum class TextRole {
    Body,       // a paragraph or part of one
    PageTitle,  // the pack's title (h1)
    Heading,    // a view's or section's heading (h2)
    ItemTitle,  // the title of a selectable item (its button's name)
    Label,      // a short label: a kicker, a badge, a legend entry, an axis
    Control,    // the label drawn on one of the widget's own buttons
};

struct SceneText {
    Vec2 position;  // top-left of the first line
    std::vector<std::string> lines;      // as drawn: right-to-left text shaped, in visual order
    std::vector<std::string> logical_lines;  // as written, when that differs (the DOM's text)
    float box_width = 0;                 // the width it was wrapped to
    bool align_end = false;              // lines end at the box's right (a right-to-left layout)
    TextStyle style = TextStyle::Body;
    ColorRole color = ColorRole::Text;
    float line_height = 0;
    std::string item_id;
    bool halo = false;  // outlined in the background colour (labels on the map)
    // Slanted, as maps set the names of seas and countries apart from the places on
    // them (the fonts have no italic face: the ui shears the glyphs).
    bool oblique = false;
    TextRole role = TextRole::Body;
    std::string link;  // an https address the text stands for (a source): a link in the DOM
    Rect link_code;    // where a QR code of `link` is drawn beside it (kiosks); empty: none
    int clip = -1;
};

// What a click, a tap or Enter acts on: a pack item, or one of the widget's own controls.
enum class ControlKind {
    None,           // a pack item (item_id)
    ViewTab,        // argument: the View it shows (phones)
    ContextToggle,  // shows or hides the timeline's band of what came before day 0
    ZoomIn, ZoomOut, ZoomReset,
    LayerToggle,    // argument: the FeatureStyle it shows or hides
    DetailsPanel,   // the details panel's background (swallows clicks)
    CloseDetails,
    Share,          // the link to the reader's place: Web Share, else the clipboard
    Language,       // argument: the index in meta.languages of the edition it opens
};

struct HitTarget {
    std::string item_id;  // a pack item; empty for a control
    ControlKind control = ControlKind::None;
    int argument = 0;     // ViewTab: a View; LayerToggle: a FeatureStyle

    static HitTarget Item(std::string id) { return {std::move(id), ControlKind::None, 0}; }
    static HitTarget Control(ControlKind kind, int argument = 0) { return {{}, kind, argument}; }
    bool IsItem() const { return control == ControlKind::None && !item_id.empty(); }
    bool IsControl() const { return control != ControlKind::None; }
    bool Empty() const { return control == ControlKind::None && item_id.empty(); }
    bool operator==(const HitTarget& o) const {
        return item_id == o.item_id && control == o.control && argument == o.argument;
    }
    bool operator!=(const HitTarget& o) const { return !(*this == o); }
};

struct HitArea {
    Rect rect;
    HitTarget target;
};

struct Scene {
    float width = 0;
    float height = 0;  // of the content; may exceed the viewport (the view scrolls)
    std::vector<SceneRect> rects;
    std::vector<SceneTriangles> areas;
    std::vector<SceneLine> lines;
    std::vector<SceneMarker> markers;
    std::vector<SceneText> texts;
    std::vector<HitArea> hit_areas;  // in reading order
    std::vector<Rect> clips;
    Rect map_viewport;                // where the map is (pan and zoom act inside it); empty if none

    // What is under `point` (content coordinates); an empty target when nothing is.
    HitTarget HitTest(Vec2 point) const;
    // One hit area per target (its largest), in reading order: pack items only, or pack
    // items and controls (the keyboard's focus order; never the details' background).
    // With a visible band (content y from top to bottom), an area wholly inside it is
    // preferred to a larger one that is not (so a click on the reported rectangle
    // lands on screen).
    std::vector<HitArea> Targets(bool include_controls, float visible_top = -1e30f,
                                 float visible_bottom = 1e30f) const;
};

}  // namespace core
