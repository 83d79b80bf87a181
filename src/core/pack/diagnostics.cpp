// diagnostics.cpp — the table of diagnostic codes, and counting and formatting of
// core::Diagnostic.
#include "core/pack/diagnostics.h"

namespace core {

namespace {

using C = DiagnosticCode;
constexpr Severity E = Severity::Error, W = Severity::Warning;

// One row per DiagnosticCode, in enum order (checked by the unit tests, which also
// check that data/SCHEMA.md lists every code).
constexpr DiagnosticInfo kCodes[] = {
    {C::FileTooLarge, "E001", E, "the file is larger than the limit (4 MiB)"},
    {C::FileEmpty, "E002", E, "the file is empty"},
    {C::NotJson, "E003", E, "the text is not valid JSON (reading stops at the first syntax error)"},
    {C::DuplicateKey, "E004", E, "a key appears twice in the same object"},
    {C::TooDeep, "E005", E, "objects and lists are nested more than 32 levels deep"},
    {C::MissingField, "E006", E, "a required field is missing"},
    {C::WrongType, "E007", E, "a value has the wrong type (a number for a text, 30.5 for a whole number, ...)"},
    {C::TooManyItems, "E008", E, "a list has more items than the limit (1000)"},
    {C::TextTooLong, "E009", E, "a text is longer than its limit in bytes"},
    {C::BlankText, "E010", E, "a text is empty or only spaces"},
    {C::NotADate, "E011", E, "a date is not written YYYY-MM-DD"},
    {C::ImpossibleDate, "E012", E, "a date does not exist in the calendar (2025-02-30)"},
    {C::BadId, "E013", E, "an id has characters other than letters, digits and '-'"},
    {C::OutOfRange, "E014", E, "a number is outside its range (a day after timeline.days, ...)"},
    {C::NotOneOf, "E015", E, "a value is not one of the names its field allows"},
    {C::UnknownFormat, "E016", E, "\"format\" is not \"accord-pack/1\""},
    {C::EndsBeforeStart, "E017", E, "a phase or event ends before it starts"},
    {C::TooFewItems, "E018", E, "a list has fewer items than it needs (no kinds, a ring of 3 positions, ...)"},
    {C::ClaimWithoutSource, "E019", E, "a claim cites no source"},
    {C::AnalysisNotArticle, "E020", E, "an analysis point's certainty is not \"article\""},
    {C::DuplicateId, "E021", E, "an id is already used elsewhere in the pack"},
    {C::UnknownReference, "E022", E, "a reference names an id that does not exist (or is of another kind)"},
    {C::BadPosition, "E023", E, "a position is not [longitude, latitude]"},
    {C::PositionOutOfRange, "E024", E, "a position is outside longitude -180..180 / latitude -90..90"},
    {C::GeometryMismatch, "E025", E, "a map feature's geometry type does not fit its kind"},
    {C::RingNotClosed, "E026", E, "a polygon ring does not end where it starts"},
    {C::TooMuchGeometry, "E027", E, "the map has more positions than the limit (20000)"},
    {C::NotHttps, "E028", E, "a source's url is not an https:// address"},
    {C::FileUnreadable, "E029", E, "the file could not be read (missing, a folder, no permission)"},
    {C::TranslationMissingId, "E030", E, "a translation lacks an item of its original (meta.translation_of)"},
    {C::TranslationExtraId, "E031", E, "a translation has an item its original does not"},
    {C::UnknownField, "W001", W, "a field this format does not define is ignored"},
    {C::UnknownStringKey, "W002", W, "a \"strings\" key names no interface string; it is ignored"},
    {C::ConfirmedByOneOutlet, "W003", W, "a claim is \"confirmed\" but all its sources carry one outlet's report"},
    {C::SourceAfterAsOf, "W004", W, "a claim cites a source dated after meta.as_of"},
};
static_assert(sizeof(kCodes) / sizeof(kCodes[0]) == kDiagnosticCodeCount, "one row per DiagnosticCode");

}  // namespace

const DiagnosticInfo& InfoOf(DiagnosticCode code) {
    int i = static_cast<int>(code);
    return kCodes[i >= 0 && i < kDiagnosticCodeCount ? i : static_cast<int>(C::NotJson)];
}

Diagnostic MakeDiagnostic(DiagnosticCode code, std::string pointer, int line, int column, std::string message) {
    return {code, InfoOf(code).severity, std::move(pointer), line, column, std::move(message)};
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

int Diagnostics::ErrorCount() const {
    int count = 0;
    for (const Diagnostic& d : items) count += d.severity == Severity::Error;
    return count;
}

int Diagnostics::WarningCount() const { return static_cast<int>(items.size()) - ErrorCount(); }

std::string FormatDiagnostic(const std::string& file, const Diagnostic& diagnostic) {
    std::string out = file;
    if (diagnostic.line > 0)
        out += ":" + std::to_string(diagnostic.line) + ":" + std::to_string(diagnostic.column);
    out += diagnostic.severity == Severity::Error ? ": error " : ": warning ";
    out += CodeName(diagnostic.code);
    out += ": ";
    if (!diagnostic.pointer.empty()) out += diagnostic.pointer + ": ";
    out += diagnostic.message;
    return out;
}

}  // namespace core
