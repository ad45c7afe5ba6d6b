// Placeholder: the renderer replaces this file.
#include <chronicle/error.hpp>
#include <chronicle/render/render.hpp>

namespace chronicle::render {
std::optional<Format> format_for_path(const std::filesystem::path&) { return std::nullopt; }
std::string render(const EventSet&, const Options&, Format, std::string*) {
    throw Error("rendering is not implemented yet");
}
}  // namespace chronicle::render
