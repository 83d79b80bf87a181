// diagnostics.cpp — counting and formatting of core::Diagnostic.
#include "core/pack/diagnostics.h"

namespace core {

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
    out += diagnostic.severity == Severity::Error ? ": error: " : ": warning: ";
    if (!diagnostic.pointer.empty()) out += diagnostic.pointer + ": ";
    out += diagnostic.message;
    return out;
}

}  // namespace core
