#!/usr/bin/env python3
"""Bytes per action and key-to-settled time of a TUI over a slow link.

Runs a program in a pseudo-terminal and plays the terminal at the far end
of a throttled link: keys go up and the program's output comes down through
scripts/slow-link.py's Direction (64 kbit/s and +300 ms each way by
default), so a key reaches the program 300 ms after it is pressed and the
screen it causes reaches the terminal at the link's rate, 300 ms after it
was written. The link buffers what it cannot carry yet (as slow-link.py
does), so a program is never held up writing.

    scripts/link-measure.py --app kumban -- \\
        target/release/kumban --db /tmp/m17/db --today 2026-11-30
    scripts/link-measure.py --app visidata -- \\
        vd /tmp/m17/csv/households.csv /tmp/m17/csv/income.csv

--app picks the keys pressed (see SCRIPTS): the first screen, a tab (or
sheet) switch, 25 row moves one by one (the list scrolls part way
through), and 40 presses of `j` at key-repeat rate (--repeat-hz, 30) as
from a held key. For each it prints the bytes that came down, the frames
(kumban ends each with `CSI ? 2026 l`), the bursts of output (reads from
the pty closer than 5 ms together count as one: about one frame each for a
program that does not mark its frames), and the time from the last key
pressed to the last byte of the settled screen reaching the terminal,
split into the key's way up, the program's own time (last key in to last
byte out) and the way down (transfer, queue and delay). A screen is
settled when the link has been quiet for --quiet-ms (1000).

To measure through a real SSH session instead, run scripts/slow-link.py
between ssh and sshd and give this script `--kbit 0 --delay-ms 0 -- ssh
-tt -p PORT host CMD`. Only the standard library is used.
"""

import argparse
import fcntl
import heapq
import importlib.util
import json
import os
import pathlib
import select
import signal
import struct
import subprocess
import sys
import termios
import time

_spec = importlib.util.spec_from_file_location(
    "slow_link", pathlib.Path(__file__).with_name("slow-link.py")
)
slow_link = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(slow_link)
Direction = slow_link.Direction

FRAME_END = b"\x1b[?2026l"
# What a terminal answers, sent back up the link: cursor position, device
# attributes (which also tells crossterm "no keyboard enhancement").
ANSWERS = {
    b"\x1b[6n": b"\x1b[1;1R",
    b"\x1b[c": b"\x1b[?62;22c",
    b"\x1b[0c": b"\x1b[?62;22c",
}

# Each step: (name, keys, kind[, count]). "measure": the keys sent at once,
# measured; "setup": sent and settled, not measured; "rows": one key
# pressed `count` times, each measured; "held": one key held down for
# `count` presses at the key-repeat rate.
SCRIPTS = {
    "kumban": [
        ("tab switch (dashboard to Households)", b"2", "measure"),
        ("row move", b"j", "rows", 25),
        ("back to the top", b"g", "setup"),
        ("40 j held", b"j", "held", 40),
    ],
    "visidata": [
        ("sheet switch (Ctrl-^)", b"\x1e", "measure"),
        ("back (Ctrl-^)", b"\x1e", "setup"),
        ("row move", b"j", "rows", 25),
        ("back to the top", b"gk", "setup"),
        ("40 j held", b"j", "held", 40),
    ],
}


