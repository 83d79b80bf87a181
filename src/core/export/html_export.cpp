// html_export.cpp — the pack as an HTML article (PackToArticleHtml), as a whole
// document (PackToHtml), and put into the widget's page (FillPageTemplate).
// All pack text passes through EscapeHtml; the only links written are the sources'
// https:// addresses (checked by the loader) and anchors inside the article. No style
// attributes and no scripts: the page's article must pass a strict CSP.
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

std::string PageTitle(const Pack& pack) { return StringsFor(pack).Format(StringId::PageTitle, {pack.meta.title}); }

std::string PageDescription(const Pack& pack) {
    return StringsFor(pack).Format(StringId::PageDescription, {pack.meta.title, pack.meta.subtitle});
}

namespace {

// [SECTION] writer helpers ------------------------------------------------------
class Writer {
public:
    Writer(const Pack& pack, const Strings& strings, std::string_view id_prefix)
        : pack_(pack), strings_(strings), prefix_(EscapeHtml(id_prefix)) {}

    void Line(const std::string& html) { out_ += html + "\n"; }

    // An entry of the string table as HTML: its own text escaped, `html_args` (already
    // HTML) put in its placeholders.
    std::string Text(StringId id, std::initializer_list<std::string_view> html_args = {}) const {
        return Strings::FormatPattern(EscapeHtml(strings_.Get(id)), html_args);
    }
    std::string Number(long long n) const { return strings_.Number(n); }  // digits only: no escaping
    std::string Date(const std::string& iso_date) const {
        return "<time datetime=\"" + EscapeHtml(iso_date) + "\">" + EscapeHtml(strings_.LongDate(iso_date)) + "</time>";
    }
    // ` id="article-x"`: every id goes through the prefix, so anchors match them.
    std::string IdValue(std::string_view id) const { return prefix_ + EscapeHtml(id); }
    std::string Id(std::string_view id) const { return " id=\"" + IdValue(id) + "\""; }
    std::string Anchor(std::string_view id) const { return "#" + IdValue(id); }

    // ` <small class="claim claim-confirmed"><span class="certainty">Confirmed</span>:
    // <a href="#source-S1">Reuters</a>, …</small>` — the certainty as words, the
    // sources as links to the list at the end.
    std::string ClaimNote(const Claim& claim) const {
        std::string note = " <small class=\"claim claim-";
        note += claim.certainty == Certainty::Confirmed ? "confirmed"
                : claim.certainty == Certainty::Reported ? "reported" : "article";
        note += "\"><span class=\"certainty\">" + EscapeHtml(CertaintyText(strings_, claim.certainty)) + "</span>";
        for (size_t i = 0; i < claim.source_ids.size(); ++i) {
            const Source* source = pack_.FindSource(claim.source_ids[i]);
            note += i == 0 ? ": " : ", ";
            note += "<a href=\"" + Anchor("source-" + claim.source_ids[i]) + "\">" +
                    EscapeHtml(source ? source->publisher : claim.source_ids[i]) + "</a>";
        }
        return note + "</small>";
    }

