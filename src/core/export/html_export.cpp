// html_export.cpp — PackToHtml. All pack text passes through EscapeHtml, and the only
// links written are the sources' https:// addresses (checked by the loader).
#include "core/export/html_export.h"

#include <algorithm>

#include "core/pack/pack_strings.h"

namespace core {

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

class Writer {
public:
    Writer(const Pack& pack, const Strings& strings) : pack_(pack), strings_(strings) {}

    void Line(const std::string& html) { out_ += html + "\n"; }

    // An entry of the string table as HTML: its own text escaped, `html_args` (already
    // HTML) put in its placeholders.
    std::string Text(StringId id, std::initializer_list<std::string_view> html_args = {}) const {
        return Strings::FormatPattern(EscapeHtml(strings_.Get(id)), html_args);
    }
    std::string Date(const std::string& iso_date) const {
        return "<time datetime=\"" + EscapeHtml(iso_date) + "\">" + EscapeHtml(strings_.LongDate(iso_date)) + "</time>";
    }

    // " <span class=claim>(Confirmed: <a href=#src-S1>Reuters</a>, …)</span>"
    std::string ClaimNote(const Claim& claim) const {
        std::string note = " <small class=\"claim claim-";
        note += claim.certainty == Certainty::Confirmed ? "confirmed"
                : claim.certainty == Certainty::Reported ? "reported" : "article";
        note += "\">(" + EscapeHtml(CertaintyText(strings_, claim.certainty));
        for (size_t i = 0; i < claim.source_ids.size(); ++i) {
            const Source* source = pack_.FindSource(claim.source_ids[i]);
            note += i == 0 ? ": " : ", ";
            note += "<a href=\"#source-" + EscapeHtml(claim.source_ids[i]) + "\">" +
                    EscapeHtml(source ? source->publisher : claim.source_ids[i]) + "</a>";
        }
        return note + ")</small>";
    }

    std::string ClaimParagraph(const std::string& text, const Claim& claim) const {
        return "<p>" + EscapeHtml(text) + ClaimNote(claim) + "</p>";
    }

    std::string Take() { return std::move(out_); }

private:
    const Pack& pack_;
    const Strings& strings_;
    std::string out_;
};

}  // namespace

