/* sdl2_wasm_config.h — force-included (-include) into every SDL2 source compiled for
 * wasm. It reads SDL's own SDL_config_emscripten.h first, then switches off what
 * Accord never uses. Why: SDL's audio driver carries EM_ASM code that closure
 * rejects (autoResumeAudioContext, dynCall), and a widget has no sound. */
#include "SDL_config.h"
#undef SDL_AUDIO_DRIVER_DISK
#undef SDL_AUDIO_DRIVER_DUMMY
#undef SDL_AUDIO_DRIVER_EMSCRIPTEN
#define SDL_AUDIO_DISABLED 1
/* No gamepads, haptics or sensors in a news widget: this also keeps SDL's game
 * controller database (tens of KB of strings) out of the wasm. */
#undef SDL_JOYSTICK_EMSCRIPTEN
#define SDL_JOYSTICK_DISABLED 1
#define SDL_SENSOR_DISABLED 1
