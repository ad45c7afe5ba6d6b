#!/usr/bin/env python3
"""Screenshot of Chronicle's HTML page with one event's details open (for docs/).

    scripts/page_screenshot.py PAGE.html OUT.png [EVENT_MARK_INDEX] [--dark]

The page is copied with one line of script that focuses the event's mark (Tab order
index, default 0) so that the details card shows, then headless Chromium takes the picture.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    dark = "--dark" in sys.argv
    page, out = args[0], args[1]
    mark = int(args[2]) if len(args) > 2 else 0
    with open(page, encoding="utf-8") as f:
        html = f.read()
    focus = ("<script>document.querySelectorAll('.picture svg')[%d].querySelectorAll('[tabindex]')[%d].focus();"
             "</script>" % (1 if dark else 0, mark))
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "page.html")
        with open(copy, "w", encoding="utf-8") as f:
            f.write(html.replace("</body>", focus + "</body>"))
        command = [shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                   "--hide-scrollbars", "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile",
                   "--window-size=1230,900", f"--screenshot={os.path.abspath(out)}", "file://" + copy]
        if dark:
            command.insert(1, "--blink-settings=preferredColorScheme=0")
        subprocess.run(command, check=True, timeout=90, capture_output=True)


if __name__ == "__main__":
    main()
