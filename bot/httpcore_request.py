"""The Bot API over httpcore's connection pool, without httpx's client layer.

Every Bot API call is one form POST to one host, and its answer is read whole. httpx's
client builds a request model, merges headers, parses the URL twice, runs the cookie jar over
every answer (Telegram sets none) and wraps the body in its own streams: about a quarter of a
call's CPU here, the bot's largest cost after Telegram's own round trip (bench/RESULTS.md,
e2e). httpcore, which httpx itself sends through, does the HTTP: keep-alive, TLS, timeouts.

Two things stay on python-telegram-bot's own `HTTPXRequest`: uploads (multipart bodies,
httpx's encoder; a backup now and then), and calls to a host the environment sends through a
proxy (`HTTPS_PROXY` and the like, minus `NO_PROXY`), which httpx honours and a bare pool
would not. What httpx's client set up once stays as it was: one TLS context (its trust store),
idle connections closed after 5 s (a connection a NAT dropped silently is never reused).

Also, before each call httpcore asks every idle connection whether the server closed it.
Through anyio that question costs about 5 µs (a dictionary of socket attributes, a
`getpeername` system call); a `poll` object kept per connection answers it in a quarter of a
microsecond, and a pool holds a dozen connections under load.
"""

# httpcore's network interface passes its timeouts as arguments
# ruff: noqa: ASYNC109

from __future__ import annotations

import select
import ssl
import urllib.parse
import urllib.request
from typing import Any

import httpcore
import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

# python-telegram-bot's HTTPXRequest defaults, in seconds, and httpx's keep-alive
CONNECT_TIMEOUT = READ_TIMEOUT = WRITE_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
KEEPALIVE_EXPIRY = 5.0
FORM = (b"Content-Type", b"application/x-www-form-urlencoded")


class HttpcoreRequest(BaseRequest):
    """A `BaseRequest` for form calls, answering as `HTTPXRequest` does: the same defaults,
    `TimedOut` for a timeout and `NetworkError` for any other failure to get an answer."""

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        keepalive_expiry: float = KEEPALIVE_EXPIRY,
        ssl_context: ssl.SSLContext | None = None,  # None: httpx's, as the library's client
    ) -> None:
        self._size = connection_pool_size
        self._timeouts = {
            "connect": connect_timeout,
            "read": read_timeout,
            "write": write_timeout,
            "pool": pool_timeout,
        }
        self._keepalive_expiry = keepalive_expiry
        self._ssl_context = ssl_context
        user_agent = (b"User-Agent", self.USER_AGENT.encode())
        self._form_headers = [user_agent, FORM]
        self._bare_headers = [user_agent]
        self._pool: httpcore.AsyncConnectionPool | None = None
        self._proxied: dict[str, bool] = {}  # a URL's folder -> whether a proxy serves it
        self._library: HTTPXRequest | None = None  # made at the first upload or proxied call

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts["read"]

    async def initialize(self) -> None:
        if self._pool is None:
            if self._ssl_context is None:
                self._ssl_context = httpx.create_ssl_context()  # one, for every connection
            self._pool = httpcore.AsyncConnectionPool(
                ssl_context=self._ssl_context,
                max_connections=self._size,
                max_keepalive_connections=self._size,
                keepalive_expiry=self._keepalive_expiry,
                network_backend=_PollingBackend(),
            )

    async def shutdown(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.aclose()
        library, self._library = self._library, None
        if library is not None:
            await library.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        pool = self._pool
        if pool is None:
            raise RuntimeError("This HttpcoreRequest is not initialized")  # as HTTPXRequest
        if (request_data is not None and request_data.contains_files) or self._through_proxy(url):
            if self._library is None:  # its client is ready as made: no initialize() needed
                timeouts = self._timeouts
                self._library = HTTPXRequest(
                    connection_pool_size=self._size, read_timeout=timeouts["read"],
                    write_timeout=timeouts["write"], connect_timeout=timeouts["connect"],
                    pool_timeout=timeouts["pool"],
                )  # fmt: skip
            return await self._library.do_request(
                url, method, request_data, read_timeout=read_timeout,
                write_timeout=write_timeout, connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )  # fmt: skip
        timeouts = dict(self._timeouts)
        for name, given in (
            ("read", read_timeout),
            ("write", write_timeout),
            ("connect", connect_timeout),
            ("pool", pool_timeout),
        ):
            if not isinstance(given, type(BaseRequest.DEFAULT_NONE)):
                timeouts[name] = given
        fields = request_data.json_parameters if request_data is not None else None
        # a form only when there is one: a GET (a file's download) or an empty POST goes bare
        body = urllib.parse.urlencode(fields).encode() if fields else None
        try:
            answer = await pool.request(
                method, url, headers=self._form_headers if body else self._bare_headers,
                content=body, extensions={"timeout": timeouts},
            )  # fmt: skip
        except httpcore.PoolTimeout as exc:
            raise TimedOut(
                "Every connection of the pool was busy: the call was not sent. A larger pool"
                " or a longer pool timeout would let it wait."
            ) from exc
        except httpcore.TimeoutException as exc:
            raise TimedOut from exc
        except Exception as exc:  # httpcore's errors share no base class but Exception
            if type(exc).__module__.split(".", 1)[0] != "httpcore":
                raise
            raise NetworkError(f"httpcore.{type(exc).__name__}: {exc}") from exc
        return answer.status, answer.content

    def _through_proxy(self, url: str) -> bool:
        """Whether the environment names a proxy for this URL's scheme that its host does not
        bypass, as urllib reads the variables (only the proxies httpx would use count, not
        `NO_PROXY` alone nor `FTP_PROXY`); settled once per folder of URLs."""
        folder = url.rpartition("/")[0]
        known = self._proxied.get(folder)
        if known is None:
            parts = urllib.parse.urlsplit(url)
            proxies = urllib.request.getproxies()
            known = bool(proxies.keys() & {parts.scheme, "all"}) and not (
                urllib.request.proxy_bypass(parts.hostname or "")
            )
            self._proxied[folder] = known
        return known


class _PollingStream(httpcore.AsyncNetworkStream):
    """anyio's stream, with whether the peer closed it answered by a `poll` kept for it."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._poll: Any = None
        self._socket: Any = None
        self._descriptor = -1

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        self._poll = None  # its descriptor may be reused once the socket is closed
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _PollingStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info != "is_readable" or not hasattr(select, "poll"):
            return self._inner.get_extra_info(info)
        if self._poll is None:
            sock = self._inner.get_extra_info("socket")
            if sock is None or sock.fileno() < 0:
                return True  # gone: the pool drops the connection
            self._socket, self._descriptor = sock, sock.fileno()
            self._poll = select.poll()
            self._poll.register(self._descriptor, select.POLLIN)
        if self._socket.fileno() != self._descriptor:
            return True  # closed, its number perhaps another socket's by now
        # readable while idle: the peer closed it or sent what nobody asked for; either way,
        # not to be reused (a closed descriptor answers POLLNVAL, also true)
        return bool(self._poll.poll(0))


class _PollingBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        return _PollingStream(
            await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        return _PollingStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
