// read_actors.cpp — "actors" (people and institutions, with their dated positions)
// and "analysis" (the analysis article's framings, attributed, with counterpoints).
#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

void PackReader::ReadActors(const json& root, Pack& pack) {
    // [SECTION] actors
    ReadList(root, "actors", Need::Optional, [&](const json& item, const std::string& p) {
        Actor actor;
        actor.id = Identify(item, p);
        actor.name = r_.String(item, p, "name", Need::Required, 200);
        actor.role = r_.String(item, p, "role", Need::Required, 300);
        actor.group = r_.Choice(item, p, "group", kActorGroupNames).value_or(ActorGroup::Analysis);
        ReadList(item, "positions", Need::Required, [&](const json& pos, const std::string& pp) {
            Position position;
            position.date = r_.Date(pos, pp, "date", Need::Optional);
            position.text = r_.String(pos, pp, "text", Need::Required);
            position.claim = ReadClaim(pos, pp);
            r_.WarnUnknownFields(pos, pp, {"date", "text", "sources", "certainty"});
            actor.positions.push_back(std::move(position));
        }, p);
        r_.WarnUnknownFields(item, p, {"id", "name", "role", "group", "positions"});
        Register(Target::Actor, actor.id);
        pack.actors.push_back(std::move(actor));
    });

    // [SECTION] analysis
    ReadList(root, "analysis", Need::Optional, [&](const json& item, const std::string& p) {
        AnalysisPoint point;
        point.id = Identify(item, p);
        point.text = r_.String(item, p, "text", Need::Required);
        // The article's own claims: attributed, sources optional, certainty "article".
        point.claim = ReadClaim(item, p, /*sources_may_be_empty=*/true);
        const json* certainty = item.find("certainty");
        std::optional<Certainty> named =
            certainty && certainty->is_string() ? kCertaintyNames.FromName(certainty->string())
                                                : std::nullopt;
        if (named && *named != Certainty::Article)  // an unknown name was reported by ReadClaim
            r_.Report(DiagnosticCode::AnalysisNotArticle, p + "/certainty",
                      std::string("an analysis point is the article's claim: certainty must be \"") +
                          kCertaintyNames.NameOf(Certainty::Article) + "\"");
        if (const json* counter = r_.Member(item, p, "counterpoint", Need::Optional))
            point.counterpoint = ReadClaimText(*counter, p + "/counterpoint");
        r_.WarnUnknownFields(item, p, {"id", "text", "sources", "certainty", "counterpoint"});
        pack.analysis.push_back(std::move(point));
    });
}

}  // namespace core
