#!/usr/bin/env bash
# Makes the runtime base image locally, without pulling anything from a registry: Debian bookworm `minbase` from the
# apt mirror this machine already uses (debootstrap), plus the libraries `veil` links (libcrypto, liblmdb) and CA
# certificates, with docs, man pages, locales and apt lists removed; imported into Buildah's storage as
#   localhost/veil-base:bookworm-<key>
# where <key> is a hash of this script, so a changed recipe makes a new image. Prints that name on standard output.
#
# Cached on the machine: the root file system tarball in $VEIL_BASE_CACHE (default /var/cache/veil-image) and the
# image in the container storage; a second run takes a second. Needs root, debootstrap and buildah.
#
# Environment: VEIL_DEBIAN_MIRROR (default: the first bookworm URI in /etc/apt/sources.list*, else
# http://deb.debian.org/debian), VEIL_BASE_CACHE, WITH_OPENBLAS=true to include OpenBLAS (about 30 MB),
# STORAGE_DRIVER / BUILDAH_ROOT_FLAGS as for buildah.
set -euo pipefail

cache="${VEIL_BASE_CACHE:-/var/cache/veil-image}"
packages="libssl3,liblmdb0,ca-certificates"
if [[ "${WITH_OPENBLAS:-false}" == true ]]; then packages="$packages,libopenblas0-pthread"; fi
# shellcheck disable=SC2206
buildah_cmd=(buildah ${BUILDAH_ROOT_FLAGS:-})

log() { echo "make-base: $*" >&2; }

# The first URI that serves bookworm itself (not -security or -updates), from deb822 .sources or one-line lists.
mirror_from_apt() {
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -r "$file" ]] || continue
        awk 'BEGIN { RS = ""; FS = "\n" }
             {
               uri = ""; ok = 0
               for (i = 1; i <= NF; i++) {
                 if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); uri = a[2] }
                 if ($i ~ /^Suites:/) {
                   n = split($i, s, /[ \t]+/)
                   for (j = 2; j <= n; j++) if (s[j] == "bookworm") ok = 1
                 }
                 if ($i ~ /^Types:/ && $i !~ /deb( |$)/) ok = -1
               }
               if (ok == 1 && uri != "") { print uri; exit }
             }' "$file"
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -r "$file" ]] || continue
        awk '$1 == "deb" { u = ""; for (i = 2; i <= NF; i++) { if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; continue }
                           if (u == "") { u = $i; continue } if ($i == "bookworm") { print u; exit } break } }' "$file"
    done
}

mirror="${VEIL_DEBIAN_MIRROR:-$(mirror_from_apt | head -n 1)}"
mirror="${mirror:-http://deb.debian.org/debian}"

key="$( { cat "${BASH_SOURCE[0]}"; echo "$packages"; } | sha256sum | cut -c1-12)"
image="localhost/veil-base:bookworm-$key"
tarball="$cache/bookworm-minbase-$key.tar"

if "${buildah_cmd[@]}" inspect --type image "$image" >/dev/null 2>&1; then
    log "reusing $image"
    echo "$image"
    exit 0
fi

mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9

if [[ ! -s "$tarball" ]]; then
    command -v debootstrap >/dev/null || { log "debootstrap is not installed"; exit 1; }
    root="$(mktemp -d "$cache/rootfs.XXXXXX")"
    trap 'rm -rf "$root"' EXIT
    log "debootstrap --variant=minbase bookworm from $mirror (about a minute)"
    debootstrap --variant=minbase --include="$packages" bookworm "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -n 20 "$cache/debootstrap.log" >&2
        exit 1
    }
    # Small: no package lists or downloaded packages, no docs but copyright files, no man/info pages, no translations.
    rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* "$root"/var/cache/debconf/*-old \
        "$root"/var/lib/dpkg/*-old "$root"/usr/share/man "$root"/usr/share/info "$root"/usr/share/lintian \
        "$root"/usr/share/bash-completion "$root"/tmp/* "$root"/root/.[!.]* 2>/dev/null || true
    find "$root/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
    find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
    find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
    # The host's name and resolver must not travel into the image; the container runtime provides both.
    : >"$root/etc/hostname"
    rm -f "$root/etc/resolv.conf"
    # Keep later installs (WITH_OPENBLAS on an existing base) as small, as debian:bookworm-slim does.
    cat >"$root/etc/dpkg/dpkg.cfg.d/01-veil-minimal" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
    cat >"$root/etc/apt/apt.conf.d/01-veil-minimal" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
EOF
    tar -C "$root" --numeric-owner --xattrs -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    find "$cache" -maxdepth 1 -name 'bookworm-minbase-*.tar' ! -name "${tarball##*/}" -delete # older recipes
    rm -rf "$root"
    trap - EXIT
    log "cached $(du -h "$tarball" | cut -f1) root file system in $tarball"
fi

container="$("${buildah_cmd[@]}" from scratch)"
trap '"${buildah_cmd[@]}" rm "$container" >/dev/null 2>&1 || true' EXIT
"${buildah_cmd[@]}" add --quiet "$container" "$tarball" /
"${buildah_cmd[@]}" config \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --cmd /bin/bash \
    --label org.opencontainers.image.description="Debian bookworm minbase made by deploy/container/make-base.sh" \
    "$container"
"${buildah_cmd[@]}" commit --quiet --rm "$container" "$image" >/dev/null
trap - EXIT
# Bases of older recipes are no longer used by anything this project builds.
"${buildah_cmd[@]}" images --format '{{.Name}}:{{.Tag}}' | grep '^localhost/veil-base:bookworm-' | grep -vxF "$image" |
    while read -r old; do "${buildah_cmd[@]}" rmi "$old" >/dev/null 2>&1 || true; done || true
log "imported $image"
echo "$image"
