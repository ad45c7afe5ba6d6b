// The HTML page: one self-contained file (no network: the picture, the style and the script
// are inline) that a newsroom can put on the web as it is.
//  - The picture is the SVG the static file would hold, inline. With the default light theme
//    the page holds a dark picture too, and prefers-color-scheme picks one; print always
//    gets the light, static picture at its natural size.
//  - Zoom magnifies the whole picture uniformly, so every stretch of the axis stays linear
//    and every break keeps its label: the axis never lies at any zoom.
//  - Each event's mark is a Tab stop with an aria-label; hover or focus shows its details
//    (the whole label, the date, place, people and source sentence) from the events' data.
//  - The bytes depend only on the scene: no dates, no random ids.
#include "backends.hpp"
#include "theme.hpp"

#include <chronicle/version.hpp>

#include <fmt/format.h>

namespace chronicle::render {

namespace {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// A JSON string that is also safe inside <script>: "<" is written \u003c, so no "</script>"
// or "<!--" in a label can end the script early.
std::string script_json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '<': out += "\\u003c"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<int>(c));
                else out += c;
        }
    }
    return out + "\"";
}

std::string events_data(const Scene& scene) {
    std::string out = "[";
    for (std::size_t i = 0; i < scene.event_texts.size(); ++i) {
        const EventText& t = scene.event_texts[i];
        out += fmt::format("{}\n{{\"label\":{},\"date\":{},\"where\":{},\"who\":{},\"source\":{}}}", i ? "," : "",
                           script_json_string(t.label), script_json_string(t.date), script_json_string(t.where),
                           script_json_string(t.who), script_json_string(t.source));
    }
    return out + "\n]";
}

// The page's style. Colours come from the pictures' palettes so the page and the picture
// are one surface.
std::string page_style(const Palette& main, const Palette* dark) {
    std::string css = fmt::format(
        ":root{{--bg:{0};--fg:{1};--muted:{2};--accent:{3};color-scheme:{4}}}\n",
        css_color(main.background), css_color(main.text), css_color(main.muted), css_color(main.accent),
        dark ? "light dark" : "light");
    css += R"(body{margin:0;background:var(--bg);color:var(--fg);font:14px 'DejaVu Sans','Noto Sans',sans-serif}
.chronicle{position:relative;padding:8px}
.controls{display:flex;gap:6px;align-items:center;height:28px;margin:0 0 6px}
.controls button{font:inherit;min-width:2.2em;padding:2px 8px;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:4px;cursor:pointer}
.controls button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.controls .hint{color:var(--muted);font-size:12px}
.viewport{overflow:auto;max-width:100%;touch-action:pan-x pan-y;cursor:grab}
.viewport:focus-visible{outline:2px solid var(--accent)}
.viewport.dragging{cursor:grabbing}
.picture svg{display:block}
.picture.dark{display:none}
.picture [tabindex]{cursor:pointer}
.picture [tabindex]:focus{outline:none;stroke:var(--accent);stroke-width:3px}
.tooltip{position:absolute;z-index:2;max-width:360px;padding:8px 10px;background:var(--bg);color:var(--fg);border:1px solid var(--muted);border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);pointer-events:none;font-size:13px;line-height:1.35}
.tooltip[hidden]{display:none}
.tooltip .label{font-weight:bold}
.tooltip .date,.tooltip .place{color:var(--muted)}
.tooltip .source{margin-top:4px;font-style:italic}
@media print{.controls,.tooltip{display:none}.viewport{overflow:visible}.picture svg{width:100%!important;height:auto!important}}
)";
    // After the base rules, so that a dark system's choice of picture wins over them; print
    // (last) always gets the light picture.
    if (dark) {
        css += fmt::format(
            "@media (prefers-color-scheme: dark){{:root{{--bg:{0};--fg:{1};--muted:{2};--accent:{3}}}"
            ".picture.light{{display:none}}.picture.dark{{display:block}}}}\n",
            css_color(dark->background), css_color(dark->text), css_color(dark->muted), css_color(dark->accent));
    }
    css += fmt::format("@media print{{:root{{--bg:{};--fg:{}}}.picture.light{{display:block}}.picture.dark{{display:none}}}}\n",
                       css_color(main.background), css_color(main.text));
    return css;
}

