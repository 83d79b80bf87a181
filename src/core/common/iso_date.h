// iso_date.h — the digits of a date written "YYYY-MM-DD" (packs write dates so), for
// the loader's checks (pack/json_reader.cpp) and the interface's long dates
// (common/strings.cpp). Only the form is read here; whether the date exists is the
// loader's question.
#pragma once
#include <optional>
#include <string_view>

namespace core {

struct IsoDate {
    int year = 0, month = 0, day = 0;
};

// Nothing unless `text` is four digits, '-', two digits, '-', two digits.
inline std::optional<IsoDate> ReadIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int value[3] = {0, 0, 0};
    for (size_t i = 0, part = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value[part] = value[part] * 10 + (text[i] - '0');
    }
    return IsoDate{value[0], value[1], value[2]};
}

}  // namespace core
