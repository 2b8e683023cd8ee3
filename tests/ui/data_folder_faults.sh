#!/bin/bash
# Faults around the data folder, run as an ordinary user (nobody) on a folder that user owns, since root
# ignores file modes: a read-only folder, a stale lock in it, a read-only mount, a full disk (a small
# tmpfs filled to the last byte: real ENOSPC, so an export to another disk can be tried too), a
# read-only "-shm" left behind, and a key file widened to 0644. Each checks that reading still works,
# that a write is refused with the real cause (never "Another copy of Tend"), and that nothing in the
# folder changed.
# Usage: data_folder_faults.sh <tend> <export.json>. Needs root (to drop to nobody and to mount tmpfs):
# exits 77 (CTest: skipped) without it, saying why.
set -u
TEND=$1
EXPORT=$2

if [ "$(id -u)" != 0 ]; then
    echo "skipped: needs root, to run tend as the user nobody and to mount small tmpfs disks"
    exit 77
fi
WORK=$(mktemp -d /tmp/tend-faults-XXXXXX)
chmod 755 "$WORK"
MOUNTS=()
cleanup() {
    for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null; done
    chmod -R u+w "$WORK" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# tend as nobody; stdout to $WORK/out, stderr to $WORK/err, exit code in $rc.
as_nobody() {
    setpriv --reuid=nobody --regid=nogroup --clear-groups \
        env HOME="$WORK" XDG_RUNTIME_DIR="$WORK/runtime" "$TEND" "$@" >"$WORK/out" 2>"$WORK/err"
    rc=$?
}
expect_ok() { # <what> <tend args...>
    local what=$1
    shift
    as_nobody "$@"
    [ "$rc" = 0 ] || fail "$what: exit $rc: $(cat "$WORK/err")"
    ! grep -q "Another copy" "$WORK/err" || fail "$what: blamed another copy: $(cat "$WORK/err")"
}
expect_refused() { # <what> <reason> <tend args...>
    local what=$1 reason=$2
    shift 2
    as_nobody "$@"
    [ "$rc" = 1 ] || fail "$what: expected a refusal, got exit $rc: $(cat "$WORK/err")"
    grep -q "$reason" "$WORK/err" || fail "$what: the reason \"$reason\" is not named: $(cat "$WORK/err")"
    grep -q "Nothing was changed" "$WORK/err" || fail "$what: does not say nothing changed: $(cat "$WORK/err")"
    ! grep -q "Another copy" "$WORK/err" || fail "$what: blamed another copy: $(cat "$WORK/err")"
}
fingerprint() { # <folder>: every file with its mode and hash
    (cd "$1" && find . -type f -printf '%p %m ' -exec sha256sum {} \; | awk '{print $1, $2, $3}' | sort)
}
# Reading works, the import is refused naming `reason`, and the folder is exactly as it was.
reads_but_refuses_writes() { # <label> <data-dir> <reason>
    local label=$1 dir=$2 reason=$3
    local before
    before=$(fingerprint "$dir")
    expect_ok "$label: check" --data-dir "$dir" check
    grep -q "Reading only" "$WORK/err" || fail "$label: check does not say it only reads: $(cat "$WORK/err")"
    expect_ok "$label: insights" --data-dir "$dir" insights --json
    [ "$(cat "$WORK/out")" = "$baseline" ] || fail "$label: insights differ from the writable folder's"
    rm -f "$WORK/elsewhere/export.json"
    expect_ok "$label: export elsewhere" --data-dir "$dir" export --format json --out "$WORK/elsewhere/export.json"
    cmp -s "$WORK/elsewhere/export.json" "$WORK/baseline-export.json" || fail "$label: the export differs"
    expect_refused "$label: import" "$reason" --data-dir "$dir" import "$EXPORT"
    expect_ok "$label: the app opens to read" --data-dir "$dir" --quit-after-first-frame
    grep -q "Reading only: $reason" "$WORK/err" || fail "$label: the app does not say it only reads: $(cat "$WORK/err")"
    [ "$(fingerprint "$dir")" = "$before" ] || fail "$label: the data folder changed"
}

mkdir -p "$WORK/elsewhere" "$WORK/runtime"
chown nobody:nogroup "$WORK/elsewhere" "$WORK/runtime"
chmod 700 "$WORK/runtime"
DATA=$WORK/data
mkdir "$DATA"
chown nobody:nogroup "$DATA"
expect_ok "first import" --data-dir "$DATA" import "$EXPORT"
expect_ok "baseline insights" --data-dir "$DATA" insights --json
baseline=$(cat "$WORK/out")
expect_ok "baseline export" --data-dir "$DATA" export --format json --out "$WORK/elsewhere/export.json"
cp "$WORK/elsewhere/export.json" "$WORK/baseline-export.json"

echo "== a read-only folder"
chmod 555 "$DATA"
reads_but_refuses_writes "read-only folder" "$DATA" "Permission denied"

echo "== a lock left by a stopped copy, in a read-only folder"
chmod 755 "$DATA"
printf '999999\ntend\n%s\n' "$(hostname)" >"$DATA/tend.lock"
chown nobody:nogroup "$DATA/tend.lock"
chmod 555 "$DATA"
reads_but_refuses_writes "stale lock" "$DATA" "Permission denied"
chmod 755 "$DATA"
expect_ok "stale lock, folder writable again" --data-dir "$DATA" import "$EXPORT"
[ ! -e "$DATA/tend.lock" ] || fail "the stale lock was not replaced and released"

echo "== a read-only mount"
RO=$WORK/ro
mkdir "$RO"
if mount -t tmpfs -o size=8m tmpfs "$RO"; then
    MOUNTS+=("$RO")
    cp -a "$DATA" "$RO/data"
    mount -o remount,ro "$RO"
    reads_but_refuses_writes "read-only mount" "$RO/data" "Read-only file system"
else
    fail "cannot mount a tmpfs for the read-only mount"
fi

echo "== a full disk"
FULL=$WORK/full
mkdir "$FULL"
if mount -t tmpfs -o size=2m tmpfs "$FULL"; then
    MOUNTS+=("$FULL")
    cp -a "$DATA" "$FULL/data"
    dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null
    [ "$(df --output=avail "$FULL" | tail -1 | tr -d ' ')" = 0 ] || fail "the disk is not full"
    reads_but_refuses_writes "full disk" "$FULL/data" "No space left on device"
else
    fail "cannot mount a tmpfs for the full disk"
fi

echo "== a read-only -shm left behind once tend.db was read-only"
before_checkins=$(grep -c '"date"' "$WORK/baseline-export.json")
setpriv --reuid=nobody --regid=nogroup --clear-groups sh -c \
    "head -c 32768 /dev/zero > '$DATA/tend.db-shm' && chmod 400 '$DATA/tend.db-shm' && chmod 400 '$DATA/tend.db'"
expect_ok "read-only -shm: check" --data-dir "$DATA" check
expect_ok "read-only -shm: import" --data-dir "$DATA" import "$EXPORT"
[ "$(stat -c %a "$DATA/tend.db")" = 600 ] || fail "tend.db was not made the owner's again"
# Someone else's -shm (root's): removed under the lock, SQLite builds its own.
head -c 32768 /dev/zero >"$DATA/tend.db-shm"
chmod 644 "$DATA/tend.db-shm"
expect_ok "root's -shm: import" --data-dir "$DATA" import "$EXPORT"
expect_ok "after the repairs: export" --data-dir "$DATA" export --format json --out "$WORK/elsewhere/after.json"
[ "$(grep -c '"date"' "$WORK/elsewhere/after.json")" = "$before_checkins" ] || fail "check-ins were lost"

echo "== a widened key file"
chmod 644 "$DATA/database.key"
expect_ok "widened key: check" --data-dir "$DATA" check
[ "$(stat -c %a "$DATA/database.key")" = 600 ] || fail "the key file was not narrowed back to 0600"
# A widened key nobody can narrow (it belongs to root): refused with a clear message.
chown root:root "$DATA/database.key"
chmod 644 "$DATA/database.key"
as_nobody --data-dir "$DATA" check
[ "$rc" = 1 ] || fail "a key file others can read and that cannot be narrowed was used (exit $rc)"
grep -q "cannot be made private" "$WORK/err" || fail "the refusal does not say why: $(cat "$WORK/err")"
chown nobody:nogroup "$DATA/database.key"

if [ "$failures" != 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all data folder faults handled"
