"""A fake OpenAI embeddings endpoint on 127.0.0.1: deterministic vectors from a hash of each text."""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

DIM = 32


def fake_vector(text: str) -> list[float]:
    """Return the vector this server gives a text: same text, same vector."""
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
    return [float(x) for x in np.random.default_rng(seed).standard_normal(DIM)]


class FakeEmbeddingsServer:
    """Answers POST /v1/embeddings like OpenAI and counts the texts it embedded."""

    def __init__(self) -> None:
        self.texts_embedded = 0
        self.models_seen: set[str] = set()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> FakeEmbeddingsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                texts = request["input"] if isinstance(request["input"], list) else [request["input"]]
                fake.texts_embedded += len(texts)
                fake.models_seen.add(request["model"])
                payload: dict[str, Any] = {
                    "object": "list",
                    "model": request["model"],
                    "data": [
                        {"object": "embedding", "index": i, "embedding": fake_vector(text)}
                        for i, text in enumerate(texts)
                    ],
                    "usage": {"prompt_tokens": 0, "total_tokens": 0},
                }
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler
