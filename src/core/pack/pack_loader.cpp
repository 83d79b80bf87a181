// pack_loader.cpp — LoadPack: bytes in, a typed Pack and every problem found out.
//
// [SECTION] LoadPack: the file's limits, parsing (json_document.cpp), then the reader.
// [SECTION] The top level: format, known sections, each handed to its read_*.cpp.
#include "core/pack/pack_loader.h"

#include "core/pack/json_document.h"
#include "core/pack/json_positions.h"
#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

// [SECTION] The top level ------------------------------------------------------------

Pack PackReader::Read(const json& root) {
    Pack pack;
    if (!r_.Object(root, "")) return pack;
    std::string format = r_.String(root, "", "format", Need::Required, 64);
    // Exactly the format we know: guessing at a newer one could show readers wrong facts.
    if (!format.empty() && format != kPackFormat)
        r_.Report(DiagnosticCode::UnknownFormat, "/format",
                  "\"" + format + "\" is not a format this widget reads (expected \"" + kPackFormat + "\")");
    r_.WarnUnknownFields(root, "", {"format", "meta", "sources", "timeline", "phases", "milestones", "context",
                                    "amendments", "map", "actors", "analysis", "strings"});
    if (const json* meta = r_.Member(root, "", "meta", Need::Required)) ReadMeta(*meta, "/meta", pack.meta);
    ReadSources(root, pack);
    ReadTimeline(root, pack);
    ReadAmendments(root, pack);
    if (const json* map = r_.Member(root, "", "map", Need::Optional)) ReadMap(*map, "/map", pack.map);
    ReadActors(root, pack);
    if (const json* strings = r_.Member(root, "", "strings", Need::Optional)) ReadStrings(*strings, "/strings", pack);
    CheckReferences();
    CheckClaimSources(pack);
    return pack;
}

// [SECTION] LoadPack -----------------------------------------------------------------

PackLoadResult LoadPack(std::string_view bytes, const PackLimits& limits, WarningPlaces warning_places) {
    PackLoadResult result;
    auto whole_file_error = [&](DiagnosticCode code, std::string message) {
        result.diagnostics.items.push_back(MakeDiagnostic(code, "", 0, 0, std::move(message)));
    };
    if (bytes.size() > limits.max_bytes) {
        whole_file_error(DiagnosticCode::FileTooLarge, "the file is " + std::to_string(bytes.size()) +
                                                           " bytes; the limit is " + std::to_string(limits.max_bytes));
        return result;
    }
    if (bytes.empty()) {
        whole_file_error(DiagnosticCode::FileEmpty, "the file is empty");
        return result;
    }
    std::optional<json> root = ParseJson(bytes, limits.max_depth, result.diagnostics);
    if (!root) return result;
    const size_t parse_diagnostics = result.diagnostics.items.size();
    JsonReader reader(limits, result.diagnostics);
    Pack pack = PackReader(reader).Read(*root);
    if (result.diagnostics.HasErrors() || warning_places == WarningPlaces::Now)
        PlaceDiagnostics(bytes, result.diagnostics.items, parse_diagnostics);
    if (!result.diagnostics.HasErrors()) result.pack = std::move(pack);
    return result;
}

}  // namespace core
