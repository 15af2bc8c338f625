"""End-to-end tests: the real `veil serve` and `veil mock-upstream` processes, driven by the official OpenAI SDK.

Run from the package root after `swift build`:

    python3 -m venv .venv-e2e && .venv-e2e/bin/pip install openai pytest
    VEIL_BIN=.build/debug/veil .venv-e2e/bin/pytest -q Tests/e2e/test_openai_sdk.py
"""

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request

import openai
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VEIL_BIN = os.path.abspath(os.environ.get("VEIL_BIN", os.path.join(ROOT, ".build/debug/veil")))
ADMIN_KEY = "e2e-admin-key-0123456789abcdef"
MODEL = "mock-gpt"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


class Process:
    def __init__(self, args, env=None, log=None):
        self.log = open(log, "wb") if log else subprocess.DEVNULL
        self.proc = subprocess.Popen(args, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def stop(self, sig=signal.SIGTERM, timeout=15):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


class Upstream:
    def __init__(self, workdir, name, latency_ms=0, tokens_per_second=None):
        self.name = name
        self.port = free_port()
        self.record = os.path.join(workdir, f"{name}.requests.jsonl")
        args = [VEIL_BIN, "mock-upstream", "--port", str(self.port), "--name", name,
                "--latency-ms", str(latency_ms), "--record-file", self.record, "--threads", "1"]
        if tokens_per_second:
            args += ["--tokens-per-second", str(tokens_per_second)]
        self.process = Process(args, log=os.path.join(workdir, f"{name}.log"))
        wait_for(f"http://127.0.0.1:{self.port}/healthz")

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}/v1"

    def recorded(self):
        time.sleep(0.2)  # the mock writes its recording every 50 ms
        try:
            with open(self.record, "rb") as f:
                return [json.loads(line) for line in f if line.strip()]
        except FileNotFoundError:
            return []


class Gateway:
    def __init__(self, workdir, upstreams, extra_env=None):
        self.workdir = workdir
        self.port = free_port()
        policies = os.path.join(workdir, "policies")
        shutil.copytree(os.path.join(ROOT, "policies"), policies, dirs_exist_ok=True)
        with open(os.path.join(policies, "tiny.yaml"), "w") as f:
            f.write("name: tiny\nquotas:\n  requests_per_minute: 3\n")
        with open(os.path.join(policies, "critical.yaml"), "w") as f:
            f.write("name: critical\ncache:\n  semantic:\n    feedback:\n      minimum_reports: 2\n")
        env = dict(os.environ)
        env.update({
            "VEIL_ADMIN_KEY": ADMIN_KEY,
            "VEIL_MASTER_KEY": base64.b64encode(bytes(range(32))).decode(),
            "VEIL_LOG_LEVEL": "info",
        })
        env.update(extra_env or {})
        args = [VEIL_BIN, "serve", "--listen", f"127.0.0.1:{self.port}", "--data-dir", os.path.join(workdir, "data"),
                "--policies-dir", policies, "--body-limit", "65536", "--drain-timeout", "10"]
        for upstream in upstreams:
            args += ["--upstream", upstream.base_url]
        self.log = os.path.join(workdir, "gateway.log")
        self.process = Process(args, env=env, log=self.log)
        wait_for(f"{self.url}/healthz")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def admin(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method, headers={
            "Authorization": f"Bearer {ADMIN_KEY}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
            return json.loads(text) if text else None

    def create_tenant(self, tenant_id, policy=None):
        body = {"id": tenant_id}
        if policy:
            body["policy"] = policy
        return self.admin("POST", "/admin/tenants", body)["api_key"]

    def client(self, key, **kwargs):
        return openai.OpenAI(base_url=self.url + "/v1", api_key=key, max_retries=0, timeout=30, **kwargs)


@pytest.fixture(scope="module")
def workdir():
    path = tempfile.mkdtemp(prefix="veil-e2e-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def stack(workdir):
    up1 = Upstream(workdir, "up1")
    up2 = Upstream(workdir, "up2")
    gateway = Gateway(workdir, [up1, up2])
    yield gateway, [up1, up2]
    gateway.process.stop()
    up1.process.stop()
    up2.process.stop()


@pytest.fixture(scope="module")
def tenants(stack):
    gateway, _ = stack
    return gateway.create_tenant("alpha"), gateway.create_tenant("beta")


def ask(client, text, **kwargs):
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}], **kwargs)


