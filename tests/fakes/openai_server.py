"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests through the real client.

Each request takes the next scripted reply from a queue: a structured answer (sent as a tool call when
the request offers tools, as JSON content otherwise), plain text, raw content such as broken JSON, an
HTTP error, or a hang past the client's timeout. With the queue empty it answers HTTP 500. Every
request body is recorded so tests can check what was sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

ReplyKind = Literal["answer", "text", "raw", "status", "hang"]


@dataclass(frozen=True)
class Reply:
    """One scripted behaviour of the server."""

    kind: ReplyKind
    body: Any = None  # answer: dict of fields; text/raw: str; status: HTTP code; hang: seconds


class FakeOpenAIServer:
    """Serve POST /v1/chat/completions from a script of replies, recording every request."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._released.set()  # let hanging handlers return so shutdown does not wait for them
        self._httpd.shutdown()
        self._httpd.server_close()

    def answer(self, fields: dict[str, Any]) -> FakeOpenAIServer:
        """Queue a well-formed structured answer with these fields."""
        return self._queue(Reply("answer", fields))

    def say(self, text: str) -> FakeOpenAIServer:
        """Queue a plain assistant message."""
        return self._queue(Reply("text", text))

    def raw(self, content: str) -> FakeOpenAIServer:
        """Queue an answer whose content (or tool arguments) is exactly this string, e.g. broken JSON."""
        return self._queue(Reply("raw", content))

    def fail(self, status: int = 500) -> FakeOpenAIServer:
        """Queue an HTTP error."""
        return self._queue(Reply("status", status))

    def hang(self, seconds: float) -> FakeOpenAIServer:
        """Queue a reply that stalls this long before answering (or until the server stops)."""
        return self._queue(Reply("hang", seconds))

    def _queue(self, reply: Reply) -> FakeOpenAIServer:
        with self._lock:
            self._script.append(reply)
        return self

    def _next(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(request)
            return self._script.popleft() if self._script else Reply("status", 500)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                reply = server._next(request)
                if reply.kind == "hang":
                    server._released.wait(reply.body)
                    reply = Reply("text", "too late")
                if reply.kind == "status":
                    self._send(reply.body, {"error": {"message": "scripted failure", "type": "server_error"}})
                    return
                self._send(200, _completion(request, reply))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing left to answer

            def log_message(self, format: str, *args: Any) -> None:
                """Keep test output quiet."""

        return Handler


def _completion(request: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """Build a chat.completion body; structured replies become a tool call when tools were offered."""
    content = reply.body if reply.kind in ("text", "raw") else json.dumps(reply.body, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": content}
    finish_reason = "stop"
    tools = request.get("tools") or []
    if tools and reply.kind in ("answer", "raw"):
        name = tools[0]["function"]["name"]
        call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": content}}
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        finish_reason = "tool_calls"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
