"""An agent speaking curveball.agent/1 that answers at once, on Python's standard library only.

Like most small agent servers it writes its answer as http.server does: the status line and
headers in one write, the body in another. Usage: python3 instant_agent.py PORT [DELAY_SECONDS]
(prints "ready" once it listens). Threaded, so parallel conversations are served in parallel.
"""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
REPLY = json.dumps({"reply": "Could you tell me a little more about what happened, "
                             "and which order it concerns?"}).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if DELAY:
            time.sleep(DELAY)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(REPLY)))
        self.end_headers()
        self.wfile.write(REPLY)

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
print("ready", flush=True)
server.serve_forever()
