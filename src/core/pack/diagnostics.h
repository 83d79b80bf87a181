// diagnostics.h — problems found in a pack or a request, as values.
// Every diagnostic names where it is: a JSON pointer into the pack and the line and
// column in the file (1-based; 0 when the place is the whole file).
#pragma once
#include <string>
#include <vector>

namespace core {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string pointer;   // RFC 6901 JSON pointer, "" for the whole document
    int line = 0;
    int column = 0;
    std::string message;   // plain words, e.g. "expected a string, found a number"
};

struct Diagnostics {
    std::vector<Diagnostic> items;

    bool HasErrors() const;
    int ErrorCount() const;
    int WarningCount() const;
};

// "file:line:col: error: /phases/0/title: expected a string" (the form compilers use,
// so editors can jump to it).
std::string FormatDiagnostic(const std::string& file, const Diagnostic& diagnostic);

}  // namespace core
