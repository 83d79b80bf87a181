/* sdl2_wasm_stubs.c — stand-ins for SDL's software blitters, left out of the wasm
 * build (see cmake/Dependencies.cmake). Accord never draws with SDL surfaces; if
 * anything ever reaches these, they fail with an SDL error rather than crash. */
#include "SDL.h"

typedef struct SDL_BlitMap SDL_BlitMap;
int SDL_CalculateBlit(SDL_Surface *surface) { (void)surface; return SDL_Unsupported(); }
int SDL_RLESurface(SDL_Surface *surface) { (void)surface; return SDL_Unsupported(); }
void SDL_UnRLESurface(SDL_Surface *surface, int recode) { (void)surface; (void)recode; }
