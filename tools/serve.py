#!/usr/bin/env python3
"""A static file server for the page, on loopback, with the strict Content-Security-Policy the page
must work under and `.wasm` served as application/wasm. Standard library only."""
import argparse, functools, http.server, os

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.js': 'text/javascript', '.mjs': 'text/javascript',
                      '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json'}

    def end_headers(self):
        self.send_header('Content-Security-Policy', CSP)
        self.send_header('X-Content-Type-Options', 'nosniff')
        self.send_header('Cache-Control', 'no-store')
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get('SERVE_QUIET') != '1':
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--host', default='127.0.0.1')
    ap.add_argument('--port', type=int, default=8080)
    ap.add_argument('--dir', default='www')
    a = ap.parse_args()
    handler = functools.partial(Handler, directory=a.dir)
    with http.server.ThreadingHTTPServer((a.host, a.port), handler) as srv:
        print('govreport: serving %s on http://%s:%d/ (Ctrl-C to stop)' % (a.dir, a.host, srv.server_address[1]), flush=True)
        srv.serve_forever()


if __name__ == '__main__':
    main()
