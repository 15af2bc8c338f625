"""Bad input battery (issue 16): hostile and malformed requests against a real `veil serve`.

Every case must end in a clean answer — a 4xx with OpenAI's error JSON, or, where the input is in fact valid, a
well-formed answer — or a dropped connection (for what is not HTTP at all), never a 5xx, a hang or a crash; and after
each case the gateway is healthy: `/healthz` answers 200 and a normal request still gets its answer.

    VEIL_BIN=.build/debug/veil .venv-e2e/bin/pytest -q Tests/e2e/test_bad_input.py
"""

import json
import os
import shutil
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.request

import pytest

from test_openai_sdk import ADMIN_KEY, MODEL, VEIL_BIN, Process, ROOT, Upstream, free_port, wait_for

# Larger than the 100,000-message request below (about 3 MB), so that it reaches the pipeline; the limit itself is
# tested with a body just over it.
BODY_LIMIT = 8 << 20


class Gateway:
    def __init__(self, workdir, upstream):
        self.port = free_port()
        env = dict(os.environ)
        env.update({"VEIL_ADMIN_KEY": ADMIN_KEY, "VEIL_MASTER_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                    "VEIL_LOG_LEVEL": "info"})
        policies = os.path.join(workdir, "policies")
        shutil.copytree(os.path.join(ROOT, "policies"), policies, dirs_exist_ok=True)
        self.log = os.path.join(workdir, "gateway.log")
        self.process = Process(
            [VEIL_BIN, "serve", "--listen", f"127.0.0.1:{self.port}", "--data-dir", os.path.join(workdir, "data"),
             "--policies-dir", policies, "--body-limit", str(BODY_LIMIT), "--upstream", upstream.base_url],
            env=env, log=self.log)
        wait_for(f"http://127.0.0.1:{self.port}/healthz")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def stack():
    workdir = tempfile.mkdtemp(prefix="veil-bad-input-")
    upstream = Upstream(workdir, "up")
    gateway = Gateway(workdir, upstream)
    key = admin(gateway, "POST", "/admin/tenants", {"id": "hostile"})[1]["api_key"]
    yield gateway, upstream, key
    code = gateway.process.stop()
    upstream.process.stop()
    with open(gateway.log, "rb") as f:
        log = f.read()
    shutil.rmtree(workdir, ignore_errors=True)
    # The daemon survived everything and stopped cleanly; nothing it logged carries the planted values.
    assert code == 0, log[-2000:]
    for planted in PLANTED:
        assert planted.encode() not in log


PLANTED = ["alice.hostile@example.com", "13812345678"]


def request(gateway, method, path, body=None, headers=None, timeout=60):
    """(status, parsed JSON or raw bytes, headers); `body` may be bytes (sent as is) or an object (JSON)."""
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(gateway.url + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            status, raw, head = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, raw, head = error.code, error.read(), error.headers
    try:
        return status, json.loads(raw), head
    except ValueError:
        return status, raw, head


def admin(gateway, method, path, body=None):
    status, payload, _ = request(gateway, method, path, body,
                                 {"Authorization": f"Bearer {ADMIN_KEY}", "Content-Type": "application/json"})
    return status, payload


def chat(gateway, key, body, headers=None, timeout=60):
    h = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    h.update(headers or {})
    return request(gateway, "POST", "/v1/chat/completions", body, h, timeout)


def assert_clean_error(status, payload, statuses=range(400, 500)):
    assert status in statuses, (status, payload)
    assert isinstance(payload, dict) and set(payload) == {"error"}, payload
    error = payload["error"]
    assert isinstance(error.get("message"), str) and isinstance(error.get("type"), str), payload
    assert "Traceback" not in error["message"] and "Fatal" not in error["message"]


def assert_clean(status, payload):
    """A well-formed completion, or a clean 4xx."""
    if status == 200:
        assert isinstance(payload, dict) and payload.get("object") == "chat.completion", payload
        assert isinstance(payload["choices"][0]["message"]["content"], str)
    else:
        assert_clean_error(status, payload)


def assert_healthy(gateway, key):
    status, payload, _ = request(gateway, "GET", "/healthz", timeout=10)
    assert status == 200 and payload == {"status": "ok"}
    status, payload, _ = chat(gateway, key, {"model": MODEL, "messages": [
        {"role": "user", "content": f"still there? {time.time()}"}]}, timeout=30)
    assert status == 200 and "still there?" in payload["choices"][0]["message"]["content"], payload


def raw_exchange(gateway, data, timeout=10):
    """Sends raw bytes and returns what came back before the server closed (or the timeout): b'' if dropped."""
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=timeout) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except (ConnectionResetError, socket.timeout):
            pass
        return b"".join(chunks)


def raw_status(response):
    if not response:
        return None  # dropped
    line = response.split(b"\r\n", 1)[0].split(b" ")
    return int(line[1])


def test_invalid_utf8(stack):
    gateway, _, key = stack
    for bad in [b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"abc\xe2\x82"]:
        body = b'{"model":"' + MODEL.encode() + b'","messages":[{"role":"user","content":"x' + bad + b'"}]}'
        assert_clean_error(*chat(gateway, key, body)[:2], statuses=[400])
        body = b'{"model":"' + MODEL.encode() + b'","messages":[{"role":"user","content":"x"}],"x' + bad + b'":1}'
        assert_clean_error(*chat(gateway, key, body)[:2], statuses=[400])
    # Escaped lone surrogates are not Unicode either.
    body = '{"model":"%s","messages":[{"role":"user","content":"\\ud800"}]}' % MODEL
    assert_clean_error(*chat(gateway, key, body.encode())[:2], statuses=[400])
    # UTF-16 is not the wire's encoding.
    body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}).encode("utf-16")
    assert_clean_error(*chat(gateway, key, body)[:2], statuses=[400])
    assert_healthy(gateway, key)


