// app_input.cpp — the platform seam's other half, natively: SDL events translated into
// the core Widget's neutral input (pointer, wheel, pinch, keys, resize, quit). No
// behaviour here: what an event does is the controller's (core/state/widget.cpp). The
// web build has no SDL: the page forwards its events (web_bridge.cpp).
#include <optional>

#include <SDL.h>

#include "platform/app.h"

namespace platform {

namespace {

core::Modifiers ModifiersOf(SDL_Keymod mod) {
    return {(mod & KMOD_SHIFT) != 0, (mod & KMOD_CTRL) != 0, (mod & KMOD_ALT) != 0, (mod & KMOD_GUI) != 0};
}

std::optional<core::Key> KeyOf(SDL_Keycode key) {
    switch (key) {
        case SDLK_TAB: return core::Key::Tab;
        case SDLK_LEFT: return core::Key::Left;
        case SDLK_RIGHT: return core::Key::Right;
        case SDLK_UP: return core::Key::Up;
        case SDLK_DOWN: return core::Key::Down;
        case SDLK_RETURN: case SDLK_KP_ENTER: return core::Key::Enter;
        case SDLK_SPACE: return core::Key::Space;
        case SDLK_ESCAPE: return core::Key::Escape;
        case SDLK_PAGEUP: return core::Key::PageUp;
        case SDLK_PAGEDOWN: return core::Key::PageDown;
        case SDLK_HOME: return core::Key::Home;
        case SDLK_END: return core::Key::End;
        case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: return core::Key::Plus;
        case SDLK_MINUS: case SDLK_KP_MINUS: return core::Key::Minus;
        default: return std::nullopt;
    }
}

// SDL turns touches into mouse events too, marked with SDL_TOUCH_MOUSEID.
core::PointerKind PointerKindOf(Uint32 which) {
    return which == SDL_TOUCH_MOUSEID ? core::PointerKind::Touch : core::PointerKind::Mouse;
}

}  // namespace

void App::HandleEvent(const SDL_Event& event) {
    // ImGui has no context here and sees no event (ui/canvas.h): the widget owns input.
    widget_.Tick(surface_.Milliseconds());
    switch (event.type) {
        case SDL_QUIT: quit_requested_ = !kiosk_; break;  // a kiosk has no way out but its chord
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || event.window.event == SDL_WINDOWEVENT_RESIZED) {
                int w = 0, h = 0;
                surface_.ViewSize(w, h);
                UpdateDensity();
                widget_.Resize({static_cast<float>(w), static_cast<float>(h)});
            }
            break;
        case SDL_FINGERDOWN: widget_.SetTouch(true); break;  // grow targets before the tap's click
        case SDL_MULTIGESTURE: {
            int w = 0, h = 0;
            surface_.ViewSize(w, h);
            widget_.Pinch({{event.mgesture.x * static_cast<float>(w), event.mgesture.y * static_cast<float>(h)},
                           1.0f + event.mgesture.dDist * 4.0f});
            break;
        }
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            widget_.Pointer({event.type == SDL_MOUSEBUTTONDOWN ? core::PointerPhase::Down : core::PointerPhase::Up,
                             PointerKindOf(event.button.which),
                             {static_cast<float>(event.button.x), static_cast<float>(event.button.y)},
                             event.button.button == SDL_BUTTON_LEFT});
            break;
        case SDL_MOUSEMOTION:
            widget_.Pointer({core::PointerPhase::Move, PointerKindOf(event.motion.which),
                             {static_cast<float>(event.motion.x), static_cast<float>(event.motion.y)},
                             (event.motion.state & SDL_BUTTON_LMASK) != 0});
            UpdateCursor(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
            break;
        case SDL_MOUSEWHEEL: {
            int mx = 0, my = 0;
            SDL_GetMouseState(&mx, &my);
            widget_.Wheel({{static_cast<float>(mx), static_cast<float>(my)}, event.wheel.preciseY,
                           ModifiersOf(SDL_GetModState())});
            break;
        }
        case SDL_KEYDOWN:
            if (kiosk_ && (event.key.keysym.mod & KMOD_CTRL) && (event.key.keysym.mod & KMOD_ALT) &&
                event.key.keysym.sym == static_cast<SDL_Keycode>(quit_key_))
                quit_requested_ = true;
            if (std::optional<core::Key> key = KeyOf(event.key.keysym.sym))
                widget_.KeyDown({*key, ModifiersOf(static_cast<SDL_Keymod>(event.key.keysym.mod))});
            break;
        default: break;
    }
}

}  // namespace platform
