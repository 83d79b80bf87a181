// surface_sdl.cpp — the native Surface: one SDL2 window with an OpenGL 3.0 context.
#include <SDL.h>

#include "platform/surface.h"

namespace platform {

namespace {
SDL_Window* WindowOf(void* window) { return static_cast<SDL_Window*>(window); }
}  // namespace

std::string Surface::Open(const char* title, int css_width, int css_height, bool high_dpi) {
    // Why SDL_HINT_NO_SIGNAL_HANDLERS: a kiosk's supervisor must be able to stop us.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0)
        return std::string("SDL_Init failed: ") + SDL_GetError();
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | (high_dpi ? SDL_WINDOW_ALLOW_HIGHDPI : 0);
    SDL_Window* window =
        SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, css_width, css_height, flags);
    if (!window) return std::string("SDL_CreateWindow failed: ") + SDL_GetError();
    window_ = window;
    gl_context_ = SDL_GL_CreateContext(window);
    if (!gl_context_) return std::string("could not create an OpenGL context: ") + SDL_GetError();
    SDL_GL_MakeCurrent(window, gl_context_);
    SDL_GL_SetSwapInterval(1);
    // The cursor is ours (a hand over clickable things), set on hover without a redraw.
    cursors_[0] = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_ARROW);
    cursors_[1] = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_HAND);
    return {};
}

void Surface::Close() {
    for (void*& cursor : cursors_) {
        if (cursor) SDL_FreeCursor(static_cast<SDL_Cursor*>(cursor));
        cursor = nullptr;
    }
    if (gl_context_) SDL_GL_DeleteContext(gl_context_);
    if (window_) SDL_DestroyWindow(WindowOf(window_));
    gl_context_ = window_ = nullptr;
    SDL_Quit();
}

void Surface::Resize(int css_width, int css_height) { SDL_SetWindowSize(WindowOf(window_), css_width, css_height); }
void Surface::ViewSize(int& css_width, int& css_height) const { SDL_GetWindowSize(WindowOf(window_), &css_width, &css_height); }
void Surface::PixelSize(int& pixel_width, int& pixel_height) const {
    SDL_GL_GetDrawableSize(WindowOf(window_), &pixel_width, &pixel_height);
}
void Surface::MakeCurrent() { SDL_GL_MakeCurrent(WindowOf(window_), gl_context_); }
void Surface::Present() { SDL_GL_SwapWindow(WindowOf(window_)); }
double Surface::Milliseconds() const { return static_cast<double>(SDL_GetTicks()); }
void Surface::SetFullscreen() { SDL_SetWindowFullscreen(WindowOf(window_), SDL_WINDOW_FULLSCREEN_DESKTOP); }
void Surface::ShowHandCursor(bool hand) {
    if (void* cursor = cursors_[hand ? 1 : 0]) SDL_SetCursor(static_cast<SDL_Cursor*>(cursor));
}
bool Surface::PointerPosition(float& x, float& y) const {
    int mx = 0, my = 0;
    SDL_GetMouseState(&mx, &my);
    x = static_cast<float>(mx);
    y = static_cast<float>(my);
    return true;
}
void Surface::SetTitle(const char* title) { SDL_SetWindowTitle(WindowOf(window_), title); }

}  // namespace platform
