// The cairo back-end: PNG and PDF from the same scene, text through pango.
#include "backends.hpp"
#include "pango_text.hpp"

#include <chronicle/error.hpp>

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace chronicle::render {

namespace {

constexpr double cairo_limit = 32767;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void set_color(cairo_t* cr, const Color& c) {
    cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a);
}

void rounded_rect(cairo_t* cr, const Box& b, double radius) {
    const double r = std::min(radius, std::min(b.w, b.h) / 2);
    if (r <= 0) {
        cairo_rectangle(cr, b.x, b.y, b.w, b.h);
        return;
    }
    cairo_new_sub_path(cr);
    cairo_arc(cr, b.x + b.w - r, b.y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, b.x + b.w - r, b.y + b.h - r, r, 0, M_PI / 2);
    cairo_arc(cr, b.x + r, b.y + b.h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, b.x + r, b.y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

void fill_and_stroke(cairo_t* cr, const Item& item) {
    if (item.filled) {
        set_color(cr, item.fill);
        if (item.stroked) cairo_fill_preserve(cr);
        else cairo_fill(cr);
    }
    if (item.stroked) {
        set_color(cr, item.stroke);
        cairo_set_line_width(cr, item.stroke_width);
        const double dash[] = {3, 2};
        cairo_set_dash(cr, dash, item.dashed ? 2 : 0, 0);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
    }
    cairo_new_path(cr);
}

void draw_item(cairo_t* cr, PangoText& text, const Item& item) {
    switch (item.shape) {
        case Shape::Rect:
            rounded_rect(cr, item.box, item.radius);
            fill_and_stroke(cr, item);
            break;
        case Shape::Circle:
            cairo_new_sub_path(cr);
            cairo_arc(cr, item.box.x + item.box.w / 2, item.box.y + item.box.h / 2, item.radius, 0, 2 * M_PI);
            fill_and_stroke(cr, item);
            break;
        case Shape::Line:
        case Shape::Polyline:
            for (std::size_t i = 0; i + 1 < item.points.size(); i += 2) {
                if (i == 0) cairo_move_to(cr, item.points[i], item.points[i + 1]);
                else cairo_line_to(cr, item.points[i], item.points[i + 1]);
            }
            fill_and_stroke(cr, item);
            break;
        case Shape::Text:
            if (item.filled) {
                rounded_rect(cr, item.box, item.radius);
                set_color(cr, item.fill);
                cairo_fill(cr);
            }
            for (const auto& run : item.runs) {
                const FontSpec font{run.size, run.bold, run.italic};
                const double w = text.width(run.text, font);
                const double left = run.anchor == Anchor::Start ? run.x : run.anchor == Anchor::Middle ? run.x - w / 2 : run.x - w;
                set_color(cr, run.color);
                text.draw(cr, run.text, font, left, run.baseline);
            }
            break;
    }
}

void draw_scene(cairo_t* cr, const Scene& scene) {
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    if (!scene.transparent) {
        set_color(cr, scene.background);
        cairo_paint(cr);
    }
    PangoText text(scene.font_family);
    for (const auto& item : scene.items) draw_item(cr, text, item);
}

}  // namespace

double png_scale(const Scene& scene, double requested) {
    double scale = std::isfinite(requested) && requested > 0 ? requested : 1.0;
    scale = std::min(scale, (cairo_limit - 1) / std::max(1.0, scene.width));
    scale = std::min(scale, (cairo_limit - 1) / std::max(1.0, scene.height));
    return scale;
}

std::string write_png(const Scene& scene, double requested_scale) {
    const double scale = png_scale(scene, requested_scale);
    const int w = static_cast<int>(std::ceil(scene.width * scale));
    const int h = static_cast<int>(std::ceil(scene.height * scale));
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, std::max(1, w), std::max(1, h));
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        throw Error("cannot create a PNG image of this size");
    }
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    draw_scene(cr, scene);
    cairo_destroy(cr);
    std::string bytes;
    const cairo_status_t status = cairo_surface_write_to_png_stream(surface, append_to_string, &bytes);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) throw Error("cannot encode the PNG image");
    return bytes;
}

std::string write_pdf(const Scene& scene) {
    std::string bytes;
    // PDF points are 1/72 in, CSS pixels 1/96 in.
    const double points = 72.0 / 96.0;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &bytes,
                                                                    scene.width * points, scene.height * points);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        throw Error("cannot create a PDF document");
    }
    // Fixed dates so that the same input gives the same bytes.
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Chronicle");
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, points, points);
    draw_scene(cr, scene);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) throw Error("cannot write the PDF document");
    return bytes;
}

}  // namespace chronicle::render