class Link:
    """The program in a pty at one end, the measured terminal at the other."""

    def __init__(self, cmd, args):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
        env = dict(os.environ, TERM=args.term, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        for name in ("NO_COLOR", "KUMBAN_DB", "KUMBAN_TODAY", "KUMBAN_LOCAL"):
            env.pop(name, None)
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            cmd,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.master = master
        self.up = Direction("up", args.kbit, args.delay_ms / 1000)
        self.down = Direction("down", args.kbit, args.delay_ms / 1000)
        self.quiet = args.quiet_ms / 1000
        self.tail = b""  # the end of what came down, for a query split across reads
        self.reset()

    def reset(self):
        self.bytes_down = 0
        self.received = bytearray()
        self.writes = []  # when the program's output was read from the pty
        self.last_key_in = None  # when the last key reached the program
        self.last_arrival = None  # when the last byte reached the terminal
        self.last_activity = time.monotonic()

    def press(self, keys):
        self.up.push(keys, time.monotonic())
        self.last_activity = time.monotonic()

    def pump(self, until):
        """Runs the link until `until` (monotonic seconds)."""
        while True:
            now = time.monotonic()
            if now >= until:
                return
            waits = [d.next_due() for d in (self.up, self.down) if d.next_due() is not None]
            timeout = min([until] + waits) - now
            ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
            now = time.monotonic()
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    data = b""
                if data:
                    self.down.push(data, now)
                    self.writes.append(now)
                    self.last_activity = now
            self.deliver(time.monotonic())

    def deliver(self, now):
        while self.up.queue and self.up.queue[0][0] <= now:
            due, _, keys = heapq.heappop(self.up.queue)
            os.write(self.master, keys)
            self.last_key_in = due
            self.last_activity = now
        while self.down.queue and self.down.queue[0][0] <= now:
            due, _, data = heapq.heappop(self.down.queue)
            self.bytes_down += len(data)
            self.received += data
            self.last_arrival = due
            self.last_activity = now
            seen = self.tail + data
            for query, answer in ANSWERS.items():
                for _ in range(seen.count(query) - self.tail.count(query)):
                    self.press(answer)
            self.tail = seen[-8:]

    def settle(self, first=False):
        """Waits until the link has been quiet for --quiet-ms; for the first
        screen, only once something has come (ssh takes a while to connect)."""
        while True:
            self.pump(time.monotonic() + 0.05)
            busy = self.up.queue or self.down.queue
            waiting = first and self.bytes_down == 0
            if not busy and not waiting and time.monotonic() - self.last_activity >= self.quiet:
                return
            if self.proc.poll() is not None and not busy:
                raise SystemExit(f"the program ended (status {self.proc.returncode})")

    def figures(self, name, released):
        """What came down since `reset`, the last key pressed at `released`."""
        bursts = 0
        previous = None
        for t in self.writes:
            if previous is None or t - previous > 0.005:
                bursts += 1
            previous = t
        row = {
            "action": name,
            "bytes": self.bytes_down,
            "frames": self.received.count(FRAME_END),
            "bursts": bursts,
        }
        if self.last_arrival is not None:
            row["settled_s"] = round(self.last_arrival - released, 3)
            if self.last_key_in is not None:
                row["key_up_s"] = round(self.last_key_in - released, 3)
                row["program_s"] = round(max(0.0, self.writes[-1] - self.last_key_in), 3)
            row["down_s"] = round(self.last_arrival - self.writes[-1], 3)
        return row

    def close(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGHUP)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        os.close(self.master)


def run(link, steps, repeat_hz):
    rows = []
    link.settle(first=True)
    rows.append(link.figures("first screen", link.started))
    for step in steps:
        name, keys, kind = step[:3]
        if kind == "rows":
            for i in range(1, step[3] + 1):
                link.reset()
                released = time.monotonic()
                link.press(keys)
                link.settle()
                rows.append(link.figures(f"{name} {i}", released))
            continue
        link.reset()
        if kind == "held":
            start = time.monotonic()
            for i in range(step[3]):
                link.pump(start + i / repeat_hz)
                link.press(keys)
        else:
            link.press(keys)
        released = time.monotonic()
        link.settle()
        if kind != "setup":
            rows.append(link.figures(name, released))
    return rows


COLUMNS = ("action", "bytes", "frames", "bursts", "settled_s", "key_up_s", "program_s", "down_s")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--app", choices=sorted(SCRIPTS), required=True, help="which keys to press")
    p.add_argument("--kbit", type=float, default=64, help="link rate each way, kbit/s (0: unlimited)")
    p.add_argument("--delay-ms", type=float, default=300, help="one-way delay, ms")
    p.add_argument("--quiet-ms", type=float, default=1000, help="quiet time that means settled")
    p.add_argument("--repeat-hz", type=float, default=30, help="key-repeat rate of the held key")
    p.add_argument("--rows", type=int, default=24)
    p.add_argument("--cols", type=int, default=80)
    p.add_argument("--term", default="xterm-256color")
    p.add_argument("--json", help="also write the figures to this file")
    p.add_argument("cmd", nargs="+", help="the program and its arguments (after --)")
    args = p.parse_args()
    link = Link(args.cmd, args)
    try:
        rows = run(link, SCRIPTS[args.app], args.repeat_hz)
    finally:
        link.close()
    print(f"{args.app}: {args.cols}x{args.rows} {args.term}, {args.kbit:g} kbit/s, +{args.delay_ms:g} ms each way")
    print(" | ".join(COLUMNS))
    for r in rows:
        print(" | ".join(str(r.get(k, "-")) for k in COLUMNS))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
