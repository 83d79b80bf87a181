// read_timeline.cpp — the timeline's axis and what is drawn on it: "timeline",
// "phases", "milestones" and "context".
#include "core/pack/names.h"
#include "core/pack/pack_reader.h"

namespace core {

void PackReader::ReadTimeline(const json& root, Pack& pack) {
    // [SECTION] timeline: read first, since days bound every phase and milestone
    if (const json* timeline = r_.Member(root, "", "timeline", Need::Required)) {
        if (r_.Object(*timeline, "/timeline")) {
            pack.timeline.days = r_.Integer(*timeline, "/timeline", "days", Need::Required, 1, 3650).value_or(60);
            pack.timeline.label = r_.String(*timeline, "/timeline", "label", Need::Required, 200);
            pack.timeline.day_zero = r_.String(*timeline, "/timeline", "day_zero", Need::Optional, 300);
            r_.WarnUnknownFields(*timeline, "/timeline", {"days", "label", "day_zero"});
        }
    }
    const int days = pack.timeline.days;

    // [SECTION] phases
    ReadList(root, "phases", Need::Required, [&](const json& item, const std::string& p) {
        Phase phase;
        phase.id = Identify(item, p);
        phase.title = r_.String(item, p, "title", Need::Required, 200);
        phase.start_day = r_.Integer(item, p, "start_day", Need::Required, 0, days).value_or(0);
        phase.end_day = r_.Integer(item, p, "end_day", Need::Required, 0, days).value_or(days);
        if (phase.end_day < phase.start_day)
            r_.Report(DiagnosticCode::EndsBeforeStart, p + "/end_day",
                      "ends (day " + std::to_string(phase.end_day) + ") before it starts (day " +
                          std::to_string(phase.start_day) + ")");
        phase.kind = r_.Choice(item, p, "kind", kEventKindNames).value_or(EventKind::Truce);
        phase.text = r_.String(item, p, "text", Need::Required);
        phase.claim = ReadClaim(item, p);
        r_.WarnUnknownFields(item, p, {"id", "title", "start_day", "end_day", "kind", "text", "sources", "certainty"});
        Register(Target::Phase, phase.id);
        pack.phases.push_back(std::move(phase));
    });

    // [SECTION] milestones
    ReadList(root, "milestones", Need::Required, [&](const json& item, const std::string& p) {
        Milestone milestone;
        milestone.id = Identify(item, p);
        // null is allowed and means "throughout" (no day on the axis).
        const json* day = r_.Member(item, p, "day", Need::Required);
        if (day && !day->is_null()) milestone.day = r_.Integer(item, p, "day", Need::Required, 0, days);
        milestone.when = r_.String(item, p, "when", Need::Required, 60);
        std::vector<std::string> kinds = r_.StringList(item, p, "kinds", Need::Required);
        for (size_t i = 0; i < kinds.size(); ++i)
            if (auto kind = r_.OneOf(kinds[i], p + "/kinds/" + std::to_string(i), kEventKindNames))
                milestone.kinds.push_back(*kind);
        if (kinds.empty() && item.contains("kinds") && item.find("kinds")->is_array() && item.find("kinds")->empty())
            r_.Report(DiagnosticCode::TooFewItems, p + "/kinds", "must name at least one kind");
        milestone.title = r_.String(item, p, "title", Need::Required, 200);
        milestone.text = r_.String(item, p, "text", Need::Required);
        milestone.claim = ReadClaim(item, p);
        milestone.phase_ids = r_.StringList(item, p, "phases", Need::Optional);
        Refer(Target::Phase, milestone.phase_ids, p + "/phases");
        ReadList(item, "discrepancies", Need::Optional, [&](const json& d, const std::string& dp) {
            milestone.discrepancies.push_back(r_.String(d, dp, "text", Need::Required));
            ReadClaim(d, dp);
            r_.WarnUnknownFields(d, dp, {"text", "sources", "certainty"});
        }, p);
        r_.WarnUnknownFields(item, p, {"id", "day", "when", "kinds", "title", "text", "sources", "certainty",
                                       "phases", "discrepancies"});
        Register(Target::Milestone, milestone.id);
        pack.milestones.push_back(std::move(milestone));
    });

    // [SECTION] context: dated events before or around day 0
    ReadList(root, "context", Need::Optional, [&](const json& item, const std::string& p) {
        ContextEvent event;
        event.id = Identify(item, p);
        event.date = r_.Date(item, p, "date", Need::Required);
        event.end_date = r_.Date(item, p, "end_date", Need::Optional);
        // YYYY-MM-DD compares correctly as text.
        if (!event.end_date.empty() && !event.date.empty() && event.end_date < event.date)
            r_.Report(DiagnosticCode::EndsBeforeStart, p + "/end_date",
                      "ends (" + event.end_date + ") before it starts (" + event.date + ")");
        event.title = r_.String(item, p, "title", Need::Required, 200);
        event.text = r_.String(item, p, "text", Need::Required);
        event.claim = ReadClaim(item, p);
        r_.WarnUnknownFields(item, p, {"id", "date", "end_date", "title", "text", "sources", "certainty"});
        Register(Target::ContextEvent, event.id);
        pack.context.push_back(std::move(event));
    });
}

}  // namespace core
