// Fonts inside the SVG (--embed-font; always in the HTML page): the faces of the picture's
// font family that its text uses (regular, bold, italic, bold italic), each cut down by
// HarfBuzz to the characters drawn and written as a @font-face data URI. A machine without
// the font then shows the same letters with the same widths as the PNG. The subset of a
// given font file and text is always the same bytes, so output stays deterministic.
// Characters the family lacks are left to the fallback fonts of the font-family list.
#include "font_embed.hpp"

#include <chronicle/error.hpp>

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <hb-subset.h>

#include <array>
#include <map>
#include <set>

namespace chronicle::render {

namespace {

// Decodes UTF-8 (the scene's text is valid UTF-8: the layout cleans it).
void add_codepoints(std::string_view text, std::set<std::uint32_t>& out) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = c;
        std::size_t n = 1;
        if (c >= 0xF0) { cp = c & 0x07u; n = 4; }
        else if (c >= 0xE0) { cp = c & 0x0Fu; n = 3; }
        else if (c >= 0xC0) { cp = c & 0x1Fu; n = 2; }
        for (std::size_t k = 1; k < n && i + k < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        out.insert(cp);
        i += n;
    }
}

struct FaceFile {
    std::string path;
    int index = 0;
};

// The file fontconfig (and so pango) draws `family` in this weight and slant with.
FaceFile face_file(const std::string& family, bool bold, bool italic) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    FaceFile out;
    if (match != nullptr) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) out.path = reinterpret_cast<const char*>(file);
        FcPatternGetInteger(match, FC_INDEX, 0, &out.index);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return out;
}

// The face cut down to `codepoints`, as font file bytes; empty when it cannot be read.
std::string subset(const FaceFile& file, const std::set<std::uint32_t>& codepoints) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.path.c_str());
    if (blob == nullptr) return {};
    hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(file.index));
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    std::string bytes;
    if (input != nullptr) {
        hb_set_t* unicodes = hb_subset_input_unicode_set(input);
        for (const std::uint32_t cp : codepoints) hb_set_add(unicodes, cp);
        // Hinting is for small sizes on low-resolution screens; browsers scale outlines.
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
        if (hb_face_t* cut = hb_subset_or_fail(face, input)) {
            hb_blob_t* out = hb_face_reference_blob(cut);
            unsigned length = 0;
            const char* data = hb_blob_get_data(out, &length);
            bytes.assign(data, length);
            hb_blob_destroy(out);
            hb_face_destroy(cut);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return bytes;
}

std::string base64(std::string_view bytes) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t a = static_cast<unsigned char>(bytes[i]);
        const std::uint32_t b = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        const std::uint32_t c = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0;
        const std::uint32_t triple = (a << 16) | (b << 8) | c;
        out += alphabet[(triple >> 18) & 63];
        out += alphabet[(triple >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(triple >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? alphabet[triple & 63] : '=';
    }
    return out;
}

}  // namespace

std::string embedded_family_name(const std::string& family) {
    // Quotes and markup characters are dropped, as in the SVG's font-family list.
    std::string clean;
    for (const char c : family)
        if (c != '\'' && c != '"' && c != ';' && c != '<' && c != '>' && c != '&' && c != '{' && c != '}') clean += c;
    return clean + " (embedded)";
}

std::vector<std::string> embedded_font_rules(const Scene& scene, const std::string& family) {
    // Characters per face: bold and italic runs are drawn with other files.
    std::map<std::pair<bool, bool>, std::set<std::uint32_t>> used;
    for (const Item& item : scene.items)
        for (const TextRun& run : item.runs) add_codepoints(run.text, used[{run.bold, run.italic}]);
    std::vector<std::string> rules;
    for (const auto& [style, codepoints] : used) {
        const auto [bold, italic] = style;
        const FaceFile file = face_file(family, bold, italic);
        if (file.path.empty()) continue;
        const std::string bytes = subset(file, codepoints);
        if (bytes.empty()) continue;
        rules.push_back(fmt::format("@font-face{{font-family:'{}';font-weight:{};font-style:{};"
                                    "src:url(data:font/ttf;base64,{}) format('truetype')}}",
                                    embedded_family_name(family), bold ? "bold" : "normal",
                                    italic ? "italic" : "normal", base64(bytes)));
    }
    return rules;
}

}  // namespace chronicle::render
