// strings_languages.h — the built-in translations of the string table (strings.cpp
// holds English and the keys). Each is a list of key -> text; Strings::ForLanguage lays
// it over English, so a key a translation lacks still says something.
#pragma once
#include <cstddef>

namespace core {

struct Translation {
    const char* key;
    const char* text;
};

extern const Translation kArabic[];
extern const size_t kArabicCount;
extern const char* const kArabicMonths[12];

}  // namespace core
