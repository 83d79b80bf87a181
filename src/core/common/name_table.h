// name_table.h — one table per enum between its values and the names that appear in
// packs, URLs, the page API and the HTML export. Every enum ↔ name conversion in core
// goes through one of these, so a name is written exactly once.
#pragma once
#include <optional>
#include <string_view>

namespace core {

template <typename Enum, int N>
struct NameTable {
    struct Entry {
        Enum value;
        const char* name;
    };
    Entry entries[N];

    const char* NameOf(Enum value) const {
        for (const Entry& e : entries)
            if (e.value == value) return e.name;
        return "";
    }
    std::optional<Enum> FromName(std::string_view name) const {
        for (const Entry& e : entries)
            if (name == e.name) return e.value;
        return std::nullopt;
    }
    // "a, b or c": for messages that list what is allowed.
    template <typename String>
    String List() const {
        String out;
        for (int i = 0; i < N; ++i) {
            if (i > 0) out += i == N - 1 ? " or " : ", ";
            out += entries[i].name;
        }
        return out;
    }
};

}  // namespace core
