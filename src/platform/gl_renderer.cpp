// gl_renderer.cpp — see gl_renderer.h. The vertex layout is ImDrawVert's (position,
// texture coordinate, packed RGBA colour); each ImDrawCmd is a scissored range of
// indices, drawn from its vertex offset.
#include "platform/gl_renderer.h"

#include <cstddef>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
// Why prototypes: Mesa's libGL exports every OpenGL 3.0 entry point, so linking it is
// enough and no loader is needed for the few functions used here.
#define GL_GLEXT_PROTOTYPES 1
#include <SDL_opengl.h>
#endif

namespace platform {

namespace {

#ifdef __EMSCRIPTEN__
constexpr const char* kVersion = "#version 300 es\nprecision mediump float;\n";  // WebGL2
#else
constexpr const char* kVersion = "#version 130\n";  // OpenGL 3.0: what Mesa under Xvfb offers
#endif

constexpr const char* kVertexShader = R"(
uniform mat4 projection;
in vec2 position;
in vec2 uv;
in vec4 color;
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// The atlas is coverage only: white glyphs and shapes tinted by the vertex colour.
constexpr const char* kFragmentShader = R"(
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
    out_color = vec4(frag_color.rgb, frag_color.a * texture(atlas, frag_uv).r);
}
)";

std::string CompileInto(GLuint program, GLenum kind, const char* body) {
    GLuint shader = glCreateShader(kind);
    const char* sources[] = {kVersion, body};
    glShaderSource(shader, 2, sources, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    std::string error;
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        error = std::string(kind == GL_VERTEX_SHADER ? "vertex" : "fragment") + " shader: " + log;
    }
    glAttachShader(program, shader);
    glDeleteShader(shader);  // freed with the program
    return error;
}

// Points the three attributes at the vertex buffer starting `first_vertex` in: how a
// command's VtxOffset is honoured where glDrawElementsBaseVertex is missing (WebGL2).
void PointAttributes(size_t first_vertex) {
    const size_t base = first_vertex * sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, col)));
}

// Hands the first frame's commands to the GPU now rather than when it is composited.
// Why: the stage stays hidden until the first frame is announced, so Chrome's GPU
// process (ANGLE) would hold the recorded frame until the page first composites it,
// then execute it whole while the page waits; on software GL (SwiftShader: headless,
// VMs, machines without a GPU driver) that wait was 180-280 ms of a cold load. A fence
// makes ANGLE submit the commands (a bare glFlush does not: it defers work on the
// default framebuffer), so the frame is rasterised while the page writes its text
// layer. Later frames are composited as they are drawn, which submits them. Natively
// the window is on screen and the swap submits; GL 3.0 has no fences.
void SubmitNow() {
#ifdef __EMSCRIPTEN__
    glDeleteSync(glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0));
#endif
    glFlush();
}

}  // namespace

std::string GlRenderer::Create() {
    program_ = glCreateProgram();
    std::string error = CompileInto(program_, GL_VERTEX_SHADER, kVertexShader);
    if (error.empty()) error = CompileInto(program_, GL_FRAGMENT_SHADER, kFragmentShader);
    if (!error.empty()) return error;
    glBindAttribLocation(program_, 0, "position");
    glBindAttribLocation(program_, 1, "uv");
    glBindAttribLocation(program_, 2, "color");
    glLinkProgram(program_);
    GLint linked = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &linked);
    if (!linked) {
        char log[512] = {};
        glGetProgramInfoLog(program_, sizeof log, nullptr, log);
        return std::string("shader link: ") + log;
    }
    projection_location_ = glGetUniformLocation(program_, "projection");
    glUseProgram(program_);
    glUniform1i(glGetUniformLocation(program_, "atlas"), 0);

    glGenVertexArrays(1, &vertex_array_);
    glBindVertexArray(vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);  // part of the vertex array's state
    for (GLuint attribute = 0; attribute < 3; ++attribute) glEnableVertexAttribArray(attribute);
    PointAttributes(0);
    return {};
}

void GlRenderer::Destroy() {
    if (texture_) glDeleteTextures(1, &texture_);
    if (vertex_buffer_) glDeleteBuffers(1, &vertex_buffer_);
    if (index_buffer_) glDeleteBuffers(1, &index_buffer_);
    if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
    if (program_) glDeleteProgram(program_);
    program_ = vertex_array_ = vertex_buffer_ = index_buffer_ = texture_ = 0;
}

void GlRenderer::UploadAtlas(ImFontAtlas& atlas) {
    if (!atlas.TexPixelsAlpha8) return;  // ui::LoadFonts builds it
    if (!texture_) glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of one byte per texel need not be 4-aligned
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.TexWidth, atlas.TexHeight, 0, GL_RED, GL_UNSIGNED_BYTE,
                 atlas.TexPixelsAlpha8);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture_)));
}

void GlRenderer::Draw(const ui::Canvas& canvas, int pixel_width, int pixel_height, const float background[4]) {
    glViewport(0, 0, pixel_width, pixel_height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(background[0], background[1], background[2], background[3]);
    glClear(GL_COLOR_BUFFER_BIT);
    const ImDrawList& list = canvas.list();
    const ImVec4 view = list._Data->ClipRectFullscreen;  // the frame, in CSS px
    const float width = view.z - view.x, height = view.w - view.y;
    if (list.CmdBuffer.empty() || list.VtxBuffer.empty() || width <= 0 || height <= 0) return;
    const float scale_x = static_cast<float>(pixel_width) / width;
    const float scale_y = static_cast<float>(pixel_height) / height;

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(program_);
    // CSS px to clip space, y down: (0,0) is the top left, (width,height) the bottom right.
    const float projection[16] = {2.0f / width, 0, 0, 0, 0, -2.0f / height, 0, 0, 0, 0, -1, 0, -1, 1, 0, 1};
    glUniformMatrix4fv(projection_location_, 1, GL_FALSE, projection);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size * sizeof(ImDrawVert)), list.VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size * sizeof(ImDrawIdx)),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    glActiveTexture(GL_TEXTURE0);
    unsigned pointed_at = 0;
    PointAttributes(0);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.ElemCount == 0 || cmd.UserCallback) continue;
        // The clip rectangle in framebuffer pixels; GL's scissor counts y from the bottom.
        const float x0 = (cmd.ClipRect.x - view.x) * scale_x, y0 = (cmd.ClipRect.y - view.y) * scale_y;
        const float x1 = (cmd.ClipRect.z - view.x) * scale_x, y1 = (cmd.ClipRect.w - view.y) * scale_y;
        if (x1 <= x0 || y1 <= y0) continue;
        glScissor(static_cast<GLint>(x0), static_cast<GLint>(pixel_height - y1), static_cast<GLsizei>(x1 - x0),
                  static_cast<GLsizei>(y1 - y0));
        if (cmd.VtxOffset != pointed_at) {
            PointAttributes(cmd.VtxOffset);
            pointed_at = cmd.VtxOffset;
        }
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                       sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
    }
    glDisable(GL_SCISSOR_TEST);
    if (first_frame_) SubmitNow();
    first_frame_ = false;
}

}  // namespace platform
