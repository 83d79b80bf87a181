// message_layout.cpp — a centred panel with a title, detail, a list and a hint.
#include "core/layout/message_layout.h"

#include <algorithm>

namespace core {

Scene LayoutMessage(const Message& message, const Strings& strings, float width, float height,
                    const TextMetrics& metrics) {
    Scene s;
    s.width = width;
    const float margin = width < 600 ? 16 : 32;
    const float panel_w = std::min(width - 2 * margin, 720.0f);
    const float x = (width - panel_w) / 2, pad = 20, inner = panel_w - 2 * pad;
    float y = margin + pad;
    std::vector<SceneText> texts;
    auto add = [&](const std::string& text, TextStyle style, ColorRole color, float gap_after,
                   TextRole role = TextRole::Body) {
        if (text.empty()) return;
        texts.push_back(MakeText(metrics, text, style, color, {x + pad, y}, inner));
        texts.back().role = role;
        y += TextHeight(texts.back()) + gap_after;
    };
    const std::string kicker = message.is_error ? strings.Get(StringId::MessageError) : std::string();
    add(kicker, TextStyle::SmallBold, ColorRole::Error, 6, TextRole::Label);
    add(message.title, TextStyle::Heading, ColorRole::Text, 8, TextRole::Heading);
    add(message.detail, TextStyle::Body, ColorRole::Text, 10);
    const size_t shown = std::min<size_t>(message.items.size(), 12);
    for (size_t i = 0; i < shown; ++i) add(message.items[i], TextStyle::Small, ColorRole::Text, 4);
    if (message.items.size() > shown)
        add(strings.Format(StringId::MessageMore, {strings.Number(static_cast<long long>(message.items.size() - shown))}), TextStyle::Small, ColorRole::TextMuted, 4);
    if (!message.items.empty()) y += 6;
    add(message.hint, TextStyle::Small, ColorRole::TextMuted, 0);
    float panel_h = y - margin + pad;
    float top = height > panel_h + 2 * margin ? std::min((height - panel_h) / 3, 120.0f) : 0;
    for (SceneText& t : texts) t.position.y += top;
    s.rects.push_back({{x, margin + top, panel_w, panel_h},
                       message.is_error ? ColorRole::ErrorPanel : ColorRole::Panel,
                       message.is_error ? ColorRole::Error : ColorRole::PanelBorder, true, 8, {}});
    s.texts = std::move(texts);
    s.height = margin + top + panel_h + margin;
    return s;
}

}  // namespace core
