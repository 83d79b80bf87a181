// diagnostics.h — problems found in a pack or a request, as values.
// Every diagnostic names what it is (a stable code such as E012, listed with its
// meaning in data/SCHEMA.md) and where it is: a JSON pointer into the pack and the line
// and column in the file (1-based; 0 when the place is the whole file). The message is
// for people and may be reworded; tools and tests match the code, never the prose.
#pragma once
#include <string>
#include <vector>

namespace core {

enum class Severity { Error, Warning };

// Codes are stable: once published, a code keeps its number and meaning. A new check
// gets a new code at the end of its severity's run; a code nobody emits any more is
// kept (retired) so an old number never changes meaning.
enum class DiagnosticCode {
    // [SECTION] the file (E001-E005)
    FileTooLarge, FileEmpty, NotJson, DuplicateKey, TooDeep,
    // [SECTION] one value (E006-E015)
    MissingField, WrongType, TooManyItems, TextTooLong, BlankText, NotADate, ImpossibleDate, BadId,
    OutOfRange, NotOneOf,
    // [SECTION] the pack's rules (E016-E028)
    UnknownFormat, EndsBeforeStart, TooFewItems, ClaimWithoutSource, AnalysisNotArticle, DuplicateId,
    UnknownReference, BadPosition, PositionOutOfRange, GeometryMismatch, RingNotClosed, TooMuchGeometry,
    NotHttps,
    // [SECTION] reading the file (E029): reported by the tools and the platform layer
    FileUnreadable,
    // [SECTION] a translation against its original (E030-E031): CheckTranslation
    TranslationMissingId, TranslationExtraId,
    // [SECTION] warnings (W001-W004)
    UnknownField, UnknownStringKey, ConfirmedByOneOutlet, SourceAfterAsOf,
    kCount
};
constexpr int kDiagnosticCodeCount = static_cast<int>(DiagnosticCode::kCount);

struct DiagnosticInfo {
    DiagnosticCode code;
    const char* name;     // "E012"
    Severity severity;
    const char* meaning;  // one line, as in data/SCHEMA.md
};

const DiagnosticInfo& InfoOf(DiagnosticCode code);
inline const char* CodeName(DiagnosticCode code) { return InfoOf(code).name; }

struct Diagnostic {
    DiagnosticCode code = DiagnosticCode::NotJson;
    Severity severity = Severity::Error;  // always InfoOf(code).severity (MakeDiagnostic)
    std::string pointer;   // RFC 6901 JSON pointer, "" for the whole document
    int line = 0;
    int column = 0;
    std::string message;   // plain words, e.g. "expected a string, found a number"
};

// The one way to build a Diagnostic, so its severity always follows its code.
Diagnostic MakeDiagnostic(DiagnosticCode code, std::string pointer, int line, int column, std::string message);

struct Diagnostics {
    std::vector<Diagnostic> items;

    bool HasErrors() const;
    int ErrorCount() const;
    int WarningCount() const;
};

// "file:line:col: error E007: /phases/0/title: expected a string" (the form compilers
// use, so editors can jump to it; the code lets a reader look the problem up).
std::string FormatDiagnostic(const std::string& file, const Diagnostic& diagnostic);

}  // namespace core
