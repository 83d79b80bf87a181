// strings.cpp — the English string table and the formatting of entries.
#include "core/common/strings.h"

#include "core/common/iso_date.h"

#include "core/common/strings_languages.h"

#include <cstdlib>

namespace core {

namespace {

struct Entry {
    StringId id;
    const char* key;
    const char* english;
};

// One row per StringId, in enum order (checked below, at compile time).
constexpr Entry kEnglish[] = {
    {StringId::PageTitle, "page.title", "{1} \xE2\x80\x94 interactive explainer"},
    {StringId::PageDescription, "page.description", "{1}. An interactive explainer: {2}"},
    {StringId::CanvasLabel, "page.canvas-label", "Interactive diagram: {1}"},
    {StringId::HeaderKicker, "header.kicker", "EXPLAINER"},
    {StringId::HeaderAsOf, "header.as-of", "AS OF {1}"},
    {StringId::FooterTextLicence, "footer.text-licence", "Text: {1}."},
    {StringId::FooterMapLicence, "footer.map-licence", "Map: {1}."},
    {StringId::FooterAsOf, "footer.as-of", "As of {1}."},
    {StringId::FooterSourcesOne, "footer.sources.one", "{1} source."},
    {StringId::FooterSourcesOther, "footer.sources.other", "{1} sources."},
    {StringId::FooterCorrection, "footer.correction", "Correction, {1}: {2}"},
    {StringId::ViewTimeline, "view.timeline", "Timeline"},
    {StringId::ViewAmendments, "view.amendments", "Changes"},
    {StringId::ViewMap, "view.map", "Map"},
    {StringId::TimelineHeading, "timeline.heading", "What happens when"},
    {StringId::TimelineDayZero, "timeline.day-zero", "Day 0: {1}"},
    {StringId::TimelineDayAxis, "timeline.day-axis", "Day"},
    {StringId::ContextSummary, "timeline.context-summary", "BEFORE DAY 0  \xC2\xB7  {1}, {2} to {3}"},
    {StringId::ContextEventsOne, "timeline.context-events.one", "{1} event"},
    {StringId::ContextEventsOther, "timeline.context-events.other", "{1} events"},
    {StringId::ContextLinked, "timeline.context-linked", "{1} linked"},
    {StringId::ContextShow, "timeline.context-show", "Show"},
    {StringId::ContextHide, "timeline.context-hide", "Hide"},
    {StringId::Discrepancy, "timeline.discrepancy", "Discrepancy: {1}"},
    {StringId::KindTruce, "kind.truce", "Truce"},
    {StringId::KindRelease, "kind.release", "Releases"},
    {StringId::KindRedeployment, "kind.redeployment", "Redeployments"},
    {StringId::KindAid, "kind.aid", "Aid"},
    {StringId::KindTalks, "kind.talks", "Talks"},
    {StringId::KindGuarantees, "kind.guarantees", "Guarantees"},
    {StringId::KindInformation, "kind.information", "Information"},
    {StringId::AmendmentsHeading, "amendments.heading", "The changes that were asked for"},
    {StringId::AmendmentsHint, "amendments.hint", "Select a change to see the days and lines it touches."},
    {StringId::AmendmentFrameworkSays, "amendments.framework-says", "THE FRAMEWORK SAYS"},
    {StringId::AmendmentAsked, "amendments.asked", "WHAT WAS ASKED"},
    {StringId::AmendmentResponses, "amendments.responses", "STATED RESPONSES"},
    {StringId::MapHeading, "map.heading", "The lines on the map"},
    {StringId::MapApproximate, "map.approximate", "All lines are approximate."},
    {StringId::MapAsPublished, "map.as-published", "Lines as published."},
    {StringId::MapReset, "map.reset", "Reset"},
    {StringId::MapNorth, "map.north", "N"},
    {StringId::MapZoomIn, "map.zoom-in", "+"},
    {StringId::MapZoomOut, "map.zoom-out", "\xE2\x80\x93"},
    {StringId::MapLayerOutline, "map.layer.outline", "Outline"},
    {StringId::MapLayerBuffer, "map.layer.buffer", "Buffer zone"},
    {StringId::MapLayerCorridor, "map.layer.corridor", "Corridors"},
    {StringId::MapLayerCrossing, "map.layer.crossing", "Crossings"},
    {StringId::MapLayerReference, "map.layer.reference", "Other references"},
    {StringId::MapLayerLand, "map.layer.land", "Neighbouring land"},
    {StringId::MapLayerTown, "map.layer.town", "Towns"},
    {StringId::MapLegendApproximate, "map.legend-approximate", "{1} (approx.)"},
    {StringId::MapScaleKilometres, "map.scale-km", "{1} km"},
    {StringId::MapScaleMetres, "map.scale-m", "{1} m"},
    {StringId::DetailsMilestone, "details.milestone", "Milestone"},
    {StringId::DetailsPhase, "details.phase", "Phase"},
    {StringId::DetailsPhaseDays, "details.phase-days", "Days {1}\xE2\x80\x93{2}"},
    {StringId::DetailsChange, "details.change", "Change {1}"},
    {StringId::DetailsMap, "details.map", "Map"},
    {StringId::DetailsMapApproximate, "details.map-approximate", "Map \xC2\xB7 approximate"},
    {StringId::DetailsBackground, "details.background", "Background"},
    {StringId::DetailsFrameworkSays, "details.framework-says", "The framework says: {1}"},
    {StringId::DetailsAsked, "details.asked", "What was asked: {1}"},
    {StringId::DetailsOnTimeline, "details.on-timeline", "ON THE TIMELINE"},
    {StringId::DetailsOnMap, "details.on-map", "ON THE MAP"},
    {StringId::DetailsChanges, "details.changes", "CHANGES"},
    {StringId::DetailsSources, "details.sources", "SOURCES"},
    {StringId::DetailsSource, "details.source", "{1}, {2}: {3} \xE2\x80\x94 {4}"},
    {StringId::DetailsClose, "details.close", "Close"},
    {StringId::LinkDay, "link.day", "Day {1}"},
    {StringId::CertaintyConfirmed, "certainty.confirmed", "Confirmed"},
    {StringId::CertaintyReported, "certainty.reported", "Reported"},
    {StringId::CertaintyArticle, "certainty.article", "Article's claim"},
    {StringId::MessageError, "message.error", "ERROR"},
    {StringId::MessageLoading, "message.loading", "Loading the explainer\xE2\x80\xA6"},
    {StringId::MessagePackProblems, "message.pack-problems", "This explainer's content has problems"},
    {StringId::MessageErrorsOne, "message.errors.one", "{1} error in {2}:"},
    {StringId::MessageErrorsOther, "message.errors.other", "{1} errors in {2}:"},
    {StringId::MessageWhere, "message.where", "line {1}, column {2}"},
    {StringId::MessageWholeFile, "message.whole-file", "whole file"},
    {StringId::MessagePackHint, "message.pack-hint",
     "If you edit this pack, run `accord-pack validate` on it. Readers: please try again later."},
    {StringId::MessageLoadFailed, "message.load-failed", "This explainer could not be loaded"},
    {StringId::MessageCouldNotLoad, "message.could-not-load", "Could not load {1}: {2}."},
    {StringId::MessageLoadHint, "message.load-hint",
     "Check the address of the pack (the ?pack= parameter) and your connection, then reload."},
    {StringId::MessageMore, "message.more", "\xE2\x80\xA6 and {1} more (see the browser console)"},
    {StringId::MessageNotLoaded, "message.not-loaded", "This content was not loaded"},
    {StringId::MessageRefusedOrigin, "message.refused-origin",
     "{1} is on another site ({2}). This explainer shows content only from its own site and the sites its "
     "publisher names, so that a link cannot show words the publisher never wrote."},
    {StringId::MessageBadAddress, "message.bad-address", "{1} is not a web address this explainer can load."},
    {StringId::MessageRefusedHint, "message.refused-hint",
     "If you followed a link here, it may not be what it seemed. The publisher's own explainer is at this page's "
     "address without ?pack=."},
    {StringId::HeaderPackOrigin, "header.pack-origin", "Content from {1}, not from this site"},
    {StringId::HeaderShare, "header.share", "Share"},
    {StringId::A11yShare, "a11y.share", "Share a link to what you are looking at"},
    {StringId::NoticeShared, "notice.shared", "Shared"},
    {StringId::NoticeCopied, "notice.copied", "Link copied"},
    {StringId::NoticeCopiedDetail, "notice.copied-detail", "It opens this explainer where you are now."},
    {StringId::NoticeCopyByHand, "notice.copy-by-hand", "Copy this link"},
    {StringId::NoticeCopyByHandDetail, "notice.copy-by-hand-detail", "{1}"},
    {StringId::ExportContext, "export.context", "How we got here"},
    {StringId::ExportActors, "export.actors", "Who said what"},
    {StringId::ExportAnalysis, "export.analysis", "What the analysis argues"},
    {StringId::ExportSources, "export.sources", "Sources"},
    {StringId::ExportKicker, "export.kicker", "Explainer"},
    {StringId::ExportPhases, "export.phases", "Running through the period"},
    {StringId::ExportPhaseDays, "export.phase-days", "days {1}\xE2\x80\x93{2}"},
    {StringId::ExportFrameworkSays, "export.framework-says", "The framework says"},
    {StringId::ExportAsked, "export.asked", "What was asked"},
    {StringId::ExportResponses, "export.responses", "Stated responses"},
    {StringId::ExportApproximate, "export.approximate", "approximate"},
    {StringId::ExportCounterpoint, "export.counterpoint", "On the record"},
    {StringId::ExportCorrections, "export.corrections", "Corrections"},
    {StringId::A11yZoomIn, "a11y.zoom-in", "Zoom the map in"},
    {StringId::A11yZoomOut, "a11y.zoom-out", "Zoom the map out"},
    {StringId::A11yZoomReset, "a11y.zoom-reset", "Show the whole map"},
    {StringId::A11yQrCode, "a11y.qr-code", "QR code of {1}"},
    {StringId::A11yMapFigure, "a11y.map-figure", "Map: {1}. {2}"},
    {StringId::A11yDetails, "a11y.details", "Details: {1}"},
    {StringId::A11ySelected, "a11y.selected", "Selected: {1}"},
    {StringId::KioskPrompt, "kiosk.prompt", "Touch to explore"},
    {StringId::KioskPromptDetail, "kiosk.prompt-detail", "Choose a day, a change or a line on the map"},
    {StringId::KioskCountdownOne, "kiosk.countdown.one", "Starting again in {1} second"},
    {StringId::KioskCountdownOther, "kiosk.countdown.other", "Starting again in {1} seconds"},
    {StringId::KioskCountdownDetail, "kiosk.countdown-detail", "Touch the screen to carry on"},
    // English has no dual, few or many: the same words as "other" (Arabic's differ).
    {StringId::KioskCountdownTwo, "kiosk.countdown.two", "Starting again in {1} seconds"},
    {StringId::KioskCountdownFew, "kiosk.countdown.few", "Starting again in {1} seconds"},
    {StringId::KioskCountdownMany, "kiosk.countdown.many", "Starting again in {1} seconds"},
};
static_assert(sizeof(kEnglish) / sizeof(kEnglish[0]) == kStringCount, "one English entry per StringId");

constexpr bool InEnumOrder() {
    for (int i = 0; i < kStringCount; ++i)
        if (static_cast<int>(kEnglish[i].id) != i) return false;
    return true;
}
static_assert(InEnumOrder(), "the English rows are in StringId order");

constexpr const char* kEnglishMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};

}  // namespace

