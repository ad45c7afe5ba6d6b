#pragma once
// Reading and checking input text: files, UTF-8, size limits.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle {

// Largest input Chronicle accepts (articles, events files, TimeML documents).
inline constexpr std::size_t max_input_bytes = 64u * 1024u * 1024u;

// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Appends the UTF-8 encoding of one code point (1 to 4 bytes). A value that is not a
// Unicode scalar value (a surrogate, U+D800..U+DFFF, or above U+10FFFF) appends U+FFFD
// instead, so the output is always valid UTF-8. Shared by the TimeML entity decoder and
// the renderer's text cleaning.
void append_utf8(std::string& out, std::uint32_t code_point);

// Reads a whole file ("-" is standard input) as UTF-8 text. Throws Error with a one-line
// message naming `display_name` (or the path) for: missing or unreadable file, a
// directory, NUL bytes (binary), invalid UTF-8 (with byte offset), size above
// max_input_bytes. A UTF-8 byte order mark is removed.
std::string read_text_file(const std::filesystem::path& path);

// The extension of `path` in ASCII lowercase (".png" for "T.PNG"): file formats are chosen
// by it, case-insensitively.
std::string lowercase_extension(const std::filesystem::path& path);

// A file written in pieces and seen by others only once complete: the pieces go to a
// temporary file beside `path`, and commit() renames it into place. Destroyed before
// commit() (an error on the way), it removes the temporary, so no failure leaves a partial
// file. "-" is standard output, written as it comes. Throws Error naming the file.
class OutputFile {
public:
    explicit OutputFile(const std::filesystem::path& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view bytes);
    void commit();

private:
    std::filesystem::path path_;
    std::filesystem::path temp_;
    std::string name_;
    bool to_stdout_;
    std::FILE* file_ = nullptr;
    std::size_t written_ = 0;     // bytes written to the temporary so far
    std::size_t write_back_ = 0;  // of those, bytes whose write-back has been started
};

// Writes `content` to `path` atomically: a temporary file beside it, then a rename, so a
// failure never leaves a partial file. "-" writes to standard output. Throws Error.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace chronicle
