/* sdl2_wasm_events.c — stands in for SDL's src/video/emscripten/SDL_emscriptenevents.c
 * in the wasm build (cmake/Dependencies.cmake): SDL registers no browser listeners.
 * Why: on the web the page's text layer lies over the canvas and forwards pointer,
 * wheel and key input to the widget itself (web/pre.js, web_bridge.cpp), and the page
 * sizes the canvas (App::SetViewSize). SDL's own mouse, touch, wheel, key, focus,
 * resize, visibility and unload listeners delivered nothing the app used (it ignored
 * those event types: App::SetInputFromPage), yet kept their handlers, SDL's key tables
 * and Emscripten's listener glue in every first load. */
#include "SDL_internal.h"

#include <emscripten/html5.h>

#include "SDL_emscriptenvideo.h"
#include "SDL_emscriptenevents.h"

void Emscripten_RegisterEventHandlers(SDL_WindowData *data)
{
    (void)data;
}

void Emscripten_UnregisterEventHandlers(SDL_WindowData *data)
{
    (void)data;
}

/* Only SDL's fullscreen path calls this, which the web build never takes: the page,
 * not the widget, decides the canvas's size (App::SetKiosk calls SDL_SetWindowFullscreen
 * natively only). */
EM_BOOL Emscripten_HandleCanvasResize(int eventType, const void *reserved, void *userData)
{
    (void)eventType;
    (void)reserved;
    (void)userData;
    return 0;
}