// Hand-written, no library: zoom (buttons, keyboard, Ctrl+wheel or pinch anywhere, the wheel
// once the picture has focus), pan (drag, arrows, scroll bars), details on hover and focus.
constexpr std::string_view page_script = R"JS((function () {
  'use strict';
  var root = document.currentScript.parentNode;
  var viewport = root.querySelector('.viewport');
  var tip = root.querySelector('.tooltip');
  var level = root.querySelector('.zoom-level');
  var events = JSON.parse(root.querySelector('.chronicle-events').textContent);
  var svgs = Array.prototype.slice.call(viewport.querySelectorAll('svg'));
  var MIN = 1, MAX = 32, STEP = 1.5;
  var zoom = 1;

  function visibleSvg() {
    for (var i = 0; i < svgs.length; i++) if (svgs[i].getClientRects().length) return svgs[i];
    return svgs[0];
  }
  // Zooms to z keeping the picture point under viewport x (default: the middle) in place.
  function setZoom(z, anchorX, anchorY) {
    z = Math.max(MIN, Math.min(MAX, z));
    var r = viewport.getBoundingClientRect();
    var ax = anchorX === undefined ? r.width / 2 : anchorX;
    var ay = anchorY === undefined ? 0 : anchorY;
    var px = (viewport.scrollLeft + ax) / zoom, py = (viewport.scrollTop + ay) / zoom;
    zoom = z;
    svgs.forEach(function (svg) {
      svg.style.width = (svg.width.baseVal.value * zoom) + 'px';
      svg.style.height = (svg.height.baseVal.value * zoom) + 'px';
    });
    viewport.scrollLeft = px * zoom - ax;
    viewport.scrollTop = py * zoom - ay;
    level.textContent = Math.round(zoom * 100) + '%';
    root.setAttribute('data-zoom', String(zoom));
  }
  root.querySelector('[data-zoom-step="in"]').addEventListener('click', function () { setZoom(zoom * STEP); });
  root.querySelector('[data-zoom-step="out"]').addEventListener('click', function () { setZoom(zoom / STEP); });
  root.querySelector('[data-zoom-step="reset"]').addEventListener('click', function () { setZoom(1); });

  viewport.addEventListener('wheel', function (e) {
    var focused = viewport.contains(document.activeElement);
    if (!(e.ctrlKey || e.metaKey || focused) || Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) return;
    e.preventDefault();
    var r = viewport.getBoundingClientRect();
    setZoom(zoom * Math.exp(-e.deltaY * 0.002), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });

  // Drag to pan; two fingers pinch to zoom.
  var pointers = {}, pinch = null, drag = null;
  function count() { return Object.keys(pointers).length; }
  function spread() {
    var p = Object.keys(pointers).map(function (k) { return pointers[k]; });
    return { d: Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y), x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 };
  }
  viewport.addEventListener('pointerdown', function (e) {
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    if (count() === 2) { pinch = { start: spread(), zoom: zoom }; drag = null; }
    else if (count() === 1 && e.button === 0) drag = { x: e.clientX, y: e.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
  });
  viewport.addEventListener('pointermove', function (e) {
    if (!(e.pointerId in pointers)) return;
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    if (pinch && count() === 2) {
      var s = spread(), r = viewport.getBoundingClientRect();
      if (pinch.start.d > 0) setZoom(pinch.zoom * s.d / pinch.start.d, s.x - r.left, s.y - r.top);
    } else if (drag) {
      if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) viewport.classList.add('dragging');
      viewport.scrollLeft = drag.left - (e.clientX - drag.x);
      viewport.scrollTop = drag.top - (e.clientY - drag.y);
    }
  });
  function release(e) {
    delete pointers[e.pointerId];
    if (count() < 2) pinch = null;
    if (count() === 0) { drag = null; viewport.classList.remove('dragging'); }
  }
  viewport.addEventListener('pointerup', release);
  viewport.addEventListener('pointercancel', release);

  // Marks along the time axis (left to right, or top to bottom on a vertical axis and in an
  // itinerary); document order is drawing order, which is not time order.
  function inReadingOrder(list) {
    var across = root.getAttribute('data-axis') === 'horizontal';
    return Array.prototype.slice.call(list).map(function (el) {
      var b = el.getBoundingClientRect();
      return { el: el, a: across ? b.left + b.width / 2 : b.top, b: across ? b.top : b.left };
    }).sort(function (p, q) { return p.a - q.a || p.b - q.b; }).map(function (p) { return p.el; });
  }
  // Keys: + and - zoom, 0 resets, arrows pan the picture; on an event, arrows go to the
  // previous or next event along the axis, Escape hides the details.
  viewport.addEventListener('keydown', function (e) {
    var k = e.key, mark = e.target.getAttribute && e.target.getAttribute('data-event') !== null;
    if (k === '+' || k === '=') setZoom(zoom * STEP);
    else if (k === '-' || k === '_') setZoom(zoom / STEP);
    else if (k === '0') setZoom(1);
    else if (k === 'Escape') hide();
    else if (mark && (k === 'ArrowRight' || k === 'ArrowLeft' || k === 'ArrowDown' || k === 'ArrowUp')) {
      var marks = inReadingOrder(visibleSvg().querySelectorAll('[tabindex]'));
      var i = marks.indexOf(e.target) + (k === 'ArrowRight' || k === 'ArrowDown' ? 1 : -1);
      if (i >= 0 && i < marks.length) marks[i].focus();
    } else if (k === 'ArrowRight' || k === 'ArrowLeft') viewport.scrollLeft += (k === 'ArrowRight' ? 1 : -1) * viewport.clientWidth / 5;
    else if (k === 'ArrowDown' || k === 'ArrowUp') viewport.scrollTop += (k === 'ArrowDown' ? 1 : -1) * viewport.clientHeight / 5;
    else return;
    e.preventDefault();
  });

  function line(cls, text) {
    var div = document.createElement('div');
    div.className = cls;
    div.textContent = text;
    tip.appendChild(div);
  }
  function show(el) {
    var ev = events[+el.getAttribute('data-event')];
    if (!ev) return;
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    line('label', ev.label);
    line('date', ev.date);
    if (ev.where) line('place', ev.where);
    if (ev.who) line('who', ev.who);
    if (ev.source && ev.source !== ev.label) line('source', ev.source);
    tip.hidden = false;
    var box = el.getBoundingClientRect(), page = root.getBoundingClientRect();
    var x = box.left - page.left + box.width / 2 - tip.offsetWidth / 2;
    x = Math.max(0, Math.min(x, root.clientWidth - tip.offsetWidth));
    var y = box.bottom - page.top + 8;
    if (box.bottom + tip.offsetHeight + 8 > window.innerHeight && box.top - page.top > tip.offsetHeight + 8)
      y = box.top - page.top - tip.offsetHeight - 8;
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
    root.setAttribute('data-shown', el.getAttribute('data-event'));
  }
  function hide() { tip.hidden = true; root.removeAttribute('data-shown'); }
  function eventOf(t) { return t && t.closest ? t.closest('[data-event]') : null; }
  viewport.addEventListener('mouseover', function (e) { var el = eventOf(e.target); if (el) show(el); });
  viewport.addEventListener('mouseout', function (e) { if (eventOf(e.target) && !eventOf(e.relatedTarget)) hide(); });
  viewport.addEventListener('focusin', function (e) { var el = eventOf(e.target); if (el) show(el); else hide(); });
  viewport.addEventListener('focusout', hide);
  viewport.addEventListener('scroll', hide);
})();
)JS";

}  // namespace

