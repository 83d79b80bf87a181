/* sdl2_wasm_webgl.c — SDL2's GL context on the web through Emscripten's WebGL API
 * (emscripten/html5.h) instead of its EGL emulation: this file stands in for SDL's
 * src/video/SDL_egl.c and src/video/emscripten/SDL_emscriptenopengles.c, which the wasm
 * build leaves out (cmake/Dependencies.cmake).
 * Why: SDL's EGL path stores eglGetProcAddress, and Emscripten's eglGetProcAddress is a
 * table of every WebGL entry point, so all ~300 of them, and their JavaScript, were
 * linked in; the widget calls about 30 (src/platform/gl_renderer.cpp), linked directly.
 * Same context as before: WebGL 2 on SDL's canvas (#canvas), no alpha, depth, stencil
 * or antialiasing unless asked for, as library_egl.js set it up. */
#include "SDL_internal.h"

#include <emscripten/html5.h>

#include "video/SDL_sysvideo.h"
#include "video/SDL_egl_c.h"
#include "SDL_emscriptenvideo.h"
#include "SDL_emscriptenopengles.h"

/* SDL only checks that egl_data and a window's egl_surface are set; nothing reads them. */
int Emscripten_GLES_LoadLibrary(_THIS, const char *path)
{
    (void)path;
    if (!_this->egl_data) {
        _this->egl_data = (struct SDL_EGL_VideoData *)SDL_calloc(1, sizeof(SDL_EGL_VideoData));
        if (!_this->egl_data) {
            return SDL_OutOfMemory();
        }
    }
    return 0;
}

void SDL_EGL_UnloadLibrary(_THIS)
{
    SDL_free(_this->egl_data);
    _this->egl_data = NULL;
}

EGLSurface *SDL_EGL_CreateSurface(_THIS, NativeWindowType nw)
{
    (void)_this;
    (void)nw;
    return (EGLSurface *)1; /* the canvas itself: any value but EGL_NO_SURFACE */
}

void SDL_EGL_DestroySurface(_THIS, EGLSurface egl_surface)
{
    (void)_this;
    (void)egl_surface;
}

/* No entry point is looked up by name: the app links the GL functions it calls. */
void *SDL_EGL_GetProcAddress(_THIS, const char *proc)
{
    (void)_this;
    (void)proc;
    return NULL;
}

SDL_GLContext Emscripten_GLES_CreateContext(_THIS, SDL_Window *window)
{
    SDL_WindowData *data = (SDL_WindowData *)window->driverdata;
    EmscriptenWebGLContextAttributes attributes;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.alpha = _this->gl_config.alpha_size > 0;
    attributes.depth = _this->gl_config.depth_size > 0;
    attributes.stencil = _this->gl_config.stencil_size > 0;
    attributes.antialias = _this->gl_config.multisamplesamples > 0;
    attributes.majorVersion = _this->gl_config.major_version >= 3 ? 2 : 1; /* GLES 3 is WebGL 2 */
    attributes.minorVersion = 0;
    attributes.enableExtensionsByDefault = 0; /* WebGL 2's core is all the renderer uses */
    context = emscripten_webgl_create_context(data->canvas_id, &attributes);
    if (context <= 0) {
        SDL_SetError("WebGL %d could not be created on %s (error %d)", attributes.majorVersion, data->canvas_id,
                     (int)context);
        return NULL;
    }
    if (emscripten_webgl_make_context_current(context) != EMSCRIPTEN_RESULT_SUCCESS) {
        emscripten_webgl_destroy_context(context);
        SDL_SetError("WebGL context could not be made current");
        return NULL;
    }
    return (SDL_GLContext)(intptr_t)context;
}

int Emscripten_GLES_MakeCurrent(_THIS, SDL_Window *window, SDL_GLContext context)
{
    (void)_this;
    (void)window;
    if (emscripten_webgl_make_context_current((EMSCRIPTEN_WEBGL_CONTEXT_HANDLE)(intptr_t)context) !=
        EMSCRIPTEN_RESULT_SUCCESS) {
        return SDL_SetError("WebGL context could not be made current");
    }
    return 0;
}

void SDL_EGL_DeleteContext(_THIS, SDL_GLContext context)
{
    (void)_this;
    if (context) {
        emscripten_webgl_destroy_context((EMSCRIPTEN_WEBGL_CONTEXT_HANDLE)(intptr_t)context);
    }
}

/* The browser presents the canvas when the frame's callback returns. */
int Emscripten_GLES_SwapWindow(_THIS, SDL_Window *window)
{
    (void)_this;
    (void)window;
    return 0;
}

/* requestAnimationFrame paces frames (emscripten_set_main_loop): no swap interval. */
int SDL_EGL_SetSwapInterval(_THIS, int interval)
{
    (void)_this;
    return interval == 0 || interval == 1 ? 0 : SDL_Unsupported();
}

int SDL_EGL_GetSwapInterval(_THIS)
{
    (void)_this;
    return 1;
}