const char* StringKey(StringId id) {
    const int i = static_cast<int>(id);
    return i >= 0 && i < kStringCount ? kEnglish[i].key : "";
}

std::optional<StringId> StringIdFromKey(std::string_view key) {
    for (const Entry& e : kEnglish)
        if (key == e.key) return e.id;
    return std::nullopt;
}

std::string LanguageName(std::string_view code) {
    struct Name {
        const char* code;
        const char* name;
    };
    static constexpr Name kNames[] = {
        {"ar", "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9"},  // العربية
        {"de", "Deutsch"}, {"en", "English"}, {"es", "Espa\xC3\xB1ol"}, {"fr", "Fran\xC3\xA7" "ais"},
        {"he", "\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA"},  // עברית
        {"tr", "T\xC3\xBCrk\xC3\xA7" "e"},
    };
    for (const Name& n : kNames)
        if (code == n.code) return n.name;
    return std::string(code);
}

std::string Abbreviate(std::string_view text, size_t max_characters) {
    size_t characters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
        if (characters == max_characters) {
            // At the last space, unless that throws away more than half: "700 m" is not "7…".
            const size_t space = text.rfind(' ', i);
            const size_t cut = space != std::string_view::npos && space > i / 2 ? space : i;
            return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
        }
        ++characters;
    }
    return std::string(text);
}

