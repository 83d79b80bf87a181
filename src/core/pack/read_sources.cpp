// read_sources.cpp — the "sources" section: the published pieces claims cite by id.
#include "core/pack/pack_reader.h"

namespace core {

void PackReader::ReadSources(const json& root, Pack& pack) {
    ReadList(root, "sources", Need::Required, [&](const json& item, const std::string& p) {
        Source source;
        source.id = Identify(item, p);
        source.publisher = r_.String(item, p, "publisher", Need::Required, 200);
        source.origin = r_.String(item, p, "origin", Need::Optional, 200);
        source.title = r_.String(item, p, "title", Need::Required, 400);
        source.url = r_.String(item, p, "url", Need::Required, 2000);
        // Readers follow these links from a news page: no plain http, nothing that
        // could break out of an attribute in the HTML export.
        if (!source.url.empty() && !IsHttpsAddress(source.url))
            r_.Report(DiagnosticCode::NotHttps, p + "/url", "\"" + source.url + "\" is not an https:// address");
        source.date = r_.Date(item, p, "date", Need::Required);
        r_.WarnUnknownFields(item, p, {"id", "publisher", "origin", "title", "url", "date"});
        Register(Target::Source, source.id);
        pack.sources.push_back(std::move(source));
    });
}

}  // namespace core
