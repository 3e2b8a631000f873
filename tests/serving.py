"""Servers for the scale-out tests: a real ``transformers serve`` with the bundled GPT, and a
small misbehaving OpenAI-style server for the failures a real one will not produce on cue
(401/403/404/429/5xx, a stream cut mid-way, a silent server). Both listen on localhost only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.helpers import ROOT, free_port

GPT_DIR = str((ROOT / "data" / "models" / "gpt").resolve())


def serving_available() -> str | None:
    """``None`` when ``transformers serve`` can run here, else the reason it cannot."""
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        return "transformers[serving] (fastapi, uvicorn) is not installed: pip install -r requirements-dev.txt"
    if not shutil.which("transformers") and not (ROOT / ".venv").exists():
        exe = os.path.join(os.path.dirname(sys.executable), "transformers")
        if not os.path.exists(exe):
            return "the transformers command line is not installed"
    return None


def _cli() -> str:
    exe = os.path.join(os.path.dirname(sys.executable), "transformers")
    return exe if os.path.exists(exe) else (shutil.which("transformers") or "transformers")


@contextmanager
def transformers_serve(
    timeout_s: float = 90, continuous_batching: bool = False
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start ``transformers serve`` on a free localhost port, offline; yield
    ``(base_url ending in /v1, process)``; stop it afterwards."""
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    args = [_cli(), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if continuous_batching:
        args.append("--continuous-batching")
    proc = subprocess.Popen(
        args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("transformers serve did not start") from None
                time.sleep(0.5)
        warm(f"{base}/v1")
        yield f"{base}/v1", proc
    finally:
        stop(proc)


def warm(url: str, timeout_s: float = 180) -> None:
    """One small request with a long timeout: the server loads the model on its first
    request (seconds on a busy machine), which is not what the tests time."""
    body = json.dumps({"model": GPT_DIR, "prompt": "a", "max_tokens": 1}).encode()
    request = urllib.request.Request(
        f"{url}/completions", data=body, headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout_s) as r:
        r.read()


def stop(proc: subprocess.Popen) -> None:
    """Stop a server process (it takes a few seconds to exit on SIGTERM)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


class _Misbehaving(BaseHTTPRequestHandler):
    """``model`` picks the failure: ``status-NNN``, ``cut`` (two pieces, then the connection
    drops), ``silent`` (no answer for ``silence_s``)."""

    silence_s = 3.0

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        body = json.dumps({"object": "list", "data": [{"id": "cut", "object": "model"}]})
        self._send(200, body)

    def _send(self, status: int, body: str) -> None:
        data = body.encode()
        try:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (the timeout test): that is the point

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        request = json.loads(self.rfile.read(length) or b"{}")
        model = str(request.get("model", ""))
        if model.startswith("status-"):
            status = int(model.split("-", 1)[1])
            self._send(status, json.dumps({"error": {"message": "refused", "code": status}}))
            return
        if model == "silent":
            time.sleep(self.silence_s)
            self._send(200, "{}")
            return
        # "cut": a stream that stops after two pieces without its end
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for piece in ("Hello", " world"):
            event = json.dumps(
                {
                    "id": "x",
                    "object": "text_completion",
                    "created": 0,
                    "model": model,
                    "choices": [{"index": 0, "text": piece, "finish_reason": None}],
                }
            )
            data = f"data: {event}\n\n".encode()
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        self.connection.shutdown(2)  # the server dies mid-stream


@contextmanager
def misbehaving_server() -> Iterator[str]:
    """A local OpenAI-style server that fails on cue; yields its base URL (``.../v1``)."""
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Misbehaving)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