def test_deep_nesting(stack):
    gateway, _, key = stack
    depth = 10_000
    cases = [
        '{"model":"%s","messages":%s%s}' % (MODEL, "[" * depth, "]" * depth),
        '{"model":"%s","messages":[{"role":"user","content":"x"}],"meta":%s1%s}' % (MODEL, '{"a":' * depth, "}" * depth),
        '{"model":"%s","messages":[{"role":"user","content":"x","extra":%s%s}]}' % (MODEL, "[" * depth, "]" * depth),
        "[" * depth,  # unterminated
    ]
    for body in cases:
        assert_clean_error(*chat(gateway, key, body.encode())[:2], statuses=[400])
    # Depth just within the parser's limit (512) is fine.
    body = '{"model":"%s","messages":[{"role":"user","content":"nested ok"}],"meta":%s%s}' % (MODEL, "[" * 500, "]" * 500)
    assert_clean(*chat(gateway, key, body.encode())[:2])
    assert_healthy(gateway, key)


def test_hundred_thousand_messages(stack):
    gateway, _, key = stack
    messages = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"m{i}"} for i in range(100_000)]
    started = time.time()
    status, payload, _ = chat(gateway, key, {"model": MODEL, "messages": messages}, timeout=180)
    assert_clean(status, payload)
    assert time.time() - started < 180
    # Over the body limit: 413. urllib says `Connection: close` and sends the whole body before it reads: the gateway
    # reads it and drops it (up to 64 MiB), or the client would block in its send and never see the answer.
    big = {"model": MODEL, "messages": [{"role": "user", "content": "x" * (BODY_LIMIT + 1)}]}
    assert_clean_error(*chat(gateway, key, big)[:2], statuses=[413])
    assert_healthy(gateway, key)


def test_huge_numbers(stack):
    gateway, _, key = stack
    base = '{"model":"%s","messages":[{"role":"user","content":"numbers"}],%s}'
    for field in ['"temperature":1e400', '"temperature":-1e400', '"max_tokens":1e30', '"n":99999999999999999999',
                  '"seed":-9223372036854775809', '"seed":18446744073709551616', '"top_p":1e-400',
                  '"x":123456789012345678901234567890123456789', '"x":' + "9" * 5000,
                  '"x":0.' + "0" * 5000 + "1", '"temperature":' + "1" * 400 + ".5", '"n":-0', '"n":1.0',
                  '"n":1e0', '"max_tokens":-1', '"n":0']:
        status, payload, _ = chat(gateway, key, (base % (MODEL, field)).encode())
        assert_clean(status, payload)
    assert_healthy(gateway, key)


def test_duplicate_keys(stack):
    gateway, upstream, key = stack
    before = len(upstream.recorded())
    body = ('{"model":"%s","messages":[{"role":"user","content":"first %s"}],'
            '"messages":[{"role":"user","content":"second, call %s","content":"dup content %s"}],'
            '"model":"%s","stream":true,"stream":false}') % (MODEL, PLANTED[0], PLANTED[1], PLANTED[0], MODEL)
    status, payload, _ = chat(gateway, key, body.encode())
    assert_clean(status, payload)
    if status == 200:
        # The last member wins, as in most JSON parsers, and the value the gateway dropped never reaches anyone.
        assert payload["choices"][0]["message"]["content"].endswith("dup content " + PLANTED[0])
    sent = upstream.recorded()[before:]
    assert all(PLANTED[0] not in json.dumps(r) and PLANTED[1] not in json.dumps(r) for r in sent), sent
    assert_healthy(gateway, key)


WRONG = [1, -1.5, "s", True, None, [], {}, [1], {"a": 1}, [None]]
PATHS = [
    ("model",), ("messages",), ("messages", 0), ("messages", 0, "role"), ("messages", 0, "content"),
    ("messages", 0, "content", 0), ("messages", 0, "content", 0, "type"), ("messages", 0, "content", 0, "text"),
    ("messages", 1, "tool_calls"), ("messages", 1, "tool_calls", 0), ("messages", 1, "tool_calls", 0, "function"),
    ("messages", 1, "tool_calls", 0, "function", "arguments"), ("messages", 1, "tool_calls", 0, "id"),
    ("messages", 1, "tool_calls", 0, "index"), ("messages", 2, "tool_call_id"), ("messages", 0, "name"),
    ("temperature",), ("top_p",), ("n",), ("max_tokens",), ("stream",), ("stream_options",),
    ("stream_options", "include_usage"), ("stop",), ("seed",), ("user",), ("tools",), ("tool_choice",),
    ("response_format",),
]


def valid_request():
    return {
        "model": MODEL, "temperature": 0, "top_p": 1, "n": 1, "max_tokens": 50, "stream": False,
        "stream_options": {"include_usage": True}, "stop": ["END"], "seed": 7, "user": "u-1",
        "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        "tool_choice": "auto", "response_format": {"type": "text"},
        "messages": [
            {"role": "user", "name": "ann", "content": [{"type": "text", "text": "wrong types everywhere"}]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function", "index": 0, "function": {"name": "f", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "ok"},
            {"role": "user", "content": "and the last question"},
        ],
    }


def test_wrong_types_everywhere(stack):
    gateway, _, key = stack
    statuses = {}
    for path in PATHS:
        for value in WRONG:
            body = valid_request()
            node = body
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = value
            status, payload, _ = chat(gateway, key, body)
            if status == 200 and body.get("stream") is True:
                continue  # an SSE answer, well-formed by the SDK tests
            assert_clean(status, payload)
            statuses[status] = statuses.get(status, 0) + 1
    assert statuses.get(400, 0) > 100, statuses
    assert_healthy(gateway, key)


def test_nul_bytes(stack):
    gateway, upstream, key = stack
    # In a JSON string, escaped: valid text, answered and restored.
    status, payload, _ = chat(gateway, key, {"model": MODEL, "messages": [
        {"role": "user", "content": "nul\u0000inside " + PLANTED[0] + "\u0000"}]})
    assert_clean(status, payload)
    if status == 200:
        assert payload["choices"][0]["message"]["content"].endswith("nul\u0000inside " + PLANTED[0] + "\u0000")
    assert PLANTED[0] not in json.dumps(upstream.recorded())
    # Raw (unescaped) control bytes are not JSON.
    body = b'{"model":"' + MODEL.encode() + b'","messages":[{"role":"user","content":"a\x00b"}]}'
    assert_clean_error(*chat(gateway, key, body)[:2], statuses=[400])
    # Tenant ids, keys and path parameters.
    assert_clean_error(*admin(gateway, "POST", "/admin/tenants", {"id": "bad\u0000id"}), statuses=[400])
    assert_clean_error(*admin(gateway, "POST", "/admin/tenants", {"id": "hostile\u0000"}), statuses=[400])
    assert_clean_error(*admin(gateway, "POST", "/admin/tenants", {"id": "x", "policy": "default\u0000"}),
                       statuses=[400])
    assert_clean_error(*admin(gateway, "GET", "/admin/tenants/hostile%00/keys"), statuses=[400, 404])
    assert_clean_error(*admin(gateway, "PUT", "/admin/tenants/hostile%00x/policy", {"policy": "default"}),
                       statuses=[400, 404])
    assert_clean_error(*request(gateway, "GET", "/v1/models", headers={"Authorization": "Bearer x%00y"})[:2],
                       statuses=[401])
    # NUL and other control bytes in header values are not HTTP: a 400 or a dropped connection, never a request.
    for header in [b"Authorization: Bearer " + key.encode() + b"\x00", b"X-Veil-Subject: a\x00b",
                   b"X-Request-Id: id\x00x", b"X\x00Y: 1", b"Content-Type: application/json\x00"]:
        body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "nul header"}]}).encode()
        head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Authorization: Bearer " + key.encode() + b"\r\n" + header + b"\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n")
        response = raw_exchange(gateway, head + body)
        assert raw_status(response) in (None, 400), response[:300]
    # A NUL in the request line.
    assert raw_status(raw_exchange(gateway, b"GET /healthz\x00 HTTP/1.1\r\nHost: x\r\n\r\n")) in (None, 400)
    assert_healthy(gateway, key)


