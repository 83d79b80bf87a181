// read_meta.cpp — the "meta" section: what the pack is, its language and direction,
// how current it is, its credits, licence and corrections.
#include <algorithm>
#include <string>

#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

void PackReader::ReadMeta(const json& meta, const std::string& p, Meta& out) {
    if (!r_.Object(meta, p)) return;
    out.id = Identify(meta, p);
    out.title = r_.String(meta, p, "title", Need::Required, 200);
    out.subtitle = r_.String(meta, p, "subtitle", Need::Required, 400);
    out.language = r_.String(meta, p, "language", Need::Required, 16);
    std::optional<TextDirection> direction = r_.Choice(meta, p, "direction", kTextDirectionNames);
    out.right_to_left = direction == TextDirection::RightToLeft;
    if (r_.Member(meta, p, "digits", Need::Optional))
        out.digits = r_.Choice(meta, p, "digits", kDigitsNames).value_or(Digits::Latin);
    out.as_of = r_.Date(meta, p, "as_of", Need::Required);
    out.credits = r_.StringList(meta, p, "credits", Need::Required);
    out.translation_of = r_.String(meta, p, "translation_of", Need::Optional, 200);
    out.languages = r_.StringList(meta, p, "languages", Need::Optional);
    // Each becomes part of a file name (?lang=ar opens x.ar.json): letters only.
    for (size_t i = 0; i < out.languages.size(); ++i) {
        const std::string& code = out.languages[i];
        const bool ok = (code.size() == 2 || code.size() == 3) &&
                        std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!ok)
            r_.Report(DiagnosticCode::BadId, p + "/languages/" + std::to_string(i),
                      "\"" + code.substr(0, 40) + "\" is not a language code (2 or 3 lower-case letters, like ar)");
    }
    if (const json* licence = r_.Member(meta, p, "licence", Need::Required)) {
        const std::string lp = p + "/licence";
        if (r_.Object(*licence, lp)) {
            out.text_licence = r_.String(*licence, lp, "text", Need::Required, 200);
            out.map_licence = r_.String(*licence, lp, "map", Need::Optional, 400);
            r_.WarnUnknownFields(*licence, lp, {"text", "map"});
        }
    }
    ReadList(meta, "corrections", Need::Required, [&](const json& item, const std::string& cp) {
        Correction correction;
        correction.date = r_.Date(item, cp, "date", Need::Required);
        correction.text = r_.String(item, cp, "text", Need::Required);
        r_.WarnUnknownFields(item, cp, {"date", "text"});
        out.corrections.push_back(std::move(correction));
    }, p);
    r_.WarnUnknownFields(meta, p, {"id", "title", "subtitle", "language", "direction", "digits", "as_of", "credits",
                                   "licence", "corrections", "translation_of", "languages"});
}

}  // namespace core
