#include <chronicle/error.hpp>
#include <chronicle/text.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include <unistd.h>

namespace chronicle {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t length = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { length = 2; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { length = 3; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { length = 4; cp = c & 0x07u; }
        else return i;  // continuation byte first, overlong lead (C0/C1), or F5..FF
        if (i + length > n) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0u) != 0x80u) return i;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (overlong || surrogate || cp > 0x10FFFF) return i;
        i += length;
    }
    return std::nullopt;
}

void append_utf8(std::string& out, std::uint32_t code_point) {
    // Encoding a surrogate or a value past U+10FFFF would write bytes that
    // find_invalid_utf8 itself refuses; the replacement character keeps the output valid.
    if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) code_point = 0xFFFD;
    const auto byte = [&out](std::uint32_t b) { out += static_cast<char>(b); };
    if (code_point < 0x80) {
        byte(code_point);
    } else if (code_point < 0x800) {
        byte(0xC0 | (code_point >> 6));
        byte(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        byte(0xE0 | (code_point >> 12));
        byte(0x80 | ((code_point >> 6) & 0x3F));
        byte(0x80 | (code_point & 0x3F));
    } else {
        byte(0xF0 | (code_point >> 18));
        byte(0x80 | ((code_point >> 12) & 0x3F));
        byte(0x80 | ((code_point >> 6) & 0x3F));
        byte(0x80 | (code_point & 0x3F));
    }
}

namespace {

std::string display_name(const std::filesystem::path& path) {
    return path == "-" ? std::string("<stdin>") : path.string();
}

std::string read_all(std::istream& in, const std::string& name) {
    std::string content;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_input_bytes) {
            throw Error(fmt::format("{}: file is too large (more than {} MB)", name,
                                    max_input_bytes / (1024 * 1024)));
        }
    }
    if (in.bad()) throw Error(fmt::format("{}: read error", name));
    return content;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
    const std::string name = display_name(path);
    std::string content;
    if (path == "-") {
        content = read_all(std::cin, name);
    } else {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec || !std::filesystem::exists(status)) {
            throw Error(fmt::format("{}: no such file", name));
        }
        if (std::filesystem::is_directory(status)) {
            throw Error(fmt::format("{}: is a directory, not a file", name));
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) throw Error(fmt::format("{}: cannot open file: {}", name, std::strerror(errno)));
        content = read_all(in, name);
    }
    if (content.find('\0') != std::string::npos) {
        throw Error(fmt::format("{}: binary file (contains NUL bytes), expected UTF-8 text", name));
    }
    if (auto bad = find_invalid_utf8(content)) {
        throw Error(fmt::format("{}: invalid UTF-8 at byte {}", name, *bad));
    }
    if (content.rfind("\xEF\xBB\xBF", 0) == 0) content.erase(0, 3);
    return content;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    const std::string name = display_name(path);
    if (path == "-") {
        std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
        std::cout.flush();
        if (!std::cout) throw Error("<stdout>: write error");
        return;
    }
    std::filesystem::path temp = path;
    temp += fmt::format(".tmp{}", static_cast<long>(::getpid()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) {
            throw Error(fmt::format("{}: cannot write file: {}", name, std::strerror(errno)));
        }
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) {
            out.close();
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            throw Error(fmt::format("{}: write error", name));
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw Error(fmt::format("{}: cannot write file: {}", name, ec.message()));
    }
}

std::string lowercase_extension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

}  // namespace chronicle