def test_slowloris_bodies(stack):
    gateway, _, key = stack
    body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "slow body"}]}).encode()
    head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + key.encode() + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n")
    # Forty connections stall: half in the headers, half in the body, holding what they sent.
    stalled = []
    for i in range(40):
        s = socket.create_connection(("127.0.0.1", gateway.port), timeout=10)
        s.sendall(head if i % 2 else head + b"\r\n" + body[:10])
        stalled.append(s)
    # Meanwhile every other client is served as usual.
    started = time.time()
    for _ in range(5):
        assert_healthy(gateway, key)
    assert time.time() - started < 20
    # A body that trickles in (a byte every 20 ms) is answered once it is complete.
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=30) as s:
        s.sendall(head + b"Connection: close\r\n\r\n")
        for byte in body:
            s.sendall(bytes([byte]))
            time.sleep(0.02)
        response = b""
        while chunk := s.recv(65536):
            response += chunk
    assert raw_status(response) == 200 and b"slow body" in response
    # A client that gives up half-way through its body is cleaned up after.
    for s in stalled:
        s.close()
    assert_healthy(gateway, key)


def test_client_disconnects_mid_stream(stack):
    gateway, _, key = stack
    body = json.dumps({"model": MODEL, "stream": True, "messages": [
        {"role": "user", "content": "a long answer please " + "word " * 300}]}).encode()
    head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + key.encode() + b"\r\nCache-Control: no-store\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n")
    for cut in [0, 1, 200, 2000]:
        s = socket.create_connection(("127.0.0.1", gateway.port), timeout=10)
        s.sendall(head + body)
        received = b""
        while len(received) <= cut:
            chunk = s.recv(256)
            if not chunk:
                break
            received += chunk
        # Reset rather than close, as a client that crashes does.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.close()
    # Many at once, from threads.
    def drop():
        with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as s:
            s.sendall(head + body)
            s.recv(100)
    threads = [threading.Thread(target=drop) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    time.sleep(0.5)
    assert_healthy(gateway, key)


def test_not_http_at_all(stack):
    gateway, _, key = stack
    for junk in [b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64, b"\x00" * 1024, b"GET\r\n\r\n",
                 b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
                 b"POST /v1/chat/completions HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                 b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                 b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\n\r\n", b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 20_000 + b"\r\n"]:
        status = raw_status(raw_exchange(gateway, junk))
        assert status is None or 400 <= status < 500, (junk[:60], status)
    assert_healthy(gateway, key)
