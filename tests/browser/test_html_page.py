#!/usr/bin/env python3
"""The HTML page in a real browser (headless Chromium), standard library only.

    test_html_page.py CHRONICLE_CLI SOURCE_DIR WORK_DIR

1. `chronicle draw` writes a page, the static PNG and the layout JSON of one of the
   project's articles; the page's bytes are the same on a second run.
2. A copy of the page with a probe script appended opens in Chromium (--dump-dom): the probe
   counts the events' Tab stops and their aria-labels, zooms with Ctrl+wheel and with the
   "+" key, resets with "0", focuses an event (its details must show its whole label) and
   moves to the next with the right arrow, then writes what it saw into the DOM.
3. A screenshot of the unmodified page is compared with the static PNG at every event
   marker of the layout: the browser must draw each marker where, and in the colour that,
   the static picture does (the same events visible).
4. The page embeds its font: screenshotted again with DejaVu hidden from fontconfig, the
   picture is the same pixels; a page written with --no-embed-font is not (so the check
   can fail).
Every browser run is bounded (BROWSER_TIMEOUT seconds); a missing Chromium is a failure
with the install hint, not a skip, because CI installs it (scripts/install-deps.sh).
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

BROWSER_TIMEOUT = 90
ARTICLE = "tests/data/articles/state-visit.txt"
ARTICLE_DATE = "2024-06-11"


def fail(message):
    print(f"test_html_page: FAIL: {message}")
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print(f"test_html_page: ok: {message}")


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    fail("no Chromium on PATH (Debian: apt install chromium; scripts/install-deps.sh does it)")


def run_browser(args, profile, env=None):
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--hide-scrollbars", "--force-device-scale-factor=1", f"--user-data-dir={profile}"] + args
    try:
        done = subprocess.run(command, capture_output=True, timeout=BROWSER_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        fail(f"Chromium did not finish within {BROWSER_TIMEOUT} s: {' '.join(command)}")
    if done.returncode != 0:
        fail(f"Chromium exited {done.returncode}: {done.stderr.decode(errors='replace')[-400:]}")
    return done.stdout.decode("utf-8", errors="replace")


def read_png(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace or color not in (0, 2, 4, 6):
                fail(f"{path}: PNG kind not read here (depth {depth}, colour {color}, interlace {interlace})")
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[color]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + 3]) if channels >= 3 else (line[x],) * 3
                     for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


PROBE = r"""
<script>
(function () {
  var out = {};
  var root = document.querySelector('.chronicle');
  var viewport = root.querySelector('.viewport');
  var light = root.querySelector('.picture.light svg');
  var visible = Array.prototype.filter.call(root.querySelectorAll('.picture svg'),
      function (s) { return s.getClientRects().length > 0; });
  out.visible = visible.map(function (s) { return s.parentNode.className; });
  var marks = light.querySelectorAll('[tabindex][data-event]');
  out.marks = marks.length;
  out.events = JSON.parse(root.querySelector('.chronicle-events').textContent).length;
  out.aria = Array.prototype.map.call(marks, function (m) { return m.getAttribute('aria-label'); });
  var box = light.getBoundingClientRect();
  out.svg = { left: box.left + window.scrollX, top: box.top + window.scrollY, width: box.width, height: box.height };
  function zoom() { return +(root.getAttribute('data-zoom') || 1); }
  function key(target, k) {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  }
  viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, clientX: box.left + 300,
      clientY: box.top + 100, bubbles: true, cancelable: true }));
  out.zoom_wheel = zoom();
  out.width_wheel = light.getBoundingClientRect().width;
  key(viewport, '0');
  out.zoom_reset = zoom();
  key(viewport, '+');
  out.zoom_key = zoom();
  key(viewport, '0');
  var tip = root.querySelector('.tooltip');
  marks[2].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  out.hover_text = tip.hidden ? '' : tip.textContent;
  out.hover_label = JSON.parse(root.querySelector('.chronicle-events').textContent)[+marks[2].getAttribute('data-event')].label;
  marks[2].dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
  out.hover_hidden_after = tip.hidden;
  marks[0].focus();
  // A headless window that has no system focus moves document.activeElement without firing
  // focus events; give the page the event a focused window would get.
  out.window_focused = document.hasFocus();
  if (!out.window_focused) marks[0].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  out.tip_hidden = tip.hidden;
  out.tip_text = tip.textContent;
  out.label0 = JSON.parse(root.querySelector('.chronicle-events').textContent)[+marks[0].getAttribute('data-event')].label;
  // The right arrow goes to the next event along the axis: the nearest mark to the right.
  var x0 = marks[0].getBoundingClientRect().left;
  var right = Array.prototype.filter.call(marks, function (m) { return m.getBoundingClientRect().left > x0 + 0.5; });
  right.sort(function (p, q) { return p.getBoundingClientRect().left - q.getBoundingClientRect().left; });
  key(marks[0], 'ArrowRight');
  out.next_focused = right.length > 0 && document.activeElement.getBoundingClientRect().left <= right[0].getBoundingClientRect().left + 0.5
      && document.activeElement.getBoundingClientRect().left > x0;
  var pre = document.createElement('pre');
  pre.id = 'probe-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def main():
    cli, source, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    article = os.path.join(source, ARTICLE)
    page = os.path.join(work, "page.html")
    again = os.path.join(work, "page-again.html")
    static = os.path.join(work, "static.png")
    layout = os.path.join(work, "layout.json")
    for out, extra in ((page, ["--layout-json", layout]), (again, []), (static, [])):
        subprocess.run([cli, "draw", article, "--date", ARTICLE_DATE, "-o", out] + extra, check=True,
                       timeout=60, capture_output=True)
    with open(page, "rb") as f:
        html = f.read()
    with open(again, "rb") as f:
        check(f.read() == html, "the page's bytes are the same on a second run")
    text = html.decode("utf-8")
    check("http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text,
          "the page loads nothing from the network")
    with open(layout) as f:
        scene = json.load(f)
    drawn_events = sorted({item["event"] for item in scene["items"] if "event" in item})

    with tempfile.TemporaryDirectory() as profile:
        probe_page = os.path.join(work, "probe.html")
        with open(probe_page, "w", encoding="utf-8") as f:
            f.write(text.replace("</body>", PROBE + "</body>"))
        dom = run_browser(["--dump-dom", "file://" + probe_page], profile)
        start = dom.find('<pre id="probe-result">')
        if start < 0:
            fail("the probe script did not run (no result in the DOM): " + dom[-300:])
        raw = dom[start + len('<pre id="probe-result">'):dom.find("</pre>", start)]
        seen = json.loads(raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))
        print("test_html_page: probe:", json.dumps({k: v for k, v in seen.items() if k != "aria"}))
        check(seen["visible"] == ["picture light"], "a light system shows the light picture only")
        check(seen["marks"] == len(drawn_events), f"one Tab stop per drawn event ({seen['marks']} of {len(drawn_events)})")
        check(all(a and any(str(y) in a for y in range(2010, 2030)) for a in seen["aria"]),
              "every mark has an aria-label with its date")
        check(seen["hover_label"] in seen["hover_text"] and seen["hover_hidden_after"],
              "hovering an event shows its details, leaving hides them")
        check(seen["zoom_wheel"] > 1.1 and seen["width_wheel"] > seen["svg"]["width"] * 1.1,
              f"Ctrl+wheel zooms in (zoom {seen['zoom_wheel']:.2f})")
        check(seen["zoom_reset"] == 1, "the 0 key resets the zoom")
        check(abs(seen["zoom_key"] - 1.5) < 1e-9, "the + key zooms in one step")
        check(not seen["tip_hidden"] and seen["label0"] in seen["tip_text"],
              "focusing an event shows its whole label in the details")
        check(seen["next_focused"], "the right arrow moves to the next event along the axis")

        # Blink's preferredColorScheme 0 is dark: what a reader whose system is dark gets.
        dark = run_browser(["--blink-settings=preferredColorScheme=0", "--dump-dom", "file://" + probe_page], profile)
        check('"visible":["picture dark"]' in dark.replace("&quot;", '"'), "a dark system shows the dark picture")

        left, top = round(seen["svg"]["left"]), round(seen["svg"]["top"])
        shot = os.path.join(work, "screenshot.png")
        size = f"{left + int(scene['width']) + 20},{top + int(scene['height']) + 20}"
        run_browser([f"--window-size={size}", f"--screenshot={shot}", "file://" + page], profile)

        # The system's fontconfig with DejaVu rejected: a machine without the font.
        fonts_conf = os.path.join(work, "fonts-without-dejavu.conf")
        with open(fonts_conf, "w") as f:
            f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                    '  <include ignore_missing="no">/etc/fonts/fonts.conf</include>\n'
                    '  <selectfont><rejectfont><glob>*/dejavu/*</glob></rejectfont></selectfont>\n</fontconfig>\n')
        no_dejavu = dict(os.environ, FONTCONFIG_FILE=fonts_conf)
        plain = os.path.join(work, "page-no-embed.html")
        subprocess.run([cli, "draw", article, "--date", ARTICLE_DATE, "-o", plain, "--no-embed-font"], check=True,
                       timeout=60, capture_output=True)
        shots = {}
        for name, target, env in (("embedded", page, no_dejavu), ("plain", plain, no_dejavu), ("plain-fonts", plain, None)):
            shots[name] = os.path.join(work, f"screenshot-{name}.png")
            with tempfile.TemporaryDirectory() as other_profile:
                run_browser([f"--window-size={size}", f"--screenshot={shots[name]}", "file://" + target],
                            other_profile, env)

    _, _, shot_rows = read_png(shot)
    _, _, png_rows = read_png(static)
    markers = [item for item in scene["items"] if item["kind"].startswith("marker") and "event" in item]
    check(len(markers) >= 5, f"the layout has markers to compare ({len(markers)})")
    background = png_rows[0][0]
    agree, coloured = 0, 0
    for m in markers:
        x, y = int(m["x"] + m["w"] / 2), int(m["y"] + m["h"] / 2)
        want, got = png_rows[y][x], shot_rows[top + y][left + x]
        coloured += sum(abs(a - b) for a, b in zip(want, background)) > 60
        agree += sum(abs(a - b) for a, b in zip(want, got)) <= 60
    check(coloured >= len(markers) // 2, f"markers are not background pixels ({coloured} of {len(markers)})")
    check(agree == len(markers), f"the browser draws every marker where the PNG does ({agree} of {len(markers)})")

    def differing(a, b):
        rows_a, rows_b = read_png(a)[2], read_png(b)[2]
        box = range(top, top + int(scene["height"])), range(left, left + int(scene["width"]))
        return sum(rows_a[y][x] != rows_b[y][x] for y in box[0] for x in box[1]) / (len(box[0]) * len(box[1]))

    embedded = differing(shot, shots["embedded"])
    check(embedded < 0.001, f"without DejaVu installed the page looks the same ({embedded:.4%} of pixels differ)")
    plain = differing(shots["plain-fonts"], shots["plain"])
    check(plain > 0.01, f"without the embedded font it would not ({plain:.2%} of pixels differ)")


if __name__ == "__main__":
    main()
