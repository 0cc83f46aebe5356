"""HTTP transports for model calls: a total deadline per attempt and a cap on the decoded reply."""

from __future__ import annotations

import asyncio
import time
import urllib.request
import zlib
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import httpx2

# A reply for one goal is a few KB of JSON; anything past this is refused, compressed or not.
MAX_REPLY_BYTES = 2 * 1024 * 1024
_ACCEPT = "gzip, deflate"  # the encodings decoded here, with a size cap


class ReplyTooLarge(httpx2.DecodingError):
    """The reply decodes to more than MAX_REPLY_BYTES (or uses an encoding not asked for)."""


class _Body:
    """Decodes a reply body as it arrives (gzip or deflate), stopping at `limit` bytes."""

    def __init__(self, encoding: str, limit: int):
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._zlib = zlib.decompressobj(47)  # zlib or gzip header, detected
        else:
            raise ReplyTooLarge(f"the server sent an encoding that was not asked for ({encoding})")
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        if self._zlib is None:
            self._add(chunk)
            return
        data = chunk
        while data:
            try:
                out = self._zlib.decompress(data, self.limit - self.size + 1)
            except zlib.error as e:
                raise httpx2.DecodingError(f"cannot decode the reply ({e})") from None
            self._add(out)
            data = self._zlib.unconsumed_tail

    def _add(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.limit:
            raise ReplyTooLarge(f"the reply is larger than {self.limit // 1024:,} KB")
        self.parts.append(out)

    def response(self, response: httpx2.Response, request: httpx2.Request) -> httpx2.Response:
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx2.Response(
            response.status_code,
            headers=headers,
            content=b"".join(self.parts),
            request=request,
            extensions={k: v for k, v in response.extensions.items() if k != "network_stream"},
        )


def _prepare(request: httpx2.Request, remaining: float) -> None:
    request.headers["accept-encoding"] = _ACCEPT
    timeouts = dict(request.extensions.get("timeout") or {})
    for name in ("connect", "read", "write", "pool"):
        current = timeouts.get(name)
        timeouts[name] = remaining if current is None else min(current, remaining)
    request.extensions["timeout"] = timeouts


class BoundedAsyncTransport(httpx2.AsyncBaseTransport):
    """Each request, reply body included, finishes within `deadline` seconds or times out
    (httpx2.ReadTimeout, which the openai client retries like any timeout)."""

    def __init__(
        self, inner: httpx2.AsyncBaseTransport, deadline: float, max_bytes: int = MAX_REPLY_BYTES
    ):
        self.inner, self.deadline, self.max_bytes = inner, deadline, max_bytes

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        _prepare(request, self.deadline)
        try:
            async with asyncio.timeout(self.deadline):
                response = await self.inner.handle_async_request(request)
                try:
                    body = _Body(response.headers.get("content-encoding", ""), self.max_bytes)
                    if not isinstance(response.stream, httpx2.AsyncByteStream):  # as httpx2 checks
                        raise RuntimeError("an async transport returned a blocking stream")
                    async for chunk in response.stream:
                        body.feed(chunk)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise httpx2.ReadTimeout(
                f"no complete reply within {self.deadline:g} s", request=request
            ) from None
        return body.response(response, request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class BoundedTransport(httpx2.BaseTransport):
    """The blocking twin: every read waits at most the time left, checked between pieces."""

    def __init__(
        self, inner: httpx2.BaseTransport, deadline: float, max_bytes: int = MAX_REPLY_BYTES
    ):
        self.inner, self.deadline, self.max_bytes = inner, deadline, max_bytes

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        end = time.monotonic() + self.deadline
        _prepare(request, self.deadline)
        response = self.inner.handle_request(request)
        try:
            body = _Body(response.headers.get("content-encoding", ""), self.max_bytes)
            if not isinstance(response.stream, httpx2.SyncByteStream):  # as httpx2 checks
                raise RuntimeError("a blocking transport returned an async stream")
            for chunk in _until(response.stream, end, request):
                body.feed(chunk)
        finally:
            response.close()
        return body.response(response, request)

    def close(self) -> None:
        self.inner.close()


def _until(stream: Iterable[bytes], end: float, request: httpx2.Request) -> Iterable[bytes]:
    for chunk in stream:
        if time.monotonic() > end:
            raise httpx2.ReadTimeout("the reply took longer than the deadline", request=request)
        yield chunk


def _proxy(base_url: str | None) -> str | None:
    """The proxy the environment sets for the model server (a custom transport ignores it)."""
    url = urlsplit(base_url or "https://api.openai.com/v1")
    if url.hostname and urllib.request.proxy_bypass(url.hostname):
        return None
    return urllib.request.getproxies().get(url.scheme or "https")


def async_client(base_url: str | None, deadline: float) -> Any:
    """An async HTTP client for the openai SDK with the deadline and the reply cap."""
    import openai

    inner = httpx2.AsyncHTTPTransport(proxy=_proxy(base_url))
    return openai.DefaultAsyncHttpxClient(transport=BoundedAsyncTransport(inner, deadline))


def sync_client(base_url: str | None, deadline: float) -> Any:
    """A blocking HTTP client for the openai SDK with the deadline and the reply cap."""
    import openai

    inner = httpx2.HTTPTransport(proxy=_proxy(base_url))
    return openai.DefaultHttpxClient(transport=BoundedTransport(inner, deadline))
