// html_export.cpp — PackToHtml. All pack text passes through EscapeHtml, and the only
// links written are the sources' https:// addresses (checked by the loader).
#include "core/export/html_export.h"

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
    explicit Writer(const Pack& pack) : pack_(pack) {}

    void Line(const std::string& html) { out_ += html + "\n"; }

    // " <span class=claim>(Confirmed: <a href=#src-S1>Reuters</a>, …)</span>"
    std::string ClaimNote(const Claim& claim) const {
        std::string note = " <small class=\"claim claim-";
        note += claim.certainty == Certainty::Confirmed ? "confirmed"
                : claim.certainty == Certainty::Reported ? "reported" : "article";
        note += "\">(" + EscapeHtml(CertaintyLabel(claim.certainty));
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
    std::string out_;
};

const char* GroupName(ActorGroup group) {
    switch (group) {
        case ActorGroup::Us: return "United States";
        case ActorGroup::Israel: return "Israel";
        case ActorGroup::Mediators: return "Mediators";
        case ActorGroup::Palestinian: return "Palestinian factions";
        case ActorGroup::Analysis: return "Analysis";
    }
    return "";
}

}  // namespace

std::string PackToHtml(const Pack& pack) {
    const Strings strings = StringsFor(pack);
    auto FormatLongDate = [&](const std::string& date) { return strings.LongDate(date); };
    Writer w(pack);
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
    w.Line("<p><strong>Explainer</strong> · as of <time datetime=\"" + EscapeHtml(meta.as_of) + "\">" +
           EscapeHtml(FormatLongDate(meta.as_of)) + "</time></p>");
    w.Line("<h1>" + EscapeHtml(meta.title) + "</h1>");
    w.Line("<p class=\"dek\">" + EscapeHtml(meta.subtitle) + "</p>\n</header>");

    w.Line("<section id=\"schedule\">\n<h2>" + EscapeHtml(pack.timeline.label) + "</h2>");
    if (!pack.timeline.day_zero.empty()) w.Line("<p>Day 0: " + EscapeHtml(pack.timeline.day_zero) + "</p>");
    w.Line("<h3>Running through the period</h3>\n<ul>");
    for (const Phase& phase : pack.phases)
        w.Line("<li id=\"" + EscapeHtml(phase.id) + "\"><strong>" + EscapeHtml(phase.title) + "</strong> (days " +
               std::to_string(phase.start_day) + "–" + std::to_string(phase.end_day) + "). " + EscapeHtml(phase.text) +
               w.ClaimNote(phase.claim) + "</li>");
    w.Line("</ul>\n<h3>What happens when</h3>\n<ol>");
    for (const Milestone& m : pack.milestones) {
        std::string item = "<li id=\"" + EscapeHtml(m.id) + "\"><strong>" + EscapeHtml(m.when) + ": " +
                           EscapeHtml(m.title) + ".</strong> " + EscapeHtml(m.text) + w.ClaimNote(m.claim);
        for (const std::string& d : m.discrepancies) item += "<br><em>Discrepancy:</em> " + EscapeHtml(d);
        w.Line(item + "</li>");
    }
    w.Line("</ol>\n</section>");

    if (!pack.amendments.empty()) {
        w.Line("<section id=\"amendments\">\n<h2>The changes that were asked for</h2>");
        for (const Amendment& a : pack.amendments) {
            w.Line("<h3 id=\"" + EscapeHtml(a.id) + "\">" + std::to_string(a.number) + ". " + EscapeHtml(a.title) + "</h3>");
            w.Line("<dl>\n<dt>The framework says</dt><dd>" + EscapeHtml(a.framework_says.text) +
                   w.ClaimNote(a.framework_says.claim) + "</dd>");
            w.Line("<dt>What was asked</dt><dd>" + EscapeHtml(a.asked.text) + w.ClaimNote(a.asked.claim) + "</dd>");
            w.Line("<dt>Responses</dt><dd><ul>");
            for (const Response& r : a.responses) {
                const Actor* actor = pack.FindActor(r.actor_id);
                w.Line("<li><strong>" + EscapeHtml(actor ? actor->name : r.actor_id) + ":</strong> " + EscapeHtml(r.text) +
                       w.ClaimNote(r.claim) + "</li>");
            }
            w.Line("</ul></dd>\n</dl>");
        }
        w.Line("</section>");
    }

    if (!pack.map.features.empty()) {
        w.Line("<section id=\"map\">\n<h2>The lines on the map</h2>");
        w.Line("<p>" + EscapeHtml(pack.map.note) + "</p>\n<ul>");
        for (const MapFeature& f : pack.map.features)
            w.Line("<li id=\"" + EscapeHtml(f.id) + "\"><strong>" + EscapeHtml(f.title) + "</strong>" +
                   (f.approximate ? " (approximate)" : "") + ". " + EscapeHtml(f.note) + w.ClaimNote(f.claim) + "</li>");
        w.Line("</ul>\n</section>");
    }

    if (!pack.context.empty()) {
        w.Line("<section id=\"context\">\n<h2>How we got here</h2>\n<ol>");
        for (const ContextEvent& e : pack.context)
            w.Line("<li id=\"" + EscapeHtml(e.id) + "\"><time datetime=\"" + EscapeHtml(e.date) + "\">" +
                   EscapeHtml(FormatLongDate(e.date)) + "</time>" +
                   (e.end_date.empty() ? "" : "–<time datetime=\"" + EscapeHtml(e.end_date) + "\">" +
                                                  EscapeHtml(FormatLongDate(e.end_date)) + "</time>") +
                   ": <strong>" + EscapeHtml(e.title) + ".</strong> " + EscapeHtml(e.text) + w.ClaimNote(e.claim) + "</li>");
        w.Line("</ol>\n</section>");
    }

    if (!pack.actors.empty()) {
        w.Line("<section id=\"actors\">\n<h2>Who said what</h2>");
        for (const Actor& actor : pack.actors) {
            if (actor.positions.empty()) continue;
            w.Line("<h3 id=\"" + EscapeHtml(actor.id) + "\">" + EscapeHtml(actor.name) + " <small>" +
                   EscapeHtml(actor.role) + " · " + GroupName(actor.group) + "</small></h3>\n<ul>");
            for (const Position& p : actor.positions)
                w.Line("<li>" + (p.date.empty() ? std::string() : EscapeHtml(FormatLongDate(p.date)) + ": ") +
                       EscapeHtml(p.text) + w.ClaimNote(p.claim) + "</li>");
            w.Line("</ul>");
        }
        w.Line("</section>");
    }

    if (!pack.analysis.empty()) {
        w.Line("<section id=\"analysis\">\n<h2>What the analysis article argues</h2>\n<ul>");
        for (const AnalysisPoint& a : pack.analysis) {
            std::string item = "<li id=\"" + EscapeHtml(a.id) + "\">" + EscapeHtml(a.text) + w.ClaimNote(a.claim);
            if (a.counterpoint)
                item += "<br><em>On the record:</em> " + EscapeHtml(a.counterpoint->text) + w.ClaimNote(a.counterpoint->claim);
            w.Line(item + "</li>");
        }
        w.Line("</ul>\n</section>");
    }

    w.Line("<section id=\"sources\">\n<h2>Sources</h2>\n<ol>");
    for (const Source& s : pack.sources)
        w.Line("<li id=\"source-" + EscapeHtml(s.id) + "\">" + EscapeHtml(s.publisher) + ", “" + EscapeHtml(s.title) +
               "”, <time datetime=\"" + EscapeHtml(s.date) + "\">" + EscapeHtml(FormatLongDate(s.date)) +
               "</time>. <a href=\"" + EscapeHtml(s.url) + "\" rel=\"noopener noreferrer\">" + EscapeHtml(s.url) +
               "</a></li>");
    w.Line("</ol>\n</section>");

    w.Line("<footer>");
    if (!meta.corrections.empty()) {
        w.Line("<h2>Corrections</h2>\n<ul>");
        for (const Correction& c : meta.corrections)
            w.Line("<li><time datetime=\"" + EscapeHtml(c.date) + "\">" + EscapeHtml(FormatLongDate(c.date)) + "</time>: " +
                   EscapeHtml(c.text) + "</li>");
        w.Line("</ul>");
    }
    std::string credits;
    for (const std::string& c : meta.credits) credits += (credits.empty() ? "" : " · ") + EscapeHtml(c);
    w.Line("<p><small>" + credits + "<br>Text: " + EscapeHtml(meta.text_licence) +
           (meta.map_licence.empty() ? "" : "<br>Map: " + EscapeHtml(meta.map_licence)) + "</small></p>");
    w.Line("</footer>\n</article>\n</body>\n</html>");
    return w.Take();
}

}  // namespace core
