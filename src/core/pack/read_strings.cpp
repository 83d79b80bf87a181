// read_strings.cpp — the optional "strings" object: the pack's own wording for
// interface text, by the keys of the string table (core/common/strings.h), applied over
// the built-in table of the pack's language (pack_strings.h).
#include "core/pack/pack_reader.h"

namespace core {

void PackReader::ReadStrings(const json& strings, const std::string& p, Pack& pack) {
    if (!r_.Object(strings, p)) return;
    for (const JsonMember& member : strings.members()) {
        const std::string kp = p + "/" + EscapePointerToken(member.key);
        std::optional<StringId> id = StringIdFromKey(member.key);
        // A warning, like an unknown field: a key a newer widget knows must not make
        // the pack unreadable in an older one.
        if (!id) {
            r_.Report(DiagnosticCode::UnknownStringKey, kp, "\"" + member.key + "\" is not an interface string; ignored");
            continue;
        }
        // Blank is refused too: an empty override would leave a button or heading
        // without words (and without an accessible name).
        std::string text = r_.Text(member.value, kp, Need::Required);
        if (!text.empty()) pack.interface_strings.emplace_back(*id, std::move(text));
    }
}

}  // namespace core
