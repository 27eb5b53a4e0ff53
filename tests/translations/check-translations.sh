#!/usr/bin/env bash
# Fails when the sources have strings the .ts files lack (or the .ts files keep strings the
# sources no longer have), or when a translation is unfinished or empty.
# Usage: check-translations.sh LUPDATE SOURCE_DIR [lupdate options…]
set -euo pipefail
lupdate=$1
source_dir=$2
shift 2
options=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

for ts in "$source_dir"/translations/smarthost_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$work/$name"
  extra=()
  [[ $name == smarthost_en.ts ]] && extra=(-pluralonly)
  "$lupdate" "${options[@]}" "${extra[@]}" "$source_dir/src" "$source_dir/ui" -ts "$work/$name" >/dev/null
  if ! cmp -s "$ts" "$work/$name"; then
    echo "$name is out of date with the sources: run 'cmake --build build --target update_translations'"
    diff -u "$ts" "$work/$name" | grep '^[+-]' | grep -v '^+++\|^---' | head -20
    status=1
  fi
  # en holds only the plural forms: they must be filled too.
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  empty=$(grep -c '<translation></translation>\|<translation/>' "$ts" || true)
  obsolete=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
  messages=$(grep -c '<message' "$ts" || true)
  echo "$name: $messages messages, $unfinished unfinished, $empty empty, $obsolete obsolete"
  if [ "$unfinished" -gt 0 ] || [ "$empty" -gt 0 ] || [ "$obsolete" -gt 0 ]; then
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -10
    status=1
  fi
done
exit $status