Strings Strings::ForLanguage(std::string_view language) {
    Strings s;
    for (int i = 0; i < kStringCount; ++i) s.text_[i] = kEnglish[i].english;
    for (int i = 0; i < 12; ++i) s.months_[i] = kEnglishMonths[i];
    // "ar", "ar-EG", ...: the primary subtag picks the table.
    const std::string_view primary = language.substr(0, language.find('-'));
    if (primary == "ar") {
        s.language_ = "ar";
        for (size_t i = 0; i < kArabicCount; ++i)
            if (std::optional<StringId> id = StringIdFromKey(kArabic[i].key)) s.text_[static_cast<int>(*id)] = kArabic[i].text;
        for (int i = 0; i < 12; ++i) s.months_[i] = kArabicMonths[i];
    }
    return s;
}

std::string Strings::Format(StringId id, std::initializer_list<std::string_view> args) const {
    return FormatPattern(Get(id), args);
}

std::string Strings::FormatPattern(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (size_t i = 0; i < pattern.size(); ++i) {
        // {N} with N from 1 to 9; anything else is copied as it is.
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9' &&
            pattern[i + 2] == '}') {
            const size_t n = static_cast<size_t>(pattern[i + 1] - '1');
            if (n < args.size()) out.append(*(args.begin() + n));
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

std::string Strings::Count(StringId one, StringId other, long long n) const {
    return Count(CountForms{one, other}, n);
}

PluralCategory PluralCategoryOf(std::string_view language, long long n) {
    const long long abs = n < 0 ? -n : n;
    if (language.substr(0, language.find('-')) == "ar") {
        const long long last_two = abs % 100;
        if (abs == 0) return PluralCategory::Zero;
        if (abs == 1) return PluralCategory::One;
        if (abs == 2) return PluralCategory::Two;
        if (last_two >= 3 && last_two <= 10) return PluralCategory::Few;
        if (last_two >= 11) return PluralCategory::Many;
        return PluralCategory::Other;  // 100, 101, 102, 200, ...
    }
    return abs == 1 ? PluralCategory::One : PluralCategory::Other;
}

std::string Strings::Count(const CountForms& forms, long long n) const {
    StringId id = forms.other;
    switch (PluralCategoryOf(language_, n)) {
        case PluralCategory::Zero: id = forms.zero; break;
        case PluralCategory::One: id = forms.one; break;
        case PluralCategory::Two: id = forms.two; break;
        case PluralCategory::Few: id = forms.few; break;
        case PluralCategory::Many: id = forms.many; break;
        case PluralCategory::Other: break;
    }
    return Format(id, {Number(n)});
}

std::string Strings::Number(long long n) const {
    std::string latin = std::to_string(n);
    if (digits_ == Digits::Latin) return latin;
    std::string out;
    for (char c : latin) {
        if (c >= '0' && c <= '9') {
            out += "\xD9";  // U+0660 + d is D9 A0 + d in UTF-8
            out += static_cast<char>(0xA0 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

std::string Strings::LongDate(std::string_view iso) const {
    const std::optional<IsoDate> date = ReadIsoDate(iso);
    if (!date || date->month < 1 || date->month > 12 || date->day < 1 || date->day > 31) return std::string(iso);
    // A no-break space between day and month: "19 / January" must not split over lines.
    return Number(date->day) + "\xC2\xA0" + months_[date->month - 1] + " " + Number(date->year);
}

}  // namespace core
