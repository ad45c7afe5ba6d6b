#include <chronicle/timex_json.hpp>

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace chronicle {

namespace {

// The characters a JSON string must escape: '"', '\\' and the controls below 0x20.
bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

constexpr std::uint64_t kHighBits = 0x8080808080808080u;
constexpr std::uint64_t kLowBits = 0x7F7F7F7F7F7F7F7Fu;
constexpr std::uint64_t kByteOnes = 0x0101010101010101u;

// Bit 7 set in each byte of `chunk` that needs_escape, all other bits clear. The tests run on
// bytes folded to 7 bits, so no addition carries into the next byte; bytes of 0x80 and above
// (UTF-8) never need an escape.
std::uint64_t escape_bytes(std::uint64_t chunk) {
    const std::uint64_t low = chunk & kLowBits;
    const std::uint64_t control = ~(low + (0x80 - 0x20) * kByteOnes);
    const std::uint64_t quote = ~((low ^ ('"' * kByteOnes)) + kLowBits);
    const std::uint64_t backslash = ~((low ^ ('\\' * kByteOnes)) + kLowBits);
    return (control | quote | backslash) & ~chunk & kHighBits;
}

// Where the first byte of s from `from` on that needs an escape is, or s.size(). Eight bytes
// at a time: sentences are long and almost never hold one, and the byte loop was the largest
// cost of the JSON output.
std::size_t next_escape(std::string_view s, std::size_t from) {
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, s.data() + i, 8);
        if (const std::uint64_t hits = escape_bytes(chunk))
            return i + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
    }
    while (i < s.size() && !needs_escape(static_cast<unsigned char>(s[i]))) ++i;
    return i;
}

void append_escaped(std::string& out, unsigned char c) {
    switch (c) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: break;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out += "\\u00";
    out += hex[c >> 4];
    out += hex[c & 0xF];
}

// A few short pieces of output gathered on the stack and appended to the output string at
// once: each std::string append checks the capacity and calls memcpy, and a key with its
// separator, indentation and number took six of them.
class Chunk {
public:
    explicit Chunk(std::string& out) : out_(out) {}
    Chunk(const Chunk&) = delete;
    Chunk& operator=(const Chunk&) = delete;
    ~Chunk() { flush(); }

    void put(char c) { put(std::string_view(&c, 1)); }
    // Copied byte by byte: the pieces are a few bytes long, and a call to memcpy for each of
    // them cost more than the loop.
    void put(std::string_view s) {
        if (s.size() > sizeof buffer_ - size_) {
            flush();
            if (s.size() > sizeof buffer_) {
                out_.append(s);
                return;
            }
        }
        for (const char c : s) buffer_[size_++] = c;
    }
    // An indentation of up to 16 spaces is stored as 16 at once (two stores) and the cursor
    // moved by `count`: the bytes past it are overwritten by what comes next or never flushed.
    void put_spaces(std::size_t count) {
        static constexpr char spaces[] = "                ";
        constexpr std::size_t width = sizeof spaces - 1;
        if (count <= width && width <= sizeof buffer_ - size_) {
            std::memcpy(buffer_ + size_, spaces, width);
            size_ += count;
            return;
        }
        for (; count > width; count -= width) put(std::string_view(spaces, width));
        put(std::string_view(spaces, count));
    }
    void put_number(std::size_t n) {
        if (sizeof buffer_ - size_ < 20) flush();  // room for any 64-bit number
        const auto result = std::to_chars(buffer_ + size_, buffer_ + sizeof buffer_, n);
        size_ = static_cast<std::size_t>(result.ptr - buffer_);
    }
    void flush() {
        out_.append(buffer_, size_);
        size_ = 0;
    }

private:
    std::string& out_;
    char buffer_[64];
    std::size_t size_ = 0;
};

// Writes the members of one object, pretty or on one line, in the layout of a standard
// JSON pretty-printer (two spaces a level, "key": value, nested objects opened in place).
class ObjectWriter {
public:
    ObjectWriter(std::string& out, int depth) : out_(out), depth_(depth) { out_ += '{'; }
    ObjectWriter(const ObjectWriter&) = delete;
    ObjectWriter& operator=(const ObjectWriter&) = delete;