std::string write_html(const Scene& main, Theme main_theme, const Scene* dark, std::string_view lang) {
    std::string out;
    out.reserve(8192 + main.items.size() * (dark ? 440 : 220));
    out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", html_escape(lang));
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<meta name=\"generator\" content=\"Chronicle {}\">\n", version());
    out += "<title>" + html_escape(main.title.empty() ? "Timeline" : main.title) + "</title>\n";
    out += "<style>\n" + page_style(palette_for(main_theme), dark ? &palette_for(Theme::Dark) : nullptr) +
           "</style>\n</head>\n<body>\n";
    out += fmt::format("<main class=\"chronicle\" data-axis=\"{}\">\n",
                       !main.axis.empty() && !main.axis_vertical ? "horizontal" : "vertical");
    out += "<div class=\"controls\" role=\"toolbar\" aria-label=\"Zoom\">"
           "<button type=\"button\" data-zoom-step=\"in\" aria-label=\"Zoom in\">+</button>"
           "<button type=\"button\" data-zoom-step=\"out\" aria-label=\"Zoom out\">\u2212</button>"
           "<button type=\"button\" data-zoom-step=\"reset\">Reset</button>"
           "<span class=\"zoom-level\" aria-live=\"polite\">100%</span>"
           "<span class=\"hint\">Ctrl + wheel or pinch to zoom, drag to pan, Tab through the events</span></div>\n";
    out += "<div class=\"viewport\" tabindex=\"0\" aria-label=\"Timeline picture: + and - zoom, arrows pan, 0 "
           "resets\">\n";
    out += "<div class=\"picture light\">\n" + write_svg(main, {true, "light-"}) + "</div>\n";
    if (dark) out += "<div class=\"picture dark\">\n" + write_svg(*dark, {true, "dark-"}) + "</div>\n";
    out += "</div>\n<div class=\"tooltip\" role=\"tooltip\" hidden></div>\n";
    out += "<script type=\"application/json\" class=\"chronicle-events\">" + events_data(main) + "</script>\n";
    out += "<script>\n" + std::string(page_script) + "</script>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace chronicle::render
