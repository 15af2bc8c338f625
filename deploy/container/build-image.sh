#!/usr/bin/env bash
# `make image`: builds the Containerfile's default target (`runtime`: veil built from source on the official Swift
# image, as `make release` builds it, on debian:bookworm-slim) with Buildah, or Podman when Buildah is missing.
# Needs the registry (docker.io) for the two base images; without one, see `make image-test` (docs/DEPLOY.md).
#
#   IMAGE=registry.internal/veil:0.1.0 deploy/container/build-image.sh [extra buildah/podman build arguments]
#
# Environment: IMAGE (default localhost/veil:latest), SWIFT_IMAGE and RUNTIME_BASE (build arguments, e.g. pinned
# by digest), WITH_OPENBLAS=true, STORAGE_DRIVER (e.g. vfs where overlay is not available).
set -euo pipefail
cd "$(dirname "$0")/../.."

image="${IMAGE:-localhost/veil:latest}"
args=(--format docker -t "$image" -f Containerfile --build-arg "WITH_OPENBLAS=${WITH_OPENBLAS:-false}")
[[ -n "${SWIFT_IMAGE:-}" ]] && args+=(--build-arg "SWIFT_IMAGE=$SWIFT_IMAGE")
[[ -n "${RUNTIME_BASE:-}" ]] && args+=(--build-arg "RUNTIME_BASE=$RUNTIME_BASE")

if ! command -v buildah >/dev/null && ! command -v podman >/dev/null; then
    if [[ "$(id -u)" == 0 ]]; then
        echo "installing: buildah"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends buildah
    else
        echo "build-image: install buildah or podman (apt-get install buildah)" >&2
        exit 1
    fi
fi
started=$(date +%s)
if command -v buildah >/dev/null; then
    # --layers keeps the dependency and build layers between builds; the build stage's cache mount keeps SwiftPM's
    # objects, so a source edit rebuilds incrementally.
    buildah bud --layers "${args[@]}" "$@" .
    size="$(buildah images --format '{{.Size}}' "$image" | head -n 1)"
else
    podman build --layers "${args[@]}" "$@" .
    size="$(podman image inspect --format '{{.Size}}' "$image")"
fi
echo "built $image ($size) in $(($(date +%s) - started)) s"
