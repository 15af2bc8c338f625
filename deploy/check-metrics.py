#!/usr/bin/env python3
"""Checks that every Veil metric the Grafana dashboard and the Prometheus alerts use is really exported.

Starts a real `veil mock-upstream` and `veil serve` on loopback (binaries from --veil), sends a miss, an exact hit,
a request with PII (redactions), a streaming miss (time to first token), two identical requests at once
(single-flight merge) and a feedback verdict (POST /v1/veil/feedback), scrapes GET /metrics, and fails if a veil_*
name used by deploy/grafana/veil-dashboard.json or deploy/prometheus/veil-alerts.yaml is missing.

With --prometheus BIN it also runs that Prometheus against the gateway (1 s scrapes) and evaluates every
dashboard query, failing on a query Prometheus rejects or one that returns no series (a wrong label or name).

Standard library only.  Usage:
    deploy/check-metrics.py --veil .build/release/veil [--prometheus /path/to/prometheus]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Names exported only after an event this check cannot cause on a healthy store, with the reason. They must still
# be registered in the sources (checked when --sources is there).
EVENT_ONLY = {
    "veil_cache_faults_total": "counts cache lookups that failed with a store error; a healthy store has none",
}
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")


def log(message: str) -> None:
    print(f"check-metrics: {message}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method: str, url: str, body: object | None = None, headers: dict[str, str] | None = None,
         timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def wait_for(url: str, seconds: float, process: subprocess.Popen, name: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"check-metrics: {name} exited with {process.returncode}")
        try:
            status, _, _ = http("GET", url, timeout=1)
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"check-metrics: {name} not ready at {url} after {seconds:.0f} s")


# --- the names the dashboard and the alerts use ------------------------------------------------------------------

def dashboard_queries(path: Path) -> list[tuple[str, str]]:
    """(panel title, expr) of every target in every panel, rows included."""
    dashboard = json.loads(path.read_text())
    out: list[tuple[str, str]] = []

    def walk(panels: list[dict]) -> None:
        for panel in panels:
            for target in panel.get("targets", []):
                if target.get("expr"):
                    out.append((panel.get("title", "?"), target["expr"]))
            walk(panel.get("panels", []))

    walk(dashboard.get("panels", []))
    for variable in dashboard.get("templating", {}).get("list", []):
        query = variable.get("query")
        if isinstance(query, dict):
            query = query.get("query")
        if variable.get("type") == "query" and isinstance(query, str):
            out.append((f"variable {variable['name']}", query))
    return out


def alert_expressions(path: Path) -> list[tuple[str, str]]:
    """(alert name, expr) from a rules file; a small reader for `expr:` scalars and `|` blocks (no PyYAML)."""
    lines = path.read_text().splitlines()
    out: list[tuple[str, str]] = []
    name = "?"
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("- alert:") or stripped.startswith("- record:"):
            name = stripped.split(":", 1)[1].strip()
        if stripped.startswith("expr:"):
            value = stripped[len("expr:"):].strip()
            if value in ("|", "|-", ">", ">-"):
                indent = len(line) - len(line.lstrip())
                block = []
                i += 1
                while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                    block.append(lines[i].strip())
                    i += 1
                out.append((name, " ".join(block)))
                continue
            out.append((name, value))
        i += 1
    return out


def veil_names(expr: str) -> set[str]:
    # Label values and strings may contain anything; only identifiers in metric position matter, and every
    # Veil metric starts with veil_.
    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    return set(re.findall(r"\bveil_[a-z0-9_]+\b", without_strings))


def base_name(name: str, exported: dict[str, str]) -> str:
    for suffix in HISTOGRAM_SUFFIXES:
        if name.endswith(suffix) and exported.get(name[: -len(suffix)]) == "histogram":
            return name[: -len(suffix)]
    return name


def parse_exposition(text: str) -> tuple[dict[str, str], set[str]]:
    """(family name -> type, sample names) of a Prometheus text exposition."""
    types: dict[str, str] = {}
    samples: set[str] = set()
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(None, 3)
            types[name] = kind.strip()
        elif line and not line.startswith("#"):
            samples.add(re.split(r"[{ ]", line, maxsplit=1)[0])
    return types, samples


# --- the scenario ------------------------------------------------------------------------------------------------

class Gateway:
    def __init__(self, veil: Path, work: Path):
        self.veil = veil
        self.work = work
        self.mock_port = free_port()
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.admin_key = "vadm-" + secrets.token_hex(24)
        self.processes: list[subprocess.Popen] = []

    def start(self) -> None:
        mock_log = open(self.work / "mock.log", "wb")
        # 300 ms per answer: long enough for two identical requests to meet in flight (single-flight).
        self.mock = subprocess.Popen(
            [str(self.veil), "mock-upstream", "--host", "127.0.0.1", "--port", str(self.mock_port),
             "--latency-ms", "300"],
            stdout=mock_log, stderr=subprocess.STDOUT, cwd=self.work)
        self.processes.append(self.mock)
        wait_for(f"http://127.0.0.1:{self.mock_port}/v1/models", 20, self.mock, "mock-upstream")
        env = {k: v for k, v in os.environ.items() if not k.startswith("VEIL_")}
        env.update({
            "VEIL_LISTEN": f"127.0.0.1:{self.port}",
            "VEIL_UPSTREAMS": f"http://127.0.0.1:{self.mock_port}/v1",
            "VEIL_DATA_DIR": str(self.work / "data"),
            "VEIL_POLICIES_DIR": str(self.work / "policies"),
            "VEIL_MASTER_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
            "VEIL_ADMIN_KEY": self.admin_key,
            "VEIL_DRAIN_TIMEOUT": "5",
            "VEIL_LOG_LEVEL": "warning",
        })
        serve_log = open(self.work / "serve.log", "wb")
        # The working directory holds no veil.yaml, so only the environment above configures it.
        self.serve = subprocess.Popen([str(self.veil), "serve"], env=env, stdout=serve_log,
                                      stderr=subprocess.STDOUT, cwd=self.work)
        self.processes.append(self.serve)
        wait_for(f"{self.base}/readyz", 30, self.serve, "veil serve")

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def tenant(self) -> str:
        status, _, body = http("POST", f"{self.base}/admin/tenants", {"id": "metrics", "policy": "default"},
                               {"Authorization": f"Bearer {self.admin_key}"})
        if status not in (200, 201):
            raise SystemExit(f"check-metrics: creating a tenant: HTTP {status} {body[:200]!r}")
        return json.loads(body)["api_key"]

    def chat(self, key: str, text: str, stream: bool = False) -> tuple[int, dict[str, str], bytes]:
        body: dict = {"model": "mock-gpt", "messages": [{"role": "user", "content": text}]}
        if stream:
            body["stream"] = True
        return http("POST", f"{self.base}/v1/chat/completions", body, {"Authorization": f"Bearer {key}"}, timeout=30)


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"check-metrics: FAILED: {what}")


def run_scenario(gateway: Gateway) -> None:
    key = gateway.tenant()
    question = "What are the opening hours of the Lisbon office on Saturdays?"
    status, headers, _ = gateway.chat(key, question)
    expect(status == 200 and headers.get("x-veil-cache") == "miss",
           f"a miss (HTTP {status}, {headers.get('x-veil-cache')})")
    # The answer is stored after the response went out (off the request path), so the hit may take a moment.
    for _ in range(20):
        time.sleep(0.1)
        status, headers, _ = gateway.chat(key, question)
        if headers.get("x-veil-cache") == "hit-exact":
            break
    expect(status == 200 and headers.get("x-veil-cache") == "hit-exact",
           f"an exact hit ({headers.get('x-veil-cache')})")
    hit_id = headers.get("x-request-id", "")
    status, headers, _ = gateway.chat(key, "I am Maria Fernandes, maria.fernandes@example.com, please call me back.")
    expect(status == 200 and "EMAIL" in headers.get("x-veil-redactions", ""),
           f"a redaction ({headers.get('x-veil-redactions')})")
    status, _, body = gateway.chat(key, "Stream me a short note about tide tables.", stream=True)
    expect(status == 200 and b"[DONE]" in body, "a streaming miss")
    merged = False
    for attempt in range(3):
        text = f"Which platform does the night train to Porto leave from? ({attempt})"
        results: list[str] = []
        threads = [threading.Thread(target=lambda: results.append(gateway.chat(key, text)[1].get("x-veil-cache", "")))
                   for _ in range(3)]
        for thread in threads:
            thread.start()
            time.sleep(0.02)
        for thread in threads:
            thread.join()
        _, _, metrics = http("GET", f"{gateway.base}/metrics")
        if b"veil_singleflight_merges_total" in metrics:
            merged = True
            break
    expect(merged, "identical concurrent misses never merged (veil_singleflight_merges_total)")
    status, _, body = http("POST", f"{gateway.base}/v1/veil/feedback", {"request_id": hit_id, "verdict": "good"},
                           {"Authorization": f"Bearer {key}"})
    expect(status == 200, f"a feedback verdict (HTTP {status} {body[:200]!r})")


# --- Prometheus ------------------------------------------------------------------------------------------------------

def start_prometheus(binary: Path, work: Path, target_port: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    config = work / "prometheus.yml"
    config.write_text(
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
        "scrape_configs:\n"
        f"  - job_name: veil\n    static_configs: [{{targets: ['127.0.0.1:{target_port}']}}]\n")
    process = subprocess.Popen(
        [str(binary), f"--config.file={config}", f"--storage.tsdb.path={work / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
        stdout=open(work / "prometheus.log", "wb"), stderr=subprocess.STDOUT, cwd=work)
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/-/ready", 30, process, "prometheus")
    # Service discovery hands targets to the scrapers every 5 s: wait for the first scrape, so that the scenario's
    # counters have a sample from before it.
    wait_for_series(url, 'up{job="veil"} == 1', 30)
    return process, url


def wait_for_series(url: str, query: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        _, _, body = http("GET", f"{url}/api/v1/query?" + urllib.parse.urlencode({"query": query}))
        if json.loads(body or b"{}").get("data", {}).get("result"):
            return
        time.sleep(0.25)
    raise SystemExit(f"check-metrics: Prometheus has no {query} after {seconds:.0f} s")


def evaluate(url: str, queries: list[tuple[str, str]]) -> list[str]:
    problems = []
    for title, expr in queries:
        concrete = (expr.replace("$__rate_interval", "1m").replace("$instance", ".*").replace("$tenant", ".*"))
        if concrete.startswith("label_values("):
            continue  # a Grafana function, not PromQL; its metric is in the name check
        status, _, body = http("GET", f"{url}/api/v1/query?" + urllib.parse.urlencode({"query": concrete}))
        answer = json.loads(body or b"{}")
        if status != 200 or answer.get("status") != "success":
            problems.append(f"{title}: Prometheus rejects {expr!r}: {answer.get('error', status)}")
        elif not answer["data"]["result"] and not (veil_names(expr) & EVENT_ONLY.keys()):
            problems.append(f"{title}: no series for {expr!r}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--veil", default=str(ROOT / ".build/release/veil"), help="the veil binary")
    parser.add_argument("--dashboard", default=str(ROOT / "deploy/grafana/veil-dashboard.json"))
    parser.add_argument("--alerts", default=str(ROOT / "deploy/prometheus/veil-alerts.yaml"))
    parser.add_argument("--sources", default=str(ROOT / "Sources"), help="where event-only names must be declared")
    parser.add_argument("--prometheus", help="a prometheus binary: also evaluate every dashboard query")
    args = parser.parse_args()

    veil = Path(args.veil).resolve()
    if not os.access(veil, os.X_OK):
        raise SystemExit(f"check-metrics: no executable at {veil}")
    used: dict[str, set[str]] = {}
    queries = dashboard_queries(Path(args.dashboard))
    for title, expr in queries:
        for name in veil_names(expr):
            used.setdefault(name, set()).add(f"dashboard: {title}")
    for alert, expr in alert_expressions(Path(args.alerts)):
        for name in veil_names(expr):
            used.setdefault(name, set()).add(f"alert: {alert}")
    expect(bool(used), "no veil_* names found in the dashboard or the alerts")

    work = Path(tempfile.mkdtemp(prefix="veil-check-metrics."))
    gateway = Gateway(veil, work)
    prometheus = None
    ok = False
    try:
        gateway.start()
        if args.prometheus:
            prometheus, prometheus_url = start_prometheus(Path(args.prometheus), work, gateway.port)
        run_scenario(gateway)
        _, _, exposition = http("GET", f"{gateway.base}/metrics")
        exported, samples = parse_exposition(exposition.decode())
        missing = []
        for name in sorted(used):
            family = base_name(name, exported)
            if family in exported or name in samples:
                continue
            if family in EVENT_ONLY:
                declared = any(f'"{family}"' in path.read_text(errors="ignore")
                               for path in Path(args.sources).rglob("*.swift")) if Path(args.sources).is_dir() else None
                if declared is False:
                    missing.append(f"{name} (event-only, and not declared in {args.sources})")
                else:
                    log(f"{name}: not exported yet ({EVENT_ONLY[family]}); declared in the sources")
                continue
            missing.append(f"{name} (used by {', '.join(sorted(used[name]))})")
        log(f"{len(used)} veil_* names used by the dashboard and the alerts; {len(exported)} families exported")
        if missing:
            for line in missing:
                print(f"  MISSING {line}", flush=True)
            return 1
        if prometheus is not None:
            # The last series the scenario creates, then two more scrapes, so rate() sees the scenario.
            wait_for_series(prometheus_url, "veil_feedback_total", 30)
            time.sleep(2)
            problems = evaluate(prometheus_url, queries)
            if problems:
                for line in problems:
                    print(f"  QUERY {line}", flush=True)
                return 1
            log(f"{len(queries)} dashboard queries evaluated by Prometheus against the live gateway: all return data")
        ok = True
        log("passed")
        return 0
    finally:
        if prometheus is not None:
            prometheus.terminate()
            prometheus.wait(timeout=15)
        gateway.stop()
        if ok:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"check-metrics: logs kept in {work}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
