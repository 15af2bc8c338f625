#!/usr/bin/env python3
"""Crash and fault soak of `veil serve` (issue 16), loopback only, bounded in time. Run by Benchmarks/chaos.sh.

Mixed load from worker threads — exact hits, misses, streams, two tenants (alpha, beta) asking the same questions
under their own tags and planted PII, admin calls, and the erasure of a third tenant (gamma) part-way through — while
the gateway is killed with SIGKILL and restarted KILLS times, and its upstreams fail on purpose:

  mock-reset  `veil mock-upstream --fail close@P`    connection closed without an answer
  mock-500    `veil mock-upstream --fail 500@P`      HTTP 500 with an error body
  mock-stall  `veil mock-upstream --fail hang@P`     never answers (the gateway's timeouts end it)
  mock-cut    `veil mock-upstream --fail cut:2@P`    streams and bodies cut part-way
  bad-sse     this script's own upstream             malformed SSE and JSON: broken JSON, wrong types, invalid
                                                     UTF-8, a missing blank line, garbage lines, early [DONE]

Checked for every request, and counted: the answer is a well-formed completion or SSE stream whose text is exactly
what the upstream echoed (so never another tenant's: every answer must carry its own tenant's tag and PII, and only
those), a well-formed OpenAI error JSON (or an error event in a stream), or a connection refused or cut while the
gateway was being killed. After every restart the store opens (/readyz store_open) and the tenants' keys still work.
At the end: no planted PII value in any body an upstream received nor in the gateway's log; the erased tenant gets
401; the gateway's RSS, sampled every 0.25 s, stayed under RSS_LIMIT_MB. Exits 1 on any violation.

Environment: VEIL_BIN (default .build/debug/veil), KILLS (20), CYCLE_SECONDS (load between kills, default 4),
WORKERS (8), FAIL_P (failure probability of each mock, default 0.1), RSS_LIMIT_MB (800), MAX_SECONDS (600).
"""

import base64
import http.client
import http.server
import json
import os
import random
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VEIL_BIN = os.path.abspath(os.environ.get("VEIL_BIN", os.path.join(ROOT, ".build/debug/veil")))
KILLS = int(os.environ.get("KILLS", "20"))
CYCLE_SECONDS = float(os.environ.get("CYCLE_SECONDS", "4"))
WORKERS = int(os.environ.get("WORKERS", "8"))
FAIL_P = float(os.environ.get("FAIL_P", "0.1"))
RSS_LIMIT_MB = float(os.environ.get("RSS_LIMIT_MB", "800"))
MAX_SECONDS = float(os.environ.get("MAX_SECONDS", "600"))
ADMIN_KEY = "chaos-admin-key-0123456789abcdef"
MODEL = "mock-gpt"

