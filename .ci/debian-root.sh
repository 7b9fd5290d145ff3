# SPDX-FileCopyrightText: 2026 Storyweave contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash
# Sourced by the .ci stages: minimal Debian roots made with debootstrap, cached under
# ~/.cache/storyweave (STORYWEAVE_CACHE), entered with chroot. Needs root.
#   sw_root_ensure SUITE DIR   makes DIR with `debootstrap --variant=minbase SUITE` unless a finished one is there
#   sw_root_mount DIR          mounts /proc, /sys and /dev into DIR (unmounted by sw_root_unmount_all at exit)
#   sw_root_run DIR CMD...     runs CMD inside DIR (nice -n 10, clean environment)

STORYWEAVE_CACHE="${STORYWEAVE_CACHE:-$HOME/.cache/storyweave}"
SW_MOUNTED=()

sw_fail()
{
  echo "ci: $*" >&2
  exit 1
}

# The Debian mirror this machine's apt uses (STORYWEAVE_MIRROR overrides it).
sw_mirror()
{
  if [ -n "${STORYWEAVE_MIRROR:-}" ]; then
    echo "$STORYWEAVE_MIRROR"
    return
  fi
  local url
  url="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n 1 | tr -d ' ')"
  echo "${url:-http://deb.debian.org/debian}"
}

sw_root_ensure()
{
  local suite="$1" dir="$2" mirror
  if [ -e "$dir/.storyweave-root-complete" ]; then
    echo "ci: reusing the $suite root $dir"
    return
  fi
  [ "$(id -u)" -eq 0 ] || sw_fail "making a $suite root needs root (debootstrap and chroot)"
  command -v debootstrap >/dev/null || sw_fail "debootstrap is missing (scripts/deps installs it on Debian 12)"
  mirror="$(sw_mirror)"
  # Fail fast and clearly when the mirror cannot be reached, instead of waiting on wget's retries.
  if ! curl -fsS --max-time 30 --retry 2 -o /dev/null "$mirror/dists/$suite/InRelease"; then
    sw_fail "cannot reach the Debian mirror $mirror for $suite (network down or mirror unavailable);" \
      "set STORYWEAVE_MIRROR to another mirror or put a finished root in $dir"
  fi
  echo "ci: making a minimal $suite root in $dir from $mirror"
  rm -rf --one-file-system "$dir.partial"
  mkdir -p "$(dirname "$dir")"
  if ! timeout 1200 nice -n 10 debootstrap --variant=minbase "$suite" "$dir.partial" "$mirror" \
    >"$dir.debootstrap.log" 2>&1; then
    tail -n 20 "$dir.debootstrap.log" >&2
    [ -f "$dir.partial/debootstrap/debootstrap.log" ] && tail -n 20 "$dir.partial/debootstrap/debootstrap.log" >&2
    rm -rf --one-file-system "$dir.partial"
    sw_fail "debootstrap of $suite from $mirror failed or took over 20 minutes (log above)"
  fi
  # apt inside the root: no recommends, retries and timeouts so a dead mirror fails instead of hanging.
  cat >"$dir.partial/etc/apt/apt.conf.d/90storyweave" <<'EOF'
APT::Install-Recommends "false";
Acquire::Retries "3";
Acquire::http::Timeout "60";
Acquire::https::Timeout "60";
EOF
  touch "$dir.partial/.storyweave-root-complete"
  rm -rf --one-file-system "$dir"
  mv "$dir.partial" "$dir"
}

sw_root_mount()
{
  local dir="$1"
  mount -t proc proc "$dir/proc"
  SW_MOUNTED+=("$dir/proc")
  mount -t sysfs sysfs "$dir/sys"
  SW_MOUNTED+=("$dir/sys")
  mount --rbind /dev "$dir/dev"
  mount --make-rslave "$dir/dev"
  SW_MOUNTED+=("$dir/dev")
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

sw_root_bind()
{
  local from="$1" to="$2"
  mkdir -p "$from" "$to"
  mount --bind "$from" "$to"
  SW_MOUNTED+=("$to")
}

sw_root_unmount_all()
{
  local i
  for ((i = ${#SW_MOUNTED[@]} - 1; i >= 0; i--)); do
    umount -R "${SW_MOUNTED[$i]}" 2>/dev/null || umount -lR "${SW_MOUNTED[$i]}" 2>/dev/null || true
  done
  SW_MOUNTED=()
}

sw_root_run()
{
  local dir="$1"
  shift
  local proxies=()
  local name
  for name in http_proxy https_proxy no_proxy; do
    if [ -n "${!name:-}" ]; then proxies+=("$name=${!name}"); fi
  done
  nice -n 10 chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-true}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    "${proxies[@]}" "$@"
}
