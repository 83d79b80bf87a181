// strings.h — every word the widget itself says (view names, headings, button labels,
// certainty names, messages, the page title pattern), in one table per language.
// Content comes from the pack; interface text comes from here, and a pack may
// override any entry by its key (data/SCHEMA.md, "strings").
//
// Placeholders are {1}, {2}, ... ; counts pick a `.one` or `.other` entry.
#pragma once
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace core {

enum class StringId {
    // [SECTION] page and header
    PageTitle, PageDescription, CanvasLabel, HeaderKicker, HeaderAsOf, FooterTextLicence, FooterMapLicence, FooterAsOf,
    FooterSourcesOne, FooterSourcesOther, FooterCorrection,
    // [SECTION] views
    ViewTimeline, ViewAmendments, ViewMap,
    // [SECTION] timeline
    TimelineHeading, TimelineDayZero, TimelineDayAxis, ContextSummary, ContextEventsOne, ContextEventsOther,
    ContextLinked, ContextShow, ContextHide, Discrepancy,
    KindTruce, KindRelease, KindRedeployment, KindAid, KindTalks, KindGuarantees, KindInformation,
    // [SECTION] amendments
    AmendmentsHeading, AmendmentsHint, AmendmentFrameworkSays, AmendmentAsked, AmendmentResponses,
    // [SECTION] map
    MapHeading, MapApproximate, MapAsPublished, MapReset, MapNorth, MapZoomIn, MapZoomOut,
    MapLayerOutline, MapLayerBuffer, MapLayerCorridor, MapLayerCrossing, MapLayerReference, MapLayerLand,
    MapLayerTown, MapLegendApproximate,
    MapScaleKilometres, MapScaleMetres,
    // [SECTION] details panel
    DetailsMilestone, DetailsPhase, DetailsPhaseDays, DetailsChange, DetailsMap, DetailsMapApproximate,
    DetailsBackground, DetailsFrameworkSays, DetailsAsked, DetailsOnTimeline, DetailsOnMap, DetailsChanges,
    DetailsSources, DetailsSource, DetailsClose, LinkDay,
    // [SECTION] certainty
    CertaintyConfirmed, CertaintyReported, CertaintyArticle,
    // [SECTION] messages
    MessageError, MessageLoading, MessagePackProblems, MessageErrorsOne, MessageErrorsOther, MessageWhere,
    MessageWholeFile, MessagePackHint, MessageLoadFailed, MessageCouldNotLoad, MessageLoadHint, MessageMore,
    MessageNotLoaded, MessageRefusedOrigin, MessageBadAddress, MessageRefusedHint, HeaderPackOrigin,
    HeaderShare, A11yShare, NoticeShared, NoticeCopied, NoticeCopiedDetail, NoticeCopyByHand, NoticeCopyByHandDetail,
    // [SECTION] the HTML article
    ExportContext, ExportActors, ExportAnalysis, ExportSources, ExportKicker, ExportPhases, ExportPhaseDays,
    ExportFrameworkSays, ExportAsked, ExportResponses, ExportApproximate, ExportCounterpoint, ExportCorrections,
    // [SECTION] accessible names of the page's text layer
    A11yZoomIn, A11yZoomOut, A11yZoomReset, A11yQrCode, A11yMapFigure, A11yDetails, A11ySelected,
    // [SECTION] the kiosk
    KioskPrompt, KioskPromptDetail, KioskCountdownOne, KioskCountdownOther, KioskCountdownDetail,
    KioskCountdownTwo, KioskCountdownFew, KioskCountdownMany,
    kCount
};
constexpr int kStringCount = static_cast<int>(StringId::kCount);

// The key of an entry in packs ("view.amendments"), and back.
const char* StringKey(StringId id);
std::optional<StringId> StringIdFromKey(std::string_view key);

// Month names and the like are entries too, so dates read in the widget's language.
// `text` cut to at most `max_characters` characters (code points, never inside one)
// with an ellipsis when it was longer.
std::string Abbreviate(std::string_view text, size_t max_characters);

// A language's name in that language ("ar" -> "العربية"), for a switch between editions;
// the code itself for a language not in the list.
std::string LanguageName(std::string_view code);

// The digits the interface writes its own numbers in (day numbers, counts, dates): the
// Western digits by default, or Eastern Arabic ones (U+0660-0669), a pack's choice
// (meta.digits). A pack's own text keeps the digits its authors wrote.
enum class Digits { Latin, ArabicIndic };

// A number's plural category, as Unicode CLDR defines them for the string tables'
// languages: English has one/other; Arabic also two (the dual), few (3-10, and 103-110,
// ...), many (11-99, ...) and zero. Which words a count takes depends on it.
enum class PluralCategory { Zero, One, Two, Few, Many, Other };
PluralCategory PluralCategoryOf(std::string_view language, long long n);

// The entries of one counted phrase, by category. A language without a category uses
// `other` for it; `zero`, `two`, `few` and `many` may be the same id as `other`.
struct CountForms {
    StringId one, other;
    StringId zero = other, two = other, few = other, many = other;
};

class Strings {
public:
    // English, and Arabic (strings_ar.cpp). Unknown languages, and keys a translation
    // lacks, fall back to English.
    static Strings ForLanguage(std::string_view language);

    void Override(StringId id, std::string text) { text_[static_cast<int>(id)] = std::move(text); }
    const std::string& Get(StringId id) const { return text_[static_cast<int>(id)]; }
    // The entry with {1}, {2}, ... replaced by `args`.
    std::string Format(StringId id, std::initializer_list<std::string_view> args) const;
    // The same for any pattern (e.g. an entry already escaped for HTML).
    static std::string FormatPattern(std::string_view pattern, std::initializer_list<std::string_view> args);
    // "1 event" / "3 events": `one` when n == 1, else `other`; {1} is n.
    std::string Count(StringId one, StringId other, long long n) const;
    // The same with the forms the table's language has (PluralCategoryOf).
    std::string Count(const CountForms& forms, long long n) const;
    // "2025-07-10" -> "10 July 2025"; anything that is not a date comes back as it was.
    std::string LongDate(std::string_view iso_date) const;
    // `n` in the table's digits ("60", or "٦٠").
    std::string Number(long long n) const;
    void SetDigits(Digits digits) { digits_ = digits; }

private:
    std::array<std::string, kStringCount> text_;
    std::array<std::string, 12> months_;
    std::string language_ = "en";  // the primary subtag of the table's language
    Digits digits_ = Digits::Latin;
};

}  // namespace core