TENANTS = {
    "alpha": {"tag": "TAG-ALPHA-7f3a", "email": "alice.alpha@example.com", "phone": "13812345678"},
    "beta": {"tag": "TAG-BETA-91c2", "email": "bob.beta@example.org", "phone": "13987654321"},
    "gamma": {"tag": "TAG-GAMMA-4d0e", "email": "gina.gamma@example.net", "phone": "13700001111"},
}
PLANTED = [v for t in TENANTS.values() for k, v in t.items() if k != "tag"]
QUESTIONS = [
    "What are your opening hours on Sunday?", "How do I reset my password?", "Where is my parcel right now?",
    "Can I change the delivery address?", "What is the refund policy for shoes?", "Do you ship to Norway?",
    "How long does a bank transfer take?", "Is the store open on public holidays?",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


# ---------------------------------------------------------------------------------------------------------------
# The malformed-SSE upstream


class BadUpstream(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    records = []
    lock = threading.Lock()
    rng = random.Random(16)

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.endswith("/models"):
            self.reply(200, json.dumps({"object": "list", "data": [{"id": MODEL, "object": "model"}]}).encode())
        else:
            self.reply(200, b'{"status":"ok"}')

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with BadUpstream.lock:
            BadUpstream.records.append(body)
            fault = BadUpstream.rng.random() < FAIL_P * 3
            kind = BadUpstream.rng.randrange(8)
        request = json.loads(body)
        text = next((m.get("content") for m in reversed(request["messages"]) if m.get("role") == "user"), "")
        if isinstance(text, list):
            text = "".join(p.get("text", "") for p in text)
        answer = "[bad-sse] You said: " + text
        if not request.get("stream"):
            if fault:
                self.reply(200, [b'{"choices":[{"message":', b'{"choices":"nope"}', b"\xff\xfe not json",
                                 b'{"choices":[{"index":0,"message":{"role":"assistant","content":7}}]}'][kind % 4])
                return
            self.reply(200, json.dumps({
                "id": "chatcmpl-bad", "object": "chat.completion", "created": 1, "model": MODEL,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode())
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()

        def chunk(delta, finish=None):
            return ("data: " + json.dumps({"id": "chatcmpl-bad", "object": "chat.completion.chunk", "created": 1,
                                           "model": MODEL, "choices": [{"index": 0, "delta": delta,
                                                                        "finish_reason": finish}]}) + "\n\n").encode()
        words = [answer[i:i + 7] for i in range(0, len(answer), 7)]
        out = [chunk({"role": "assistant"})] + [chunk({"content": w}) for w in words] + [chunk({}, "stop")]
        out.append(b"data: [DONE]\n\n")
        if fault:
            at = 1 + BadUpstream.rng.randrange(len(out) - 2)
            garbage = [b"data: {not json\n\n", b'data: {"choices":[{"index":0,"delta":{"content":5}}]}\n\n',
                       b"data: \xff\xfe\xfd\n\n", b"data: [DONE]\n\n", b"this is not sse\n\n",
                       b"data: " + b"x" * 70000 + b"\n\n", b'data: {"choices":', b"event: error\ndata: {}\n\n"][kind]
            out = out[:at] + [garbage] + ([] if kind in (6,) else out[at:])
        try:
            for piece in out:
                self.wfile.write(piece)
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True


class ThreadingServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # a connection reset by the gateway being killed mid-request: expected here, not worth a traceback


# ---------------------------------------------------------------------------------------------------------------
# The gateway under test


class Gateway:
    def __init__(self, workdir, upstreams):
        self.workdir = workdir
        self.port = free_port()
        self.config = os.path.join(workdir, "veil.yaml")
        with open(self.config, "w") as f:
            f.write("upstreams:\n")
            for name, url in upstreams:
                f.write(f"  - name: {name}\n    base_url: {url}\n")
            f.write("retries: 2\ntimeouts:\n  connect_seconds: 1\n  first_byte_seconds: 3\n  idle_seconds: 3\n"
                    "  total_seconds: 15\nhealth_check_interval_seconds: 1\n")
        self.policies = os.path.join(workdir, "policies")
        shutil.copytree(os.path.join(ROOT, "policies"), self.policies, dirs_exist_ok=True)
        with open(os.path.join(self.policies, "chaos.yaml"), "w") as f:
            f.write("name: chaos\nquotas:\n  concurrent_requests: 1000\n  requests_per_minute: 1000000\n"
                    "  tokens_per_minute: 1000000000\n")
        self.log_path = os.path.join(workdir, "gateway.log")
        self.log = open(self.log_path, "ab")
        self.proc = None
        self.starts = 0

    def start(self):
        env = dict(os.environ, VEIL_ADMIN_KEY=ADMIN_KEY, VEIL_MASTER_KEY=base64.b64encode(bytes(range(32))).decode(),
                   VEIL_LOG_LEVEL="info")
        self.proc = subprocess.Popen(
            [VEIL_BIN, "serve", "--config", self.config, "--listen", f"127.0.0.1:{self.port}",
             "--data-dir", os.path.join(self.workdir, "data"), "--policies-dir", self.policies,
             "--default-policy", "chaos", "--drain-timeout", "2"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.starts += 1
        wait_for(self.url + "/healthz")
        status, body = wait_for(self.url + "/readyz")
        ready = json.loads(body)
        if not ready.get("store_open"):
            raise RuntimeError(f"store not open after start {self.starts}: {ready}")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                return "killed"
        return self.proc.returncode if self.proc else None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def rss_kb(self):
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS"):
                        return int(line.split()[1])
        except (OSError, AttributeError):
            return 0
        return 0


# ---------------------------------------------------------------------------------------------------------------
# Load and checks


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.violations = []

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n

    def violation(self, kind, detail):
        with self.lock:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            if len(self.violations) < 40:
                self.violations.append(f"{kind}: {detail}")


STATS = Stats()
KILL_WINDOWS = []  # (killed at, serving again at)
KILL_LOCK = threading.Lock()


def overlaps_kill(start, end):
    with KILL_LOCK:
        windows = list(KILL_WINDOWS)
    return any(start <= back and end >= killed for killed, back in windows)


def is_error_json(obj):
    return (isinstance(obj, dict) and set(obj) == {"error"} and isinstance(obj["error"], dict)
            and isinstance(obj["error"].get("message"), str) and isinstance(obj["error"].get("type"), str))


def prompt_for(tenant, question, unique):
    t = TENANTS[tenant]
    text = f"[{t['tag']}] I am {t['email']}, phone {t['phone']}. {question}"
    if unique:
        text += f" (#{random.getrandbits(48):x})"
    return text


def check_answer(tenant, prompt, content, cache, finished, where):
    """Content must be exactly an upstream's echo of this prompt: never another tenant's, never torn."""
    others = [v for name, t in TENANTS.items() if name != tenant for v in t.values()]
    if any(o in (content or "") for o in others):
        STATS.violation("wrong_tenant", f"{tenant} got {content!r:.200}")
        return
    expected_suffix = "You said: " + prompt
    if content is not None and content.startswith("[") and content.endswith(expected_suffix):
        STATS.add("ok_" + (cache or "?"))
        return
    # Not the whole echo: acceptable only for a miss the upstream itself cut without finishing it (the client sees
    # no finish_reason); a cache hit or a finished answer must be whole.
    if cache == "miss" and not finished:
        STATS.add("upstream_cut_relayed")
        return
    STATS.violation("torn", f"{where} cache={cache} finished={finished} {content!r:.200} for {prompt!r:.120}")


def chat_once(port, key, tenant, stream, unique, rng):
    question = rng.choice(QUESTIONS)
    prompt = prompt_for(tenant, question, unique)
    body = {"model": MODEL, "temperature": 0, "messages": [{"role": "user", "content": prompt}]}
    if stream:
        body["stream"] = True
    data = json.dumps(body).encode()
    started = time.time()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", "/v1/chat/completions", data, {
            "Authorization": f"Bearer {key}", "Content-Type": "application/json"})
        response = conn.getresponse()
        raw = response.read()
        status = response.status
        cache = response.getheader("X-Veil-Cache")
        ctype = response.getheader("Content-Type") or ""
    except (OSError, http.client.HTTPException) as error:
        if overlaps_kill(started, time.time()) or not gateway_alive():
            STATS.add("interrupted_by_kill")
            time.sleep(0.05)  # the gateway is restarting
        else:
            STATS.violation("malformed", f"connection error outside a kill window: {error!r}")
        return None
    finally:
        conn.close()
    STATS.add("requests")
    if status == 401 and tenant == "gamma":
        STATS.add("erased_tenant_401")
        return status
    if status != 200:
        try:
            obj = json.loads(raw)
        except ValueError:
            obj = None
        if is_error_json(obj):
            STATS.add(f"error_{status}")
        else:
            STATS.violation("malformed", f"status {status} body {raw[:200]!r}")
        return status
    if tenant == "gamma" and ERASED.is_set() and started > ERASED_AT[0] + 1.0:
        STATS.violation("erased_served", f"gamma served after its erasure: {raw[:120]!r}")
    if not stream:
        try:
            obj = json.loads(raw)
            content = obj["choices"][0]["message"]["content"]
            finished = obj["choices"][0].get("finish_reason") is not None
        except (ValueError, KeyError, IndexError, TypeError):
            STATS.violation("malformed", f"200 body {raw[:200]!r}")
            return status
        check_answer(tenant, prompt, content, cache, finished, "json")
        return status
    if not ctype.startswith("text/event-stream"):
        STATS.violation("malformed", f"stream answered as {ctype}")
        return status
    text, finished, done, errored = "", False, False, False
    for block in raw.split(b"\n\n"):
        if not block.strip():
            continue
        if not block.startswith(b"data: "):
            STATS.violation("malformed", f"SSE block {block[:120]!r}")
            return status
        payload = block[6:]
        if payload == b"[DONE]":
            done = True
            continue
        try:
            obj = json.loads(payload)
        except ValueError:
            STATS.violation("malformed", f"SSE data {payload[:120]!r}")
            return status
        if is_error_json(obj):
            errored = True
            continue
        for choice in obj.get("choices", []):
            text += choice.get("delta", {}).get("content") or ""
            finished = finished or choice.get("finish_reason") is not None
    if errored:
        STATS.add("stream_error_event")
        if overlaps_kill(started, time.time()):
            return status
        return status
    if not done:
        if overlaps_kill(started, time.time()) or not gateway_alive():
            STATS.add("interrupted_by_kill")
        else:
            STATS.violation("malformed", f"stream without [DONE] or error event: {raw[-200:]!r}")
        return status
    check_answer(tenant, prompt, text, cache, finished, "sse")
    return status


GATEWAY = None
STOP = threading.Event()
ERASED = threading.Event()
ERASED_AT = [0.0]
KEYS = {}


def gateway_alive():
    return GATEWAY.proc is not None and GATEWAY.proc.poll() is None


def worker(index):
    rng = random.Random(1000 + index)
    while not STOP.is_set():
        tenant = rng.choice(["alpha", "beta", "alpha", "beta", "gamma"])
        kind = rng.random()
        chat_once(GATEWAY.port, KEYS[tenant], tenant, stream=rng.random() < 0.4, unique=kind < 0.35, rng=rng)


def admin(method, path, body=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(GATEWAY.url + path, data=data, method=method, headers={
        "Authorization": f"Bearer {ADMIN_KEY}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            obj = json.loads(raw)
        except ValueError:
            obj = None
        if not is_error_json(obj):
            STATS.violation("malformed", f"admin {path} {e.code} {raw[:120]!r}")
        return e.code, obj


def admin_worker():
    rng = random.Random(7)
    while not STOP.is_set():
        started = time.time()
        try:
            choice = rng.randrange(5)
            if choice == 0:
                admin("GET", "/admin/tenants")
            elif choice == 1:
                admin("GET", f"/admin/tenants/{rng.choice(['alpha', 'beta'])}/stats")
            elif choice == 2:
                admin("GET", "/admin/tenants/alpha/keys")
            elif choice == 3:
                admin("PUT", "/admin/tenants/beta/policy", {"policy": "chaos"})
            else:
                with urllib.request.urlopen(GATEWAY.url + "/metrics", timeout=10) as r:
                    r.read()
            STATS.add("admin_calls")
        except (OSError, http.client.HTTPException):
            if not overlaps_kill(started, time.time()) and gateway_alive():
                STATS.violation("malformed", "admin call failed outside a kill window")
            else:
                STATS.add("interrupted_by_kill")
        time.sleep(0.05)


def rss_sampler(samples):
    while not STOP.is_set():
        kb = GATEWAY.rss_kb()
        if kb:
            samples.append(kb)
        time.sleep(0.25)


def main():
    global GATEWAY
    began = time.time()
    workdir = tempfile.mkdtemp(prefix="veil-chaos-")
    procs = []
    try:
        upstreams = []
        for name, fail in [("mock-reset", f"close@{FAIL_P}"), ("mock-500", f"500@{FAIL_P}"),
                           ("mock-stall", f"hang@{FAIL_P / 2}"), ("mock-cut", f"cut:2@{FAIL_P * 2}")]:
            port = free_port()
            record = os.path.join(workdir, f"{name}.jsonl")
            procs.append((name, record, subprocess.Popen(
                [VEIL_BIN, "mock-upstream", "--port", str(port), "--name", name, "--fail", fail, "--threads", "1",
                 "--record", "1000000", "--record-file", record, "--tokens-per-second", "2000"],
                stdout=open(os.path.join(workdir, f"{name}.log"), "wb"), stderr=subprocess.STDOUT)))
            upstreams.append((name, f"http://127.0.0.1:{port}/v1"))
        bad = ThreadingServer(("127.0.0.1", 0), BadUpstream)
        threading.Thread(target=bad.serve_forever, daemon=True).start()
        upstreams.append(("bad-sse", f"http://127.0.0.1:{bad.server_address[1]}/v1"))
        for _, url in upstreams:
            wait_for(url.rsplit("/v1", 1)[0] + "/healthz")
        GATEWAY = Gateway(workdir, upstreams)
        GATEWAY.start()
        for tenant in TENANTS:
            status, obj = admin("POST", "/admin/tenants", {"id": tenant, "policy": "chaos"})
            assert status in (200, 201), (status, obj)
            KEYS[tenant] = obj["api_key"]

        samples = []
        threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(WORKERS)]
        threads.append(threading.Thread(target=admin_worker, daemon=True))
        threads.append(threading.Thread(target=rss_sampler, args=(samples,), daemon=True))
        for t in threads:
            t.start()
        rng = random.Random(20)
        erase_at = KILLS // 3
        erase_job = None
        kills = 0
        restart_times = []
        while kills < KILLS and time.time() - began < MAX_SECONDS - 60:
            time.sleep(CYCLE_SECONDS * (0.5 + rng.random()))
            if kills == erase_at and erase_job is None:
                status, obj = admin("POST", "/admin/tenants/gamma/erase", {})
                if status == 202:
                    erase_job = obj["job"]
                    ERASED_AT[0] = time.time()
                    ERASED.set()  # the data key is destroyed before anything else; from now on gamma gets 401
                    STATS.add("erasure_started")
            killed = time.time()
            with KILL_LOCK:
                KILL_WINDOWS.append((killed - 0.05, float("inf")))  # open until the gateway serves again
            GATEWAY.kill()
            kills += 1
            GATEWAY.start()  # raises if the store does not open
            back = time.time()
            restart_times.append(back - killed)
            with KILL_LOCK:
                KILL_WINDOWS[-1] = (killed - 0.05, back + 0.5)
            # The store opened with its tenants: both keys authenticate.
            for tenant in ("alpha", "beta"):
                req = urllib.request.Request(GATEWAY.url + "/v1/models",
                                             headers={"Authorization": f"Bearer {KEYS[tenant]}"})
                with urllib.request.urlopen(req, timeout=10) as r:
                    assert r.status == 200
        time.sleep(CYCLE_SECONDS)
        STOP.set()
        for t in threads:
            t.join(60)
        # The erasure: finished (or restarted after a kill interrupted it), and gamma is gone.
        if erase_job is not None:
            status, job = admin("GET", f"/admin/erasures/{erase_job}")
            if status != 200 or job.get("state") != "succeeded":
                status, obj = admin("POST", "/admin/tenants/gamma/erase", {})
                STATS.add("erasure_restarted")
                if status == 202:
                    for _ in range(100):
                        s2, job = admin("GET", f"/admin/erasures/{obj['job']}")
                        if job and job.get("state") not in ("running",):
                            break
                        time.sleep(0.1)
            status = chat_once(GATEWAY.port, KEYS["gamma"], "gamma", False, True, random.Random(1))
            if status != 401:
                STATS.violation("erased_served", f"gamma after erasure: {status}")
        code = GATEWAY.stop()
        time.sleep(0.3)  # the mocks write their recordings every 50 ms
        # PII never reaches an upstream or the log.
        leaks = 0
        bodies = 0
        for name, record, proc in procs:
            try:
                with open(record, "rb") as f:
                    data = f.read()
            except FileNotFoundError:
                data = b""
            bodies += data.count(b"\n")
            leaks += sum(data.count(p.encode()) for p in PLANTED)
        for body in BadUpstream.records:
            bodies += 1
            leaks += sum(body.count(p.encode()) for p in PLANTED)
        with open(GATEWAY.log_path, "rb") as f:
            log = f.read()
        log_leaks = sum(log.count(p.encode()) for p in PLANTED)
        if leaks:
            STATS.violation("pii_leak_upstream", f"{leaks} planted values in upstream bodies")
        if log_leaks:
            STATS.violation("pii_leak_log", f"{log_leaks} planted values in the gateway log")
        max_rss = max(samples) / 1024 if samples else 0
        if max_rss > RSS_LIMIT_MB:
            STATS.violation("rss", f"max RSS {max_rss:.0f} MB over {RSS_LIMIT_MB} MB")
        c = STATS.counts
        answered = sum(v for k, v in c.items() if k.startswith("ok_"))
        print(f"chaos: {time.time() - began:.0f} s, {KILLS} planned kills, {kills} done "
              f"(restart to ready p50 {sorted(restart_times)[len(restart_times) // 2]:.2f} s, "
              f"max {max(restart_times):.2f} s), final stop exit {code}")
        print(f"  requests {c.get('requests', 0)} answered {answered} "
              f"(hit-exact {c.get('ok_hit-exact', 0)}, hit-semantic {c.get('ok_hit-semantic', 0)}, "
              f"miss {c.get('ok_miss', 0)}), errors " +
              ", ".join(f"{k[6:]}: {v}" for k, v in sorted(c.items()) if k.startswith("error_")) +
              f", stream error events {c.get('stream_error_event', 0)}, upstream cuts relayed "
              f"{c.get('upstream_cut_relayed', 0)}, interrupted by a kill {c.get('interrupted_by_kill', 0)}, "
              f"admin calls {c.get('admin_calls', 0)}")
        print(f"  upstream bodies checked {bodies}; erased tenant: 401s {c.get('erased_tenant_401', 0)}")
        print(f"  wrong-tenant {c.get('wrong_tenant', 0)}  torn {c.get('torn', 0)}  "
              f"PII leaks {c.get('pii_leak_upstream', 0) and leaks} upstream / {log_leaks} log  "
              f"malformed {c.get('malformed', 0)}  erased-served {c.get('erased_served', 0)}  "
              f"max RSS {max_rss:.0f} MB (limit {RSS_LIMIT_MB:.0f})")
        for v in STATS.violations:
            print("  VIOLATION", v)
        bad_keys = ["wrong_tenant", "torn", "pii_leak_upstream", "pii_leak_log", "malformed", "erased_served", "rss"]
        return 1 if any(c.get(k, 0) for k in bad_keys) or kills < KILLS else 0
    finally:
        STOP.set()
        if GATEWAY:
            GATEWAY.stop()
        for _, _, proc in procs:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        if os.environ.get("CHAOS_KEEP"):
            print("  work directory kept:", workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
