// read_amendments.cpp — the "amendments" section: what the framework says, what was
// asked, the attributed responses, and what each amendment links to elsewhere.
#include "core/pack/pack_reader.h"

namespace core {

void PackReader::ReadAmendments(const json& root, Pack& pack) {
    ReadList(root, "amendments", Need::Optional, [&](const json& item, const std::string& p) {
        pack.amendments.push_back(ReadAmendment(item, p));
    });
}

Amendment PackReader::ReadAmendment(const json& item, const std::string& p) {
    Amendment amendment;
    amendment.id = Identify(item, p);
    amendment.number = r_.Integer(item, p, "number", Need::Required, 1, 99).value_or(0);
    amendment.title = r_.String(item, p, "title", Need::Required, 200);
    if (const json* says = r_.Member(item, p, "framework_says", Need::Required))
        amendment.framework_says = ReadClaimText(*says, p + "/framework_says");
    if (const json* asked = r_.Member(item, p, "asked", Need::Required))
        amendment.asked = ReadClaimText(*asked, p + "/asked");

    // [SECTION] responses, each attributed to an actor of the pack
    ReadList(item, "responses", Need::Required, [&](const json& r, const std::string& rp) {
        Response response;
        response.actor_id = r_.String(r, rp, "actor", Need::Required, 64);
        if (!response.actor_id.empty()) Refer(Target::Actor, response.actor_id, rp + "/actor");
        response.text = r_.String(r, rp, "text", Need::Required);
        response.claim = ReadClaim(r, rp);
        r_.WarnUnknownFields(r, rp, {"actor", "text", "sources", "certainty"});
        amendment.responses.push_back(std::move(response));
    }, p);

    // [SECTION] links: what selecting the amendment highlights in the other views
    if (const json* links = r_.Member(item, p, "links", Need::Required)) {
        std::string lp = p + "/links";
        if (r_.Object(*links, lp)) {
            AmendmentLinks& out = amendment.links;
            out.milestone_ids = r_.StringList(*links, lp, "milestones", Need::Optional);
            out.phase_ids = r_.StringList(*links, lp, "phases", Need::Optional);
            out.map_ids = r_.StringList(*links, lp, "map", Need::Optional);
            out.context_ids = r_.StringList(*links, lp, "context", Need::Optional);
            Refer(Target::Milestone, out.milestone_ids, lp + "/milestones");
            Refer(Target::Phase, out.phase_ids, lp + "/phases");
            Refer(Target::MapFeature, out.map_ids, lp + "/map");
            Refer(Target::ContextEvent, out.context_ids, lp + "/context");
            r_.WarnUnknownFields(*links, lp, {"milestones", "phases", "map", "context"});
        }
    }
    r_.WarnUnknownFields(item, p, {"id", "number", "title", "framework_says", "asked", "responses", "links"});
    return amendment;
}

}  // namespace core
