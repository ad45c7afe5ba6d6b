#include <chronicle/error.hpp>
#include <chronicle/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace chronicle {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Most text is ASCII: eight bytes at a time while none has its high bit set.
        while (i + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, s + i, 8);
            if ((chunk & 0x8080808080808080u) != 0) break;
            i += 8;
        }
        if (i >= n) break;
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

// The first page boundary at or after `p` (madvise wants an aligned start).
void* huge_page_start(char* p) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    return reinterpret_cast<void*>((reinterpret_cast<std::uintptr_t>(p) + page - 1) / page * page);
}

std::string display_name(const std::filesystem::path& path) {
    return path == "-" ? std::string("<stdin>") : path.string();
}

// One document's limit. Archives are many documents: `chronicle batch` reads them a line at a
// time, with this limit on each document, not on the file.
[[noreturn]] void too_large(const std::string& name) {
    throw Error(fmt::format("{}: file is too large (more than {} MB, the limit of one document); for an archive, "
                            "use chronicle batch (JSON Lines, one document a line)",
                            name, max_input_bytes / (1024 * 1024)));
}

// Text in UTF-16 or UTF-32, recognised by its byte order mark or, without one, by the zero
// bytes that mostly-ASCII text has in those encodings at fixed positions; nullptr otherwise.
// Such a file would otherwise be called binary (it has NUL bytes) or invalid UTF-8 (its mark).
const char* wide_encoding(std::string_view s) {
    auto starts = [&](std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; };
    using namespace std::string_view_literals;
    if (starts("\xFF\xFE\0\0"sv)) return "UTF-32";
    if (starts("\0\0\xFE\xFF"sv)) return "UTF-32";
    if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) return "UTF-16";
    // Without a mark: count, over the first kilobytes, zero bytes by position modulo 4.
    const std::size_t n = std::min<std::size_t>(s.size(), 4096) / 4 * 4;
    if (n < 4) return nullptr;
    std::size_t zeros[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < n; ++i) zeros[i % 4] += s[i] == '\0' ? 1 : 0;
    const std::size_t groups = n / 4;
    auto mostly = [&](std::size_t count) { return count * 10 >= groups * 9; };
    auto rarely = [&](std::size_t count) { return count * 10 <= groups; };
    if (mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3]) && rarely(zeros[0])) return "UTF-32";
    if (mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && rarely(zeros[3])) return "UTF-32";
    if (mostly(zeros[1]) && mostly(zeros[3]) && rarely(zeros[0]) && rarely(zeros[2])) return "UTF-16";
    if (mostly(zeros[0]) && mostly(zeros[2]) && rarely(zeros[1]) && rarely(zeros[3])) return "UTF-16";
    return nullptr;
}

// Reads what is left of `in` after `content`, up to the size limit.
void read_rest(std::istream& in, const std::string& name, std::string& content) {
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_input_bytes) too_large(name);
    }
    if (in.bad()) throw Error(fmt::format("{}: read error", name));
}

// A regular file of known size is read with one read() into a string sized for it: no
// buffer in between, and its pages may be huge pages, so a 20 MB article costs a few page faults instead of five
// thousand. Any bytes past the size read (a file that grew) are read after.
std::string read_regular_file(const std::filesystem::path& path, const std::string& name, std::size_t size) {
    if (size > max_input_bytes) too_large(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(fmt::format("{}: cannot open file: {}", name, std::strerror(errno)));
    std::string content;
    content.reserve(size + 1);
    if (size >= (2u << 20)) ::madvise(huge_page_start(content.data()), size, MADV_HUGEPAGE);
    content.resize(size);
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw Error(fmt::format("{}: read error", name));
    in.clear(in.rdstate() & ~std::ios::failbit);
    read_rest(in, name, content);
    return content;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
    const std::string name = display_name(path);
    std::string content;
    if (path == "-") {
        read_rest(std::cin, name, content);
    } else {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec || !std::filesystem::exists(status)) {
            throw Error(fmt::format("{}: no such file", name));
        }
        if (std::filesystem::is_directory(status)) {
            throw Error(fmt::format("{}: is a directory, not a file", name));
        }
        const auto size = std::filesystem::is_regular_file(status) ? std::filesystem::file_size(path, ec) : 0;
        if (size > 0 && !ec) {
            content = read_regular_file(path, name, static_cast<std::size_t>(size));
        } else {
            std::ifstream in(path, std::ios::binary);
            if (!in) throw Error(fmt::format("{}: cannot open file: {}", name, std::strerror(errno)));
            read_rest(in, name, content);
        }
    }
    if (const char* encoding = wide_encoding(content)) {
        throw Error(fmt::format("{}: {} text: convert it to UTF-8 (iconv -f {} -t UTF-8)", name, encoding, encoding));
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

OutputFile::OutputFile(const std::filesystem::path& path)
    : path_(path), name_(display_name(path)), to_stdout_(path == "-") {
    if (to_stdout_) return;
    temp_ = path;
    temp_ += fmt::format(".tmp{}", static_cast<long>(::getpid()));
    file_ = std::fopen(temp_.c_str(), "wb");
    if (file_ == nullptr) throw Error(fmt::format("{}: cannot write file: {}", name_, std::strerror(errno)));
}

OutputFile::~OutputFile() {
    if (file_ == nullptr) return;  // committed, or standard output
    std::fclose(file_);
    std::error_code ignored;
    std::filesystem::remove(temp_, ignored);
}

void OutputFile::write(std::string_view bytes) {
    if (to_stdout_) {
        std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!std::cout) throw Error("<stdout>: write error");
        return;
    }
    if (file_ == nullptr) throw Error(fmt::format("{}: written after it was complete", name_));
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
        throw Error(fmt::format("{}: write error", name_));
    written_ += bytes.size();
#ifdef __linux__
    // Start the disk write of each few megabytes as they come, without waiting for it. Left
    // to the end, a large output is written out all at once inside commit()'s rename (ext4
    // flushes a file that replaces another), while every other core idles: a tenth of a
    // second per 200 MB in `chronicle batch -o`.
    constexpr std::size_t write_back_step = 8u << 20;
    if (written_ - write_back_ >= write_back_step && std::fflush(file_) == 0) {
        ::sync_file_range(::fileno(file_), static_cast<off_t>(write_back_), static_cast<off_t>(written_ - write_back_),
                          SYNC_FILE_RANGE_WRITE);
        write_back_ = written_;
    }
#endif
}

void OutputFile::commit() {
    if (to_stdout_) {
        std::cout.flush();
        if (!std::cout) throw Error("<stdout>: write error");
        return;
    }
    if (file_ == nullptr) return;
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    std::error_code ec;
    if (!closed) {
        std::filesystem::remove(temp_, ec);
        throw Error(fmt::format("{}: write error", name_));
    }
    std::filesystem::rename(temp_, path_, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp_, ignored);
        throw Error(fmt::format("{}: cannot write file: {}", name_, ec.message()));
    }
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    OutputFile out(path);
    out.write(content);
    out.commit();
}

std::string lowercase_extension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

}  // namespace chronicle
