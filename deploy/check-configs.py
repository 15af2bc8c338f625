#!/usr/bin/env python3
"""Starts `veil serve` on every veil.yaml that deploy/ ships, and loads every policy it ships, with the real binary.

Veil rejects an unknown key or a bad value at start, so a typo in a ConfigMap would otherwise surface only as a
crash-looping pod. Checked: deploy/container/veil.yaml, deploy/systemd/veil.yaml, the `veil.yaml` of each
deploy/kubernetes/*/configmap.yaml (ConfigMap veil-config), and each policy of ConfigMap veil-policies
(`veil anonymize --policy FILE`). Paths that only exist in production are overridden by environment variables,
which take precedence over the file: the listen address (loopback), the data directory (a temporary one), the keys
(random), and the policies directory (the ConfigMap's policies).

Needs PyYAML (in .venv-deploy, as checkov depends on it).  Usage: deploy/check-configs.py --veil BINARY
"""

from __future__ import annotations

import argparse
import base64
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def configmaps(path: Path) -> dict[str, dict[str, str]]:
    return {doc["metadata"]["name"]: doc.get("data", {})
            for doc in yaml.safe_load_all(path.read_text()) if doc and doc.get("kind") == "ConfigMap"}


def serve(veil: Path, config: Path, policies: Path, work: Path) -> str | None:
    """None when `veil serve --config config` starts, answers /healthz and stops with 0 on SIGTERM; else why."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEIL_")}
    env.update({
        "VEIL_LISTEN": f"127.0.0.1:{port}",
        "VEIL_DATA_DIR": str(work / "data"),
        "VEIL_MASTER_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
        "VEIL_ADMIN_KEY": "vadm-" + secrets.token_hex(24),
        "VEIL_POLICIES_DIR": str(policies),
        "VEIL_DRAIN_TIMEOUT": "5",
    })
    if "upstreams" not in (yaml.safe_load(config.read_text()) or {}):
        env["VEIL_UPSTREAMS"] = "http://127.0.0.1:9/v1"  # as the image's users must set it
    log = work / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([str(veil), "serve", "--config", str(config)], env=env, cwd=work,
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return f"exited with {process.returncode}: {log.read_text(errors='replace')[-600:]}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            return "no /healthz within 30 s"
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=20)
        return None if code == 0 else f"exit {code} after SIGTERM"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def load_policy(veil: Path, policy: Path) -> str | None:
    result = subprocess.run([str(veil), "anonymize", "--policy", str(policy)], input=b"Hello, I am Ana Lima.\n",
                            capture_output=True, timeout=60)
    return None if result.returncode == 0 else result.stderr.decode(errors="replace")[-600:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--veil", default=str(ROOT / ".build/release/veil"))
    veil = Path(parser.parse_args().veil).resolve()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="veil-check-configs.") as tmp:
        tmp_path = Path(tmp)
        cases: list[tuple[str, Path, Path]] = []
        empty = tmp_path / "no-policies"
        empty.mkdir()
        for name in ("deploy/container/veil.yaml", "deploy/systemd/veil.yaml"):
            cases.append((name, ROOT / name, empty))
        for path in sorted((ROOT / "deploy/kubernetes").glob("*/configmap.yaml")):
            maps = configmaps(path)
            mode = path.parent.name
            folder = tmp_path / mode
            (folder / "policies").mkdir(parents=True)
            config = folder / "veil.yaml"
            config.write_text(maps["veil-config"]["veil.yaml"])
            for file, text in maps.get("veil-policies", {}).items():
                (folder / "policies" / file).write_text(text)
            cases.append((f"{path.relative_to(ROOT)} (veil-config)", config, folder / "policies"))
            for policy in sorted((folder / "policies").iterdir()):
                problem = load_policy(veil, policy)
                label = f"{path.relative_to(ROOT)} (veil-policies/{policy.name})"
                print(f"{'ok' if problem is None else 'FAILED'}: policy {label}" + (f": {problem}" if problem else ""))
                failures += problem is not None
        for label, config, policies in cases:
            work = tmp_path / f"run-{len(label)}-{secrets.token_hex(4)}"
            work.mkdir()
            problem = serve(veil, config, policies, work)
            print(f"{'ok' if problem is None else 'FAILED'}: veil serve --config {label}"
                  + (f": {problem}" if problem else ""))
            failures += problem is not None
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
