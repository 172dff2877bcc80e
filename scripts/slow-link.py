#!/usr/bin/env python3
"""A TCP relay that counts bytes and can behave like a slow link.

Put it between an SSH client and sshd to see what kumban (or any TUI)
sends per action, and how long the screen takes to settle on a 2G-like
link:

    scripts/slow-link.py --listen 2222 --to 127.0.0.1:22 --kbit 64 --delay-ms 300
    ssh -p 2222 officer@127.0.0.1 kumban --db /srv/kumban/db

Every time the link has been quiet for --quiet-ms, it prints the bytes sent
each way since the last report and how long the burst took from its first
byte to its last (for a key press: from the key reaching the server to the
screen being settled on the client). Only the standard library is used.
"""

import argparse
import heapq
import selectors
import socket
import sys
import time


class Direction:
    """One direction of the link: bytes wait until the link could have
    carried them (rate) and then for the one-way delay."""

    def __init__(self, name, kbit, delay):
        self.name = name
        self.rate = kbit * 1000 / 8 if kbit > 0 else None  # bytes per second
        self.delay = delay
        self.free_at = 0.0  # when the link finishes what it carries now
        self.queue = []  # (due time, seq, bytes)
        self.seq = 0
        self.total = 0
        self.burst = 0
        self.first = None
        self.last = None

    def push(self, data, now):
        start = max(now, self.free_at)
        done = start + (len(data) / self.rate if self.rate else 0)
        self.free_at = done
        heapq.heappush(self.queue, (done + self.delay, self.seq, data))
        self.seq += 1
        self.total += len(data)
        self.burst += len(data)
        self.first = self.first if self.first is not None else now
        self.last = done + self.delay

    def due(self, now):
        out = []
        while self.queue and self.queue[0][0] <= now:
            out.append(heapq.heappop(self.queue)[2])
        return b"".join(out)

    def next_due(self):
        return self.queue[0][0] if self.queue else None


def relay(client, target, args):
    up = Direction("client→server", args.kbit, args.delay_ms / 1000)
    down = Direction("server→client", args.kbit, args.delay_ms / 1000)
    sel = selectors.DefaultSelector()
    sel.register(client, selectors.EVENT_READ, (up, target))
    sel.register(target, selectors.EVENT_READ, (down, client))
    quiet = args.quiet_ms / 1000
    last_activity = time.monotonic()
    open_ends = 2
    while open_ends or up.queue or down.queue:
        now = time.monotonic()
        waits = [d.next_due() for d in (up, down) if d.next_due() is not None]
        timeout = max(0.0, min(waits) - now) if waits else quiet
        for key, _ in sel.select(min(timeout, quiet)):
            direction, other = key.data
            data = key.fileobj.recv(65536)
            now = time.monotonic()
            if not data:
                sel.unregister(key.fileobj)
                open_ends -= 1
                continue
            direction.push(data, now)
            last_activity = now
        now = time.monotonic()
        for direction, sock in ((up, target), (down, client)):
            data = direction.due(now)
            if data:
                sock.sendall(data)
        if (up.burst or down.burst) and now - last_activity > quiet and not (up.queue or down.queue):
            spans = [d.last - d.first for d in (up, down) if d.first is not None]
            print(
                f"up {up.burst} B, down {down.burst} B, settled in {max(spans):.2f} s "
                f"(totals: up {up.total} B, down {down.total} B)",
                flush=True,
            )
            for d in (up, down):
                d.burst, d.first, d.last = 0, None, None
    client.close()
    target.close()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--listen", type=int, required=True, help="port to listen on (127.0.0.1)")
    p.add_argument("--to", required=True, help="HOST:PORT to relay to, e.g. 127.0.0.1:22")
    p.add_argument("--kbit", type=float, default=0, help="link rate each way in kbit/s (0: unlimited)")
    p.add_argument("--delay-ms", type=float, default=0, help="one-way delay in ms")
    p.add_argument("--quiet-ms", type=float, default=500, help="quiet time that ends a burst")
    args = p.parse_args()
    host, _, port = args.to.rpartition(":")
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", args.listen))
    server.listen(1)
    print(f"relaying 127.0.0.1:{args.listen} to {args.to}", file=sys.stderr)
    while True:
        client, _ = server.accept()
        target = socket.create_connection((host, int(port)))
        for s in (client, target):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        relay(client, target, args)
        print("connection closed", file=sys.stderr)


if __name__ == "__main__":
    main()