def test_non_streaming(stack, tenants):
    gateway, _ = stack
    completion = ask(gateway.client(tenants[0]), "Hello from the SDK")
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content.endswith("You said: Hello from the SDK")
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.total_tokens > 0


def test_event_loops_are_the_global_executor(stack):
    # Installed by SwiftNIO in a build with the shared Swift runtime, by Veil's own hook in a static one; either way
    # not the silent fallback to the cooperative pool.
    gateway, _ = stack
    with open(gateway.log) as f:
        lines = [json.loads(line) for line in f if line.startswith("{")]
    installed = [line.get("installed_by") for line in lines if "global executor" in line.get("message", "")]
    assert installed and installed[0] in ("nio", "linked")


def test_models_listed_from_the_upstream(stack, tenants):
    # `veil serve --upstream URL` declares no models: the gateway lists what the upstream reports.
    gateway, _ = stack
    assert [model.id for model in gateway.client(tenants[0]).models.list()] == [MODEL]


def test_streaming_with_usage(stack, tenants):
    gateway, _ = stack
    stream = ask(gateway.client(tenants[0]), "Stream this answer please", stream=True,
                 stream_options={"include_usage": True})
    text, usage, chunks = "", None, 0
    for chunk in stream:
        chunks += 1
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
        if chunk.usage:
            usage = chunk.usage
    assert chunks >= 3
    assert text.endswith("You said: Stream this answer please")
    assert usage is not None and usage.total_tokens > 0


def test_pii_round_trip(stack, tenants):
    gateway, upstreams = stack
    email = "jane.doe@example.com"
    completion = ask(gateway.client(tenants[0]), f"Please write to {email} about the invoice")
    answer = completion.choices[0].message.content
    assert email in answer, "the client gets the real value back"
    seen = json.dumps([r for u in upstreams for r in u.recorded()])
    assert "invoice" in seen, "the request reached an upstream"
    assert email not in seen, "no upstream ever saw the e-mail address"
    assert "<EMAIL" in seen or "EMAIL" in seen, "the upstream saw a placeholder instead"


def test_exact_hit_on_repeat_and_cross_tenant_miss(stack, tenants):
    gateway, _ = stack
    alpha, beta = gateway.client(tenants[0]), gateway.client(tenants[1])
    prompt = f"What is the capital of France? {time.time()}"
    first = alpha.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": prompt}], temperature=0)
    assert first.headers.get("x-veil-cache") in ("miss", "bypass")
    time.sleep(0.5)  # the cache stores an answer after it has been sent
    second = alpha.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": prompt}], temperature=0)
    assert second.headers.get("x-veil-cache") == "hit-exact"
    assert second.parse().choices[0].message.content == first.parse().choices[0].message.content
    other = beta.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": prompt}], temperature=0)
    assert other.headers.get("x-veil-cache") in ("miss", "bypass")
    assert other.headers.get("x-request-id")


def test_semantic_hit_on_a_rephrased_question(stack, tenants):
    gateway, _ = stack
    alpha = gateway.client(tenants[0])
    first = alpha.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "How do I reset my password on the billing portal?"}],
        temperature=0)
    assert first.headers.get("x-veil-cache") == "miss"
    time.sleep(0.5)  # the cache stores an answer after it has been sent
    rephrased = alpha.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "how can i reset my password on the billing portal"}],
        temperature=0)
    assert rephrased.headers.get("x-veil-cache") == "hit-semantic"
    assert rephrased.parse().choices[0].message.content == first.parse().choices[0].message.content
    # A question that differs in a number is never served the cached answer.
    other = alpha.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "How do I reset my password on the billing portal 2?"}],
        temperature=0)
    assert other.headers.get("x-veil-cache") == "miss"