    std::string Take() { return std::move(out_); }

private:
    const Pack& pack_;
    const Strings& strings_;
    std::string prefix_;
    std::string out_;
};

// A title written as a sentence: a full stop unless it already ends in punctuation.
std::string Sentence(const std::string& text) {
    std::string html = EscapeHtml(text);
    if (!text.empty() && std::string_view(".?!").find(text.back()) == std::string_view::npos) html += ".";
    return html;
}

const char* FeatureKindClass(FeatureKind kind) {
    switch (kind) {
        case FeatureKind::Area: return "area";
        case FeatureKind::Line: return "line";
        case FeatureKind::Point: break;
    }
    return "point";
}

// [SECTION] the article ---------------------------------------------------------
void WriteArticle(Writer& w, const Pack& pack) {
    const Meta& meta = pack.meta;
    w.Line("<article class=\"accord-article\"" + w.Id("top") + " lang=\"" + EscapeHtml(meta.language) + "\" dir=\"" +
           (meta.right_to_left ? "rtl" : "ltr") + "\" aria-labelledby=\"" + w.IdValue("title") + "\">");
    w.Line("<header class=\"masthead\">");
    w.Line("<p class=\"kicker\"><strong>" + w.Text(StringId::ExportKicker) + "</strong>" +
           (meta.as_of.empty() ? "" : " <span class=\"as-of\">" + w.Text(StringId::FooterAsOf, {w.Date(meta.as_of)}) +
                                          "</span>") + "</p>");
    w.Line("<h1" + w.Id("title") + ">" + EscapeHtml(meta.title) + "</h1>");
    w.Line("<p class=\"dek\">" + EscapeHtml(meta.subtitle) + "</p>\n</header>");

    // [SECTION] schedule
    w.Line("<section" + w.Id("schedule") + " class=\"schedule\">\n<h2>" + EscapeHtml(pack.timeline.label) + "</h2>");
    if (!pack.timeline.day_zero.empty())
        w.Line("<p class=\"day-zero\">" + w.Text(StringId::TimelineDayZero, {EscapeHtml(pack.timeline.day_zero)}) + "</p>");
    w.Line("<h3>" + w.Text(StringId::ExportPhases) + "</h3>\n<ul class=\"phases\">");
    for (const Phase& phase : pack.phases)
        w.Line("<li" + w.Id(phase.id) + " class=\"kind-" + EventKindName(phase.kind) + "\"><strong class=\"title\">" +
               EscapeHtml(phase.title) + "</strong> <span class=\"days\">(" +
               w.Text(StringId::ExportPhaseDays, {w.Number(phase.start_day), w.Number(phase.end_day)}) +
               ")</span>. " + EscapeHtml(phase.text) + w.ClaimNote(phase.claim) + "</li>");
    w.Line("</ul>\n<h3>" + w.Text(StringId::TimelineHeading) + "</h3>\n<ol class=\"milestones\">");
    for (const Milestone& m : pack.milestones) {
        const char* kind = m.kinds.empty() ? "truce" : EventKindName(m.kinds.front());
        std::string item = "<li" + w.Id(m.id) + " class=\"kind-" + kind + "\"><span class=\"when\">" + EscapeHtml(m.when) +
                           "</span><span class=\"sep\">: </span><strong class=\"title\">" + Sentence(m.title) +
                           "</strong> " + EscapeHtml(m.text) + w.ClaimNote(m.claim);
        for (const std::string& d : m.discrepancies)
            item += " <span class=\"discrepancy\">" + w.Text(StringId::Discrepancy, {EscapeHtml(d)}) + "</span>";
        w.Line(item + "</li>");
    }
    w.Line("</ol>\n</section>");

    // [SECTION] amendments
    if (!pack.amendments.empty()) {
        w.Line("<section" + w.Id("amendments") + " class=\"amendments\">\n<h2>" + w.Text(StringId::AmendmentsHeading) +
               "</h2>");
        for (const Amendment& a : pack.amendments) {
            w.Line("<section" + w.Id(a.id) + " class=\"amendment\">\n<h3><span class=\"number\">" +
                   w.Number(a.number) + ".</span> " + EscapeHtml(a.title) + "</h3>");
            w.Line("<dl>\n<dt>" + w.Text(StringId::ExportFrameworkSays) + "</dt><dd>" + EscapeHtml(a.framework_says.text) +
                   w.ClaimNote(a.framework_says.claim) + "</dd>");
            w.Line("<dt class=\"asked\">" + w.Text(StringId::ExportAsked) + "</dt><dd class=\"asked\">" +
                   EscapeHtml(a.asked.text) + w.ClaimNote(a.asked.claim) + "</dd>");
            if (!a.responses.empty()) {
                w.Line("<dt>" + w.Text(StringId::ExportResponses) + "</dt><dd><ul class=\"responses\">");
                for (const Response& r : a.responses) {
                    const Actor* actor = pack.FindActor(r.actor_id);
                    w.Line("<li><strong>" + EscapeHtml(actor ? actor->name : r.actor_id) + ":</strong> " +
                           EscapeHtml(r.text) + w.ClaimNote(r.claim) + "</li>");
                }
                w.Line("</ul></dd>");
            }
            w.Line("</dl>\n</section>");
        }
        w.Line("</section>");
    }

    // [SECTION] map
    if (!pack.map.features.empty()) {
        w.Line("<section" + w.Id("map") + " class=\"map\">\n<h2>" + w.Text(StringId::MapHeading) + "</h2>");
        w.Line("<p class=\"map-note\">" + w.Text(pack.map.approximate ? StringId::MapApproximate : StringId::MapAsPublished) +
               " " + EscapeHtml(pack.map.note) + "</p>\n<ul class=\"features\">");
        for (const MapFeature& f : pack.map.features)
            w.Line("<li" + w.Id(f.id) + " class=\"feature-" + FeatureKindClass(f.kind) + "\"><strong class=\"title\">" +
                   EscapeHtml(f.title) + "</strong>" +
                   (f.approximate ? " <span class=\"approximate\">(" + w.Text(StringId::ExportApproximate) + ")</span>" : "") +
                   ". " + EscapeHtml(f.note) + w.ClaimNote(f.claim) + "</li>");
        w.Line("</ul>\n</section>");
    }

    // [SECTION] context
    if (!pack.context.empty()) {
        w.Line("<section" + w.Id("context") + " class=\"context\">\n<h2>" + w.Text(StringId::ExportContext) +
               "</h2>\n<ol class=\"events\">");
        for (const ContextEvent& e : pack.context)
            w.Line("<li" + w.Id(e.id) + "><span class=\"when\">" + w.Date(e.date) +
                   (e.end_date.empty() ? "" : "–" + w.Date(e.end_date)) + "</span><span class=\"sep\">: </span>" +
                   "<strong class=\"title\">" + Sentence(e.title) + "</strong> " + EscapeHtml(e.text) +
                   w.ClaimNote(e.claim) + "</li>");
        w.Line("</ol>\n</section>");
    }

    // [SECTION] actors: by their own names and roles, the pack's groups kept together
    // in the order they first appear.
    std::vector<ActorGroup> groups;
    for (const Actor& actor : pack.actors)
        if (!actor.positions.empty() && std::find(groups.begin(), groups.end(), actor.group) == groups.end())
            groups.push_back(actor.group);
    if (!groups.empty()) {
        w.Line("<section" + w.Id("actors") + " class=\"actors\">\n<h2>" + w.Text(StringId::ExportActors) + "</h2>");
        for (ActorGroup group : groups)
            for (const Actor& actor : pack.actors) {
                if (actor.group != group || actor.positions.empty()) continue;
                w.Line("<h3" + w.Id(actor.id) + ">" + EscapeHtml(actor.name) + " <small>" + EscapeHtml(actor.role) +
                       "</small></h3>\n<ul class=\"positions\">");
                for (const Position& p : actor.positions)
                    w.Line("<li>" + (p.date.empty() ? std::string() : w.Date(p.date) + ": ") + EscapeHtml(p.text) +
                           w.ClaimNote(p.claim) + "</li>");
                w.Line("</ul>");
            }
        w.Line("</section>");
    }

    // [SECTION] analysis
    if (!pack.analysis.empty()) {
        w.Line("<section" + w.Id("analysis") + " class=\"analysis\">\n<h2>" + w.Text(StringId::ExportAnalysis) +
               "</h2>\n<ul>");
        for (const AnalysisPoint& a : pack.analysis) {
            std::string item = "<li" + w.Id(a.id) + ">" + EscapeHtml(a.text) + w.ClaimNote(a.claim);
            if (a.counterpoint)
                item += " <span class=\"counterpoint\"><em>" + w.Text(StringId::ExportCounterpoint) + ":</em> " +
                        EscapeHtml(a.counterpoint->text) + w.ClaimNote(a.counterpoint->claim) + "</span>";
            w.Line(item + "</li>");
        }
        w.Line("</ul>\n</section>");
    }

    // [SECTION] sources and footer
    w.Line("<section" + w.Id("sources") + " class=\"sources\">\n<h2>" + w.Text(StringId::ExportSources) + "</h2>\n<ol>");
    for (const Source& s : pack.sources)
        w.Line("<li" + w.Id("source-" + s.id) + "><strong>" + EscapeHtml(s.publisher) + "</strong>, <a href=\"" +
               EscapeHtml(s.url) + "\" rel=\"noopener noreferrer\">“" + EscapeHtml(s.title) + "”</a>, " +
               w.Date(s.date) + ".</li>");
    w.Line("</ol>\n</section>");

    w.Line("<footer class=\"colophon\">");
    if (!meta.corrections.empty()) {
        w.Line("<h2>" + w.Text(StringId::ExportCorrections) + "</h2>\n<ul class=\"corrections\">");
        for (const Correction& c : meta.corrections) w.Line("<li>" + w.Date(c.date) + ": " + EscapeHtml(c.text) + "</li>");
        w.Line("</ul>");
    }
    std::string credits;
    for (const std::string& c : meta.credits) credits += (credits.empty() ? "" : " · ") + EscapeHtml(c);
    w.Line("<p class=\"credits\"><small>" + credits + "<br>" +
           w.Text(StringId::FooterTextLicence, {EscapeHtml(meta.text_licence)}) +
           (meta.map_licence.empty() ? "" : "<br>" + w.Text(StringId::FooterMapLicence, {EscapeHtml(meta.map_licence)})) +
           "</small></p>");
    w.Line("</footer>\n</article>");
}

// Where `placeholder` is in `text`; false, with `error` saying why, unless exactly once.
bool FindOnce(std::string_view text, std::string_view placeholder, size_t& at, std::string& error) {
    at = text.find(placeholder);
    if (at != std::string_view::npos && text.find(placeholder, at + 1) == std::string_view::npos) return true;
    error = "the page template must hold " + std::string(placeholder) + " exactly once (" +
            (at == std::string_view::npos ? "it has none" : "it has several") + ")";
    return false;
}

}  // namespace

