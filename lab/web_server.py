#!/usr/bin/env python3
"""A small web server for the lab: answers every GET/HEAD with the server's name after an optional delay.

Used as the slow server of resTime tests (the kernel has no netem) and as a fallback when nginx is missing.
/big.bin (when present in --root) is streamed, so a rate-limited client keeps a connection open for a while.
"""
import argparse
import os
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--port", type=int, default=80)
    parser.add_argument("--pidfile")
    args = parser.parse_args()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def _answer(self, with_body):
            if args.delay_ms:
                time.sleep(args.delay_ms / 1000.0)
            path = os.path.join(args.root, self.path.lstrip("/").split("?")[0] or "index.html")
            if self.path.startswith("/big") and os.path.isfile(path):
                size = os.path.getsize(path)
                self.send_response(200)
                self.send_header("Content-Length", str(size))
                self.end_headers()
                if with_body:
                    with open(path, "rb") as f:
                        while chunk := f.read(65536):
                            self.wfile.write(chunk)
                return
            body = (args.name + "\n").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def do_GET(self):
            self._answer(True)

        def do_HEAD(self):
            self._answer(False)

        def log_message(self, fmt, *a):
            pass

    ThreadingHTTPServer.request_queue_size = 512
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("0.0.0.0", args.port), Handler)
    server.daemon_threads = True
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write(str(os.getpid()))
    server.serve_forever()


if __name__ == "__main__":
    main()
