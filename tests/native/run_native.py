#!/usr/bin/env python3
"""run_native.py — runs the native app under Xvfb for one complete frame of the default
pack, then checks the screenshot it saved is a real picture (not blank) and keeps it as
a PNG artefact. Also checks a broken pack path gives a clear error on screen and stderr.

usage: run_native.py --app build/native-debug/accord --out build/native-debug/artefacts
"""
import argparse
import collections
import os
import shutil
import signal
import struct
import subprocess
import sys


def read_bmp(path):
    """Returns (width, height, rows of (r, g, b)) for the 32-bit BMP SDL_SaveBMP writes."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] != b"BM":
        raise ValueError(f"{path}: not a BMP file")
    offset = struct.unpack_from("<I", data, 10)[0]
    width, height = struct.unpack_from("<ii", data, 18)
    bpp = struct.unpack_from("<H", data, 28)[0]
    if bpp not in (24, 32):
        raise ValueError(f"{path}: {bpp} bits per pixel not supported")
    step = bpp // 8
    stride = (width * step + 3) & ~3
    rows = []
    for y in range(abs(height)):
        row_start = offset + y * stride
        row = [tuple(data[row_start + x * step + 2 - c] for c in range(3)) for x in range(width)]
        rows.append(row)
    if height > 0:
        rows.reverse()  # bottom-up BMP
    return width, abs(height), rows


def stats(rows):
    counts = collections.Counter(px for row in rows for px in row)
    background, n = counts.most_common(1)[0]
    total = sum(counts.values())
    quantised = {(r >> 3, g >> 3, b >> 3) for (r, g, b) in counts}
    return background, 1 - n / total, len(quantised)


def run(app, args, out_dir, name, timeout=60):
    bmp = os.path.join(out_dir, name + ".bmp")
    if os.path.exists(bmp):
        os.remove(bmp)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", app, "--screenshot", bmp,
           "--exit-after-frames", "2"] + args
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return proc, bmp


def check_reload(app, out_dir):
    """The app reloads its pack when the file changes (an editor saving it)."""
    import tempfile
    import threading
    import time
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.TemporaryDirectory() as tmp:
        pack = os.path.join(tmp, "pack.json")
        with open(os.path.join(root, "tests/fixtures/valid/minimal.json"), encoding="utf-8") as f:
            original = f.read()
        with open(pack, "w", encoding="utf-8") as f:
            f.write(original)
        shot = os.path.join(tmp, "first.bmp")
        proc = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1000x800x24", app, "--size", "800x600",
                                 "--place", "#item=day-30", "--screenshot", shot, pack],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)  # its own group: xvfb-run does not pass SIGTERM on
        lines = []
        threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()
        try:
            deadline = time.time() + 20
            while not os.path.exists(shot) and time.time() < deadline:
                time.sleep(0.1)
            if not os.path.exists(shot):
                return ["the reload check never drew its first frame"]
            time.sleep(1.1)  # a different modification time on any file system
            with open(pack, "w", encoding="utf-8") as f:
                f.write(original.replace('"A minimal pack"', '"An edited pack"'))
            while not any("reloaded" in line for line in lines) and time.time() < deadline:
                time.sleep(0.1)
            time.sleep(0.3)
            with open(pack, "w", encoding="utf-8") as f:
                f.write(original[: len(original) // 2])  # a save that breaks the file
            while sum("reloaded" in line for line in lines) < 2 and time.time() < deadline:
                time.sleep(0.1)
        finally:
            # The whole group: terminating xvfb-run alone left the app and its Xvfb running.
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        reloads = [line.strip() for line in lines if "reloaded" in line]
        print("reload log:", reloads)
        # The edit keeps day-30, so its selection survives the reload.
        if len(reloads) < 2 or '(ready, selected "day-30")' not in reloads[0] or "(error" not in reloads[1]:
            return [f"the app did not reload its edited pack as expected: {reloads}"]
        if not any("not valid JSON" in line for line in lines):
            return ["a broken save did not report where the JSON is broken"]
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--out", required=True)
    opts = parser.parse_args()
    os.makedirs(opts.out, exist_ok=True)
    failures = []

    proc, bmp = run(opts.app, ["--size", "1280x800"], opts.out, "native-1280x800")
    if proc.returncode != 0 or not os.path.exists(bmp):
        print(proc.stdout, proc.stderr, sep="\n")
        sys.exit(f"FAIL: the app exited with {proc.returncode} and no screenshot")
    width, height, rows = read_bmp(bmp)
    background, ink, colours = stats(rows)
    print(f"native default pack: {width}x{height}, background {background}, "
          f"{ink:.1%} non-background pixels, {colours} colours")
    if (width, height) != (1280, 800):
        failures.append(f"screenshot is {width}x{height}, expected 1280x800")
    if background != (255, 255, 255):
        failures.append(f"background is {background}, expected white (light theme)")
    if ink < 0.03 or colours < 12:
        failures.append("the frame looks blank")
    # The title is drawn in near-black at the top-left: dark pixels in the header band.
    header_dark = sum(1 for row in rows[40:130] for (r, g, b) in row[24:900] if r + g + b < 150)
    if header_dark < 500:
        failures.append(f"no dark title text in the header band ({header_dark} dark pixels)")

    proc, bmp = run(opts.app, ["--size", "800x600", "/nonexistent/pack.json"], opts.out, "native-missing-pack")
    print("missing pack stderr:", proc.stderr.strip().splitlines()[-1:] if proc.stderr else "(none)")
    if "/nonexistent/pack.json" not in proc.stderr or "No such file" not in proc.stderr:
        failures.append("a missing pack did not produce a clear error on stderr")
    if os.path.exists(bmp):
        _, _, rows = read_bmp(bmp)
        reddish = sum(1 for row in rows for (r, g, b) in row if r > 150 and g < 80 and b < 80)
        if reddish < 50:
            failures.append("the missing-pack screen shows no error colour")
    else:
        failures.append("no screenshot of the missing-pack screen")

    failures += check_reload(opts.app, opts.out)

    if shutil.which("convert"):
        for name in ("native-1280x800", "native-missing-pack"):
            src = os.path.join(opts.out, name + ".bmp")
            if os.path.exists(src):
                subprocess.run(["convert", src, os.path.join(opts.out, name + ".png")], check=False)
    if failures:
        sys.exit("FAIL: " + "; ".join(failures))
    print("PASS")


if __name__ == "__main__":
    main()
