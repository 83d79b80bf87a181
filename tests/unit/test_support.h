// test_support.h — helpers shared by the unit tests: reading fixtures, and a
// fixed-width TextMetrics so layout can be tested without fonts.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include "core/layout/text_wrap.h"

namespace test_support {

inline std::string ReadFile(const std::string& path_from_repo_root) {
    std::ifstream in(std::string(ACCORD_SOURCE_DIR) + "/" + path_from_repo_root, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Every byte is `char_width` wide; lines are 1.5 x 10 px tall.
class FixedMetrics : public core::TextMetrics {
public:
    explicit FixedMetrics(float char_width = 8) : char_width_(char_width) {}
    float Width(std::string_view text, core::TextStyle) const override {
        return char_width_ * static_cast<float>(text.size());
    }
    float LineHeight(core::TextStyle) const override { return 15; }

private:
    float char_width_;
};

}  // namespace test_support