std::string PackToHtml(const Pack& pack) {
    const Strings strings = StringsFor(pack);
    Writer w(pack, strings);
    const Meta& meta = pack.meta;
    w.Line("<!doctype html>");
    w.Line("<html lang=\"" + EscapeHtml(meta.language) + "\" dir=\"" + (meta.right_to_left ? "rtl" : "ltr") + "\">");
    w.Line("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    w.Line("<title>" + EscapeHtml(meta.title) + "</title>");
    w.Line("<style>body{font:17px/1.55 \"Noto Sans\",system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;"
           "color:#1a1c1e}h1{line-height:1.2}.dek{color:#50565d;font-size:1.15rem}small.claim{color:#50565d}"
           "section{margin-top:2.5rem}dt{font-weight:700;margin-top:.8rem}li{margin:.4rem 0}"
           "@media print{a{color:inherit}}</style>");
    w.Line("</head>\n<body>\n<article>\n<header>");
    w.Line("<p><strong>" + w.Text(StringId::ExportKicker) + "</strong>" +
           (meta.as_of.empty() ? "" : " · " + w.Text(StringId::FooterAsOf, {w.Date(meta.as_of)})) + "</p>");
    w.Line("<h1>" + EscapeHtml(meta.title) + "</h1>");
    w.Line("<p class=\"dek\">" + EscapeHtml(meta.subtitle) + "</p>\n</header>");

    // [SECTION] schedule
    w.Line("<section id=\"schedule\">\n<h2>" + EscapeHtml(pack.timeline.label) + "</h2>");
    if (!pack.timeline.day_zero.empty())
        w.Line("<p>" + w.Text(StringId::TimelineDayZero, {EscapeHtml(pack.timeline.day_zero)}) + "</p>");
    w.Line("<h3>" + w.Text(StringId::ExportPhases) + "</h3>\n<ul>");
    for (const Phase& phase : pack.phases)
        w.Line("<li id=\"" + EscapeHtml(phase.id) + "\"><strong>" + EscapeHtml(phase.title) + "</strong> (" +
               w.Text(StringId::ExportPhaseDays, {std::to_string(phase.start_day), std::to_string(phase.end_day)}) + "). " +
               EscapeHtml(phase.text) + w.ClaimNote(phase.claim) + "</li>");
    w.Line("</ul>\n<h3>" + w.Text(StringId::TimelineHeading) + "</h3>\n<ol>");
    for (const Milestone& m : pack.milestones) {
        std::string item = "<li id=\"" + EscapeHtml(m.id) + "\"><strong>" + EscapeHtml(m.when) + ": " +
                           EscapeHtml(m.title) + ".</strong> " + EscapeHtml(m.text) + w.ClaimNote(m.claim);
        for (const std::string& d : m.discrepancies) item += "<br>" + w.Text(StringId::Discrepancy, {EscapeHtml(d)});
        w.Line(item + "</li>");
    }
    w.Line("</ol>\n</section>");

    // [SECTION] amendments
    if (!pack.amendments.empty()) {
        w.Line("<section id=\"amendments\">\n<h2>" + w.Text(StringId::AmendmentsHeading) + "</h2>");
        for (const Amendment& a : pack.amendments) {
            w.Line("<h3 id=\"" + EscapeHtml(a.id) + "\">" + std::to_string(a.number) + ". " + EscapeHtml(a.title) + "</h3>");
            w.Line("<dl>\n<dt>" + w.Text(StringId::ExportFrameworkSays) + "</dt><dd>" + EscapeHtml(a.framework_says.text) +
                   w.ClaimNote(a.framework_says.claim) + "</dd>");
            w.Line("<dt>" + w.Text(StringId::ExportAsked) + "</dt><dd>" + EscapeHtml(a.asked.text) +
                   w.ClaimNote(a.asked.claim) + "</dd>");
            if (!a.responses.empty()) {
                w.Line("<dt>" + w.Text(StringId::ExportResponses) + "</dt><dd><ul>");
                for (const Response& r : a.responses) {
                    const Actor* actor = pack.FindActor(r.actor_id);
                    w.Line("<li><strong>" + EscapeHtml(actor ? actor->name : r.actor_id) + ":</strong> " +
                           EscapeHtml(r.text) + w.ClaimNote(r.claim) + "</li>");
                }
                w.Line("</ul></dd>");
            }
            w.Line("</dl>");
        }
        w.Line("</section>");
    }

    // [SECTION] map
    if (!pack.map.features.empty()) {
        w.Line("<section id=\"map\">\n<h2>" + w.Text(StringId::MapHeading) + "</h2>");
        w.Line("<p>" + w.Text(pack.map.approximate ? StringId::MapApproximate : StringId::MapAsPublished) + " " +
               EscapeHtml(pack.map.note) + "</p>\n<ul>");
        for (const MapFeature& f : pack.map.features)
            w.Line("<li id=\"" + EscapeHtml(f.id) + "\"><strong>" + EscapeHtml(f.title) + "</strong>" +
                   (f.approximate ? " (" + w.Text(StringId::ExportApproximate) + ")" : "") + ". " + EscapeHtml(f.note) +
                   w.ClaimNote(f.claim) + "</li>");
        w.Line("</ul>\n</section>");
    }

    // [SECTION] context
    if (!pack.context.empty()) {
        w.Line("<section id=\"context\">\n<h2>" + w.Text(StringId::ExportContext) + "</h2>\n<ol>");
        for (const ContextEvent& e : pack.context)
            w.Line("<li id=\"" + EscapeHtml(e.id) + "\">" + w.Date(e.date) +
                   (e.end_date.empty() ? "" : "–" + w.Date(e.end_date)) + ": <strong>" + EscapeHtml(e.title) +
                   ".</strong> " + EscapeHtml(e.text) + w.ClaimNote(e.claim) + "</li>");
        w.Line("</ol>\n</section>");
    }

    // [SECTION] actors: by their own names and roles, the pack's groups kept together
    // in the order they first appear.
    std::vector<ActorGroup> groups;
    for (const Actor& actor : pack.actors)
        if (!actor.positions.empty() && std::find(groups.begin(), groups.end(), actor.group) == groups.end())
            groups.push_back(actor.group);
    if (!groups.empty()) {
        w.Line("<section id=\"actors\">\n<h2>" + w.Text(StringId::ExportActors) + "</h2>");
        for (ActorGroup group : groups)
            for (const Actor& actor : pack.actors) {
                if (actor.group != group || actor.positions.empty()) continue;
                w.Line("<h3 id=\"" + EscapeHtml(actor.id) + "\">" + EscapeHtml(actor.name) + " <small>" +
                       EscapeHtml(actor.role) + "</small></h3>\n<ul>");
                for (const Position& p : actor.positions)
                    w.Line("<li>" + (p.date.empty() ? std::string() : w.Date(p.date) + ": ") + EscapeHtml(p.text) +
                           w.ClaimNote(p.claim) + "</li>");
                w.Line("</ul>");
            }
        w.Line("</section>");
    }

    // [SECTION] analysis
    if (!pack.analysis.empty()) {
        w.Line("<section id=\"analysis\">\n<h2>" + w.Text(StringId::ExportAnalysis) + "</h2>\n<ul>");
        for (const AnalysisPoint& a : pack.analysis) {
            std::string item = "<li id=\"" + EscapeHtml(a.id) + "\">" + EscapeHtml(a.text) + w.ClaimNote(a.claim);
            if (a.counterpoint)
                item += "<br><em>" + w.Text(StringId::ExportCounterpoint) + ":</em> " + EscapeHtml(a.counterpoint->text) +
                        w.ClaimNote(a.counterpoint->claim);
            w.Line(item + "</li>");
        }
        w.Line("</ul>\n</section>");
    }

    // [SECTION] sources and footer
    w.Line("<section id=\"sources\">\n<h2>" + w.Text(StringId::ExportSources) + "</h2>\n<ol>");
    for (const Source& s : pack.sources)
        w.Line("<li id=\"source-" + EscapeHtml(s.id) + "\">" + EscapeHtml(s.publisher) + ", “" + EscapeHtml(s.title) +
               "”, " + w.Date(s.date) + ". <a href=\"" + EscapeHtml(s.url) + "\" rel=\"noopener noreferrer\">" +
               EscapeHtml(s.url) + "</a></li>");
    w.Line("</ol>\n</section>");

    w.Line("<footer>");
    if (!meta.corrections.empty()) {
        w.Line("<h2>" + w.Text(StringId::ExportCorrections) + "</h2>\n<ul>");
        for (const Correction& c : meta.corrections) w.Line("<li>" + w.Date(c.date) + ": " + EscapeHtml(c.text) + "</li>");
        w.Line("</ul>");
    }
    std::string credits;
    for (const std::string& c : meta.credits) credits += (credits.empty() ? "" : " · ") + EscapeHtml(c);
    w.Line("<p><small>" + credits + "<br>" + w.Text(StringId::FooterTextLicence, {EscapeHtml(meta.text_licence)}) +
           (meta.map_licence.empty() ? "" : "<br>" + w.Text(StringId::FooterMapLicence, {EscapeHtml(meta.map_licence)})) +
           "</small></p>");
    w.Line("</footer>\n</article>\n</body>\n</html>");
    return w.Take();
}

}  // namespace core
