// translation.cpp — ids list by list (sources, phases, milestones, context, amendments,
// map features, actors, analysis points), each list compared as a set.
#include "core/pack/translation.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/pack/json_positions.h"

namespace core {

namespace {

struct IdList {
    std::string pointer;  // "/milestones"
    std::vector<std::string> ids;
};

template <typename Item>
IdList Ids(std::string pointer, const std::vector<Item>& items) {
    IdList list{std::move(pointer), {}};
    for (const Item& item : items) list.ids.push_back(item.id);
    return list;
}

std::vector<IdList> IdLists(const Pack& p) {
    return {Ids("/sources", p.sources),       Ids("/phases", p.phases),     Ids("/milestones", p.milestones),
            Ids("/context", p.context),       Ids("/amendments", p.amendments), Ids("/map/features", p.map.features),
            Ids("/actors", p.actors),         Ids("/analysis", p.analysis)};
}

}  // namespace

Diagnostics CheckTranslation(const Pack& original, const Pack& translation, std::string_view translation_text) {
    Diagnostics out;
    auto report = [&](DiagnosticCode code, const std::string& pointer, const std::string& message) {
        out.items.push_back(MakeDiagnostic(code, pointer, 0, 0, message));  // placed at the end
    };
    const std::vector<IdList> theirs = IdLists(original), ours = IdLists(translation);
    for (size_t l = 0; l < theirs.size(); ++l) {
        const IdList& a = theirs[l];
        const IdList& b = ours[l];
        for (const std::string& id : a.ids)
            if (std::find(b.ids.begin(), b.ids.end(), id) == b.ids.end())
                report(DiagnosticCode::TranslationMissingId, b.pointer,
                       "\"" + id + "\" of the original (" + translation.meta.translation_of + ") is missing here");
        for (size_t i = 0; i < b.ids.size(); ++i)
            if (std::find(a.ids.begin(), a.ids.end(), b.ids[i]) == a.ids.end())
                report(DiagnosticCode::TranslationExtraId, b.pointer + "/" + std::to_string(i) + "/id",
                       "\"" + b.ids[i] + "\" is not in the original (" + translation.meta.translation_of + ")");
    }
    PlaceDiagnostics(translation_text, out.items);
    return out;
}

}  // namespace core