std::string PackToArticleHtml(const Pack& pack, std::string_view id_prefix) {
    const Strings strings = StringsFor(pack);
    Writer w(pack, strings, id_prefix);
    WriteArticle(w, pack);
    return w.Take();
}

std::string PackToHtml(const Pack& pack) {
    const Strings strings = StringsFor(pack);
    Writer w(pack, strings, "");
    const Meta& meta = pack.meta;
    w.Line("<!doctype html>");
    w.Line("<html lang=\"" + EscapeHtml(meta.language) + "\" dir=\"" + (meta.right_to_left ? "rtl" : "ltr") + "\">");
    w.Line("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    w.Line("<title>" + EscapeHtml(meta.title) + "</title>");
    w.Line("<meta name=\"description\" content=\"" + EscapeHtml(PageDescription(pack)) + "\">");
    // Why a <style> here and not in the page: this document stands alone (an editor's
    // preview, an archive copy); the widget's page styles its article from accord.css.
    w.Line("<style>body{font:17px/1.55 \"Noto Sans\",system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;"
           "color:#1a1c1e}h1{line-height:1.2}.dek{color:#50565d;font-size:1.15rem}small.claim{display:block;color:#50565d}"
           ".certainty{font-weight:700}.sep{display:none}.when{display:block;font-weight:700;color:#b42318}"
           ".discrepancy{display:block;font-style:italic}section{margin-top:2.5rem}dt{font-weight:700;margin-top:.8rem}"
           "li{margin:.6rem 0}@media print{a{color:inherit}}</style>");
    w.Line("</head>\n<body>");
    WriteArticle(w, pack);
    w.Line("</body>\n</html>");
    return w.Take();
}

std::string PackDataBlock(const InlinePack& pack) {
    if (pack.address.empty()) return {};
    std::string out = "<script type=\"application/json\" id=\"accord-pack\" data-source=\"" + EscapeHtml(pack.address) + "\">";
    out.reserve(out.size() + pack.text.size() + 16);
    for (size_t i = 0; i < pack.text.size(); ++i) {
        const std::string_view rest = std::string_view(pack.text).substr(i);
        // Each line's indentation is left out (0.5 KB brotli of the first load): JSON
        // strings hold no raw line break, so it is never inside one, and the lines stay
        // the file's, so a diagnostic's line number still finds its place in the file.
        if (pack.text[i] == '\n') {
            out += '\n';
            while (i + 1 < pack.text.size() && (pack.text[i + 1] == ' ' || pack.text[i + 1] == '\t')) ++i;
        } else if (rest.substr(0, 2) == "</") {
            out += "<\\/";
            ++i;
        } else if (rest.substr(0, 4) == "<!--") {
            out += "\\u003c";
        } else {
            out += pack.text[i];
        }
    }
    return out + "</script>";
}

namespace {
// The template's own text, without its HTML comments: they explain the page to whoever
// edits shell.html, not to readers (0.2 KB brotli of the first load). A comment alone on
// its line takes the line with it. Only the template's text comes through here, never
// what fills a placeholder, so a pack's words are never touched.
void AppendWithoutComments(std::string& out, std::string_view text) {
    size_t from = 0;
    for (size_t open; (open = text.find("<!--", from)) != std::string_view::npos;) {
        const size_t close = text.find("-->", open + 4);
        if (close == std::string_view::npos) break;  // not a comment: kept as written
        out.append(text.substr(from, open - from));
        from = close + 3;
        const size_t line_start = out.find_last_of('\n') + 1;  // 0 when there is none
        const bool alone = out.find_first_not_of(" \t", line_start) == std::string::npos &&
                           from < text.size() && text[from] == '\n';
        if (alone) {
            out.resize(line_start);
            ++from;
        }
    }
    out.append(text.substr(from));
}
}  // namespace

bool FillPageTemplate(std::string_view page_template, const Pack& pack, const PageSettings& settings,
                      std::string& page, std::string& error) {
    struct Slot {
        std::string_view placeholder;
        std::string value;
        size_t at = 0;
    };
    Slot slots[] = {{kPageTitlePlaceholder, EscapeHtml(PageTitle(pack))},
                    {kPageDescriptionPlaceholder, EscapeHtml(PageDescription(pack))},
                    {kPageArticlePlaceholder, PackToArticleHtml(pack)},
                    {kPagePackOriginsPlaceholder, EscapeHtml(settings.pack_origins)},
                    {kPageShareTagsPlaceholder, ShareTags(pack, settings.share)},
                    {kPagePackDataPlaceholder, PackDataBlock(settings.inline_pack)}};
    for (Slot& slot : slots)
        if (!FindOnce(page_template, slot.placeholder, slot.at, error)) return false;
    // One pass over the template in document order, so pack text that happens to spell
    // a placeholder is never replaced.
    std::sort(std::begin(slots), std::end(slots), [](const Slot& a, const Slot& b) { return a.at < b.at; });
    std::string out;
    size_t from = 0;
    for (const Slot& slot : slots) {
        AppendWithoutComments(out, page_template.substr(from, slot.at - from));
        out += slot.value;
        from = slot.at + slot.placeholder.size();
    }
    AppendWithoutComments(out, page_template.substr(from));
    page = std::move(out);
    return true;
}

}  // namespace core