    void key(std::string_view name) {
        Chunk head(out_);
        put_key(head, name);
    }
    void string(std::string_view name, std::string_view value) {
        key(name);
        append_json_string(out_, value);
    }
    void number(std::string_view name, std::size_t value) {
        Chunk head(out_);
        put_key(head, name);
        head.put_number(value);
    }
    int child_depth() const { return depth_ >= 0 ? depth_ + 1 : -1; }
    void close() {
        Chunk tail(out_);
        if (depth_ >= 0 && members_ > 0) {
            tail.put('\n');
            tail.put_spaces(static_cast<std::size_t>(2 * depth_));
        }
        tail.put('}');
    }

private:
    std::string& out_;
    int depth_;
    int members_ = 0;

    // The separator, indentation and quoted key before a value (the keys are ours: nothing
    // to escape).
    void put_key(Chunk& head, std::string_view name) {
        if (members_++ > 0) head.put(',');
        if (depth_ >= 0) {
            head.put('\n');
            head.put_spaces(static_cast<std::size_t>(2 * (depth_ + 1)));
        }
        head.put('"');
        head.put(name);
        head.put(depth_ >= 0 ? std::string_view("\": ") : std::string_view("\":"));
    }
};

// Room for the output at once, so that a large article's output never moves: about the
// size of an expression's fields plus its sentence.
std::size_t estimated_size(const std::vector<Timex>& timexes, bool explain) {
    std::size_t size = 64;
    for (const Timex& t : timexes) size += 250 + t.sentence_end - t.sentence_begin + (explain ? 120 : 0);
    return size;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = next_escape(s, 0); i < s.size(); i = next_escape(s, run)) {
        out.append(s.data() + run, i - run);
        append_escaped(out, static_cast<unsigned char>(s[i]));
        run = i + 1;
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void append_timex_json(std::string& out, const Timex& t, std::string_view text, bool explain, int depth) {
    ObjectWriter o(out, depth);
    o.number("begin", t.begin);
    o.number("end", t.end);
    o.string("text", t.text);
    o.string("type", to_string(t.type));
    o.string("value", t.value);
    if (!t.mod.empty()) o.string("mod", t.mod);
    if (!t.quant.empty()) o.string("quant", t.quant);
    if (!t.freq.empty()) o.string("freq", t.freq);
    o.key("sentence");
    {
        ObjectWriter s(out, o.child_depth());
        s.number("begin", t.sentence_begin);
        s.number("end", t.sentence_end);
        s.string("text", text.substr(t.sentence_begin, t.sentence_end - t.sentence_begin));
        s.close();
    }
    if (explain) {
        o.key("explain");
        ObjectWriter e(out, o.child_depth());
        e.string("rule", t.rule);
        e.string("anchor", t.anchor);
        e.string("tense", t.tense);
        e.close();
    }
    o.close();
}

void TimexJsonWriter::begin(std::string& out, std::string_view file, std::string_view date) {
    if (layout_ == TimexJsonLayout::Lines) return;
    // The head of the pretty-printed root object, up to the expressions array's bracket;
    // finish() closes both.
    out += "{\n  \"file\": ";
    append_json_string(out, file);
    out += ",\n  \"date\": ";
    append_json_string(out, date);
    out += ",\n  \"expressions\": [";
}

void TimexJsonWriter::add(std::string& out, const Timex& timex) {
    if (layout_ == TimexJsonLayout::Lines) {
        append_timex_json(out, timex, text_, explain_, -1);
        out += '\n';
    } else {
        out += count_ == 0 ? "\n    " : ",\n    ";
        append_timex_json(out, timex, text_, explain_, 2);
    }
    ++count_;
}

void TimexJsonWriter::finish(std::string& out) {
    if (layout_ == TimexJsonLayout::Lines) return;
    out += count_ == 0 ? "]\n}\n" : "\n  ]\n}\n";
}

namespace {

std::string whole_output(TimexJsonLayout layout, std::string_view file, std::string_view date,
                         const std::vector<Timex>& timexes, std::string_view text, bool explain) {
    std::string out;
    out.reserve(estimated_size(timexes, explain));
    TimexJsonWriter writer(layout, text, explain);
    writer.begin(out, file, date);
    for (const Timex& t : timexes) writer.add(out, t);
    writer.finish(out);
    return out;
}

}  // namespace

std::string timexes_json(std::string_view file, std::string_view date, const std::vector<Timex>& timexes,
                         std::string_view text, bool explain) {
    return whole_output(TimexJsonLayout::Document, file, date, timexes, text, explain);
}

std::string timexes_jsonl(const std::vector<Timex>& timexes, std::string_view text, bool explain) {
    return whole_output(TimexJsonLayout::Lines, {}, {}, timexes, text, explain);
}

}  // namespace chronicle