def feedback(gateway, key, body):
    request = urllib.request.Request(gateway.url + "/v1/veil/feedback", data=json.dumps(body).encode(), method="POST",
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_feedback_evicts_a_wrong_semantic_hit_and_trips_the_budget(stack):
    """A semantic hit reported wrong is evicted and the same pair misses afterwards; the second wrong verdict spends
    the budget of a policy with minimum_reports 2 and the tenant is served exact hits only until resumed."""
    gateway, _ = stack
    key = gateway.create_tenant("critic", policy="critical")
    client = gateway.client(key)

    def cached(text, request_id=None):
        headers = {"X-Request-Id": request_id} if request_id else None
        raw = client.chat.completions.with_raw_response.create(
            model=MODEL, messages=[{"role": "user", "content": text}], temperature=0, extra_headers=headers)
        raw.parse()
        time.sleep(0.3)  # the answer is stored after it is sent
        return raw.headers.get("x-veil-cache"), raw.headers.get("x-request-id")

    stored, paraphrase = "How do I cancel my gym membership?", "Could you please tell me how to cancel my gym membership?"
    assert cached(stored)[0] == "miss"
    status, request_id = cached(paraphrase, "fb-1")
    assert (status, request_id) == ("hit-semantic", "fb-1")
    code, body = feedback(gateway, key, {"request_id": "fb-1", "verdict": "wrong"})
    assert code == 200 and body["evicted"] and body["semantic_hit"] and not body["semantic_suspended"]
    assert cached(stored)[0] == "miss"                # the entry is gone; the question is answered and stored anew
    assert cached(paraphrase, "fb-2")[0] == "miss"    # the pair itself never hits again
    # Another tenant cannot name this tenant's answers; unknown ids and bad bodies are clean errors.
    other = gateway.create_tenant("bystander")
    assert feedback(gateway, other, {"request_id": "fb-1", "verdict": "wrong"})[0] == 404
    assert feedback(gateway, key, {"request_id": "nope", "verdict": "wrong"})[0] == 404
    code, body = feedback(gateway, key, {"request_id": "fb-1", "verdict": "maybe"})
    assert code == 400 and body["error"]["type"] == "invalid_request_error"
    # A second wrong semantic hit in another conversation context (another model) spends the budget.
    stored2, paraphrase2 = "What are the opening hours of the pool?", "Hi, what are the opening hours of the pool?"
    for text, rid in ((stored2, None), (paraphrase2, "fb-3")):
        raw = client.chat.completions.with_raw_response.create(
            model=MODEL, messages=[{"role": "user", "content": text}], temperature=0, max_tokens=50,
            extra_headers={"X-Request-Id": rid} if rid else None)
        raw.parse()
        time.sleep(0.3)
    assert raw.headers.get("x-veil-cache") == "hit-semantic"
    code, body = feedback(gateway, key, {"request_id": "fb-3", "verdict": "wrong"})
    assert code == 200 and body["semantic_suspended"]
    stats = gateway.admin("GET", "/admin/tenants/critic/stats")
    assert stats["semantic_suspended"] and stats["wrong_verdicts"] == 2
    # Exact-only now: a fresh paraphrase misses, a repeat still hits exactly.
    stored3, paraphrase3 = "Where can I park near the gym?", "Hello! Where can I park near the gym?"
    assert cached(stored3)[0] == "miss"
    assert cached(paraphrase3)[0] == "miss"
    assert cached(stored3)[0] == "hit-exact"
    with urllib.request.urlopen(gateway.url + "/metrics", timeout=5) as response:
        metrics = response.read().decode()
    assert 'veil_semantic_suspended{tenant="critic"} 1' in metrics
    assert 'veil_feedback_total{tenant="critic",verdict="wrong"} 2' in metrics
    assert gateway.admin("POST", "/admin/tenants/critic/semantic/resume")["was_suspended"]
    assert not gateway.admin("GET", "/admin/tenants/critic/stats")["semantic_suspended"]


def test_unauthorized(stack):
    gateway, _ = stack
    with pytest.raises(openai.AuthenticationError) as info:
        ask(gateway.client("vk-wrong"), "hello")
    assert info.value.status_code == 401
    assert info.value.body["type"] == "authentication_error" if isinstance(info.value.body, dict) else True


def test_body_too_large(stack, tenants):
    gateway, _ = stack
    with pytest.raises(openai.APIStatusError) as info:
        ask(gateway.client(tenants[0]), "x" * 100_000)
    assert info.value.status_code == 413


def test_quota_429(stack):
    gateway, _ = stack
    key = gateway.create_tenant("tiny-tenant", policy="tiny")
    client = gateway.client(key)
    for i in range(3):
        ask(client, f"quota request {i}")
    with pytest.raises(openai.RateLimitError) as info:
        ask(client, "one too many")
    assert info.value.status_code == 429
    assert int(info.value.response.headers["retry-after"]) >= 1


def test_upstream_failure_502(workdir):
    dead_port = free_port()  # nothing listens here

    class Dead:
        base_url = f"http://127.0.0.1:{dead_port}/v1"

    sub = os.path.join(workdir, "dead")
    os.makedirs(sub, exist_ok=True)
    gateway = Gateway(sub, [Dead()])
    try:
        key = gateway.create_tenant("gamma")
        with pytest.raises(openai.APIStatusError) as info:
            ask(gateway.client(key), "anyone there?")
        assert info.value.status_code in (502, 503, 504)
    finally:
        gateway.process.stop()


def test_failover_when_one_upstream_is_killed(workdir):
    sub = os.path.join(workdir, "failover")
    os.makedirs(sub, exist_ok=True)
    a, b = Upstream(sub, "fa"), Upstream(sub, "fb")
    gateway = Gateway(sub, [a, b])
    try:
        client = gateway.client(gateway.create_tenant("delta"))
        errors, done = [], 0
        for i in range(60):
            if i == 20:
                a.process.stop(signal.SIGKILL)
            try:
                ask(client, f"failover request {i} {time.time()}")
                done += 1
            except Exception as error:  # noqa: BLE001 - any client error fails the test
                errors.append(repr(error))
        assert errors == []
        assert done == 60
    finally:
        gateway.process.stop()
        b.process.stop()


def test_graceful_shutdown_during_a_stream(workdir):
    sub = os.path.join(workdir, "shutdown")
    os.makedirs(sub, exist_ok=True)
    slow = Upstream(sub, "slow", tokens_per_second=20)
    gateway = Gateway(sub, [slow])
    try:
        client = gateway.client(gateway.create_tenant("epsilon"))
        words = " ".join(f"word{i}" for i in range(30))
        stream = ask(client, words, stream=True)
        received = []
        first = next(iter(stream))
        received.append(first)
        stopper = threading.Thread(target=lambda: gateway.process.proc.send_signal(signal.SIGTERM))
        stopper.start()
        text = ""
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                text += chunk.choices[0].delta.content
        stopper.join()
        assert text.endswith("word29"), "the stream in flight finished despite SIGTERM"
        assert gateway.process.proc.wait(20) == 0, "exit status 0 after draining"
        with pytest.raises(Exception):
            ask(client, "after shutdown")
    finally:
        gateway.process.stop(signal.SIGKILL)
        slow.process.stop()


def test_second_signal_exits_at_once(workdir):
    sub = os.path.join(workdir, "second-signal")
    os.makedirs(sub, exist_ok=True)
    slow = Upstream(sub, "slower", tokens_per_second=5)
    gateway = Gateway(sub, [slow])
    try:
        client = gateway.client(gateway.create_tenant("zeta"))
        stream = ask(client, " ".join(f"w{i}" for i in range(100)), stream=True)
        next(iter(stream))
        gateway.process.proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        assert gateway.process.proc.poll() is None, "still draining the 20-second stream"
        gateway.process.proc.send_signal(signal.SIGTERM)
        assert gateway.process.proc.wait(5) == 130
    finally:
        gateway.process.stop(signal.SIGKILL)
        slow.process.stop()


def test_erase_while_serving_under_load(workdir):
    """`veil erase` on the data dir of a running `veil serve`: other tenants see no failure, the erased tenant is
    refused, the canary is gone from every file, and the store reopens and verifies."""
    sub = os.path.join(workdir, "erase")
    os.makedirs(sub, exist_ok=True)
    upstream = Upstream(sub, "er")
    gateway = Gateway(sub, [upstream])
    data_dir = os.path.join(sub, "data")
    canary = "canary-9d41e7b2"
    try:
        doomed_key = gateway.create_tenant("doomed")
        keeper_key = gateway.create_tenant("keeper")
        doomed = gateway.client(doomed_key)
        keeper = gateway.client(keeper_key)
        for i in range(20):
            ask(doomed, f"Tell me about {canary} number {i}")
        ask(keeper, "What are your opening hours?")
        stop = threading.Event()
        failures, served = [], [0]

        def load():
            while not stop.is_set():
                try:
                    raw = keeper.chat.completions.with_raw_response.create(
                        model=MODEL, messages=[{"role": "user", "content": "What are your opening hours?"}])
                    raw.parse()
                    served[0] += 1
                except Exception as error:  # noqa: BLE001 - any failure of the other tenant fails the test
                    failures.append(repr(error))

        threads = [threading.Thread(target=load) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        env = dict(os.environ, VEIL_MASTER_KEY=base64.b64encode(bytes(range(32))).decode())
        result = subprocess.run([VEIL_BIN, "erase", "--data-dir", data_dir, "--tenant", "doomed", "--yes"],
                                env=env, capture_output=True, timeout=120)
        time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join()
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        assert failures == []
        assert served[0] > 0
        with pytest.raises(openai.AuthenticationError):
            ask(doomed, "still there?")
        ask(keeper, "What are your opening hours?")
        for folder, _, files in os.walk(data_dir):
            for name in files:
                with open(os.path.join(folder, name), "rb") as f:
                    assert canary.encode() not in f.read(), name
        receipts = os.listdir(os.path.join(data_dir, "receipts"))
        assert len(receipts) == 1
        verify = subprocess.run([VEIL_BIN, "erase", "verify", os.path.join(data_dir, "receipts", receipts[0]),
                                 "--data-dir", data_dir], env=env, capture_output=True, timeout=60)
        assert verify.returncode == 0, verify.stdout.decode(errors="replace") + verify.stderr.decode(errors="replace")
        audit = subprocess.run([VEIL_BIN, "audit", "--data-dir", data_dir], env=env, capture_output=True, timeout=60)
        assert audit.returncode == 0
    finally:
        gateway.process.stop()
        upstream.process.stop()


def test_tls_listener(workdir):
    """`veil serve --tls-certificate-file/--tls-private-key-file` serves the OpenAI API over HTTPS."""
    import ssl

    sub = os.path.join(workdir, "tls")
    os.makedirs(sub, exist_ok=True)
    cert, key = os.path.join(sub, "cert.pem"), os.path.join(sub, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"], check=True, capture_output=True)
    upstream = Upstream(sub, "tl")
    port = free_port()
    policies = os.path.join(sub, "policies")
    shutil.copytree(os.path.join(ROOT, "policies"), policies, dirs_exist_ok=True)
    env = dict(os.environ, VEIL_ADMIN_KEY=ADMIN_KEY, VEIL_MASTER_KEY=base64.b64encode(bytes(range(32))).decode())
    server = Process([VEIL_BIN, "serve", "--listen", f"127.0.0.1:{port}", "--data-dir", os.path.join(sub, "data"),
                      "--policies-dir", policies, "--upstream", upstream.base_url,
                      "--tls-certificate-file", cert, "--tls-private-key-file", key],
                     env=env, log=os.path.join(sub, "gateway.log"))
    try:
        base = f"https://127.0.0.1:{port}"
        context = ssl.create_default_context(cafile=cert)
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1, context=context) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        request = urllib.request.Request(base + "/admin/tenants", data=json.dumps({"id": "secure"}).encode(),
                                         method="POST", headers={"Authorization": f"Bearer {ADMIN_KEY}",
                                                                 "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10, context=context) as response:
            api_key = json.loads(response.read())["api_key"]
        client = openai.OpenAI(base_url=base + "/v1", api_key=api_key, max_retries=0,
                               http_client=openai.DefaultHttpxClient(verify=context, timeout=10))
        completion = ask(client, "Hello over TLS")
        assert "Hello over TLS" in completion.choices[0].message.content
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
    finally:
        server.stop()
        upstream.process.stop()
