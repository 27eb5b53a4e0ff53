#!/usr/bin/env bash
# Builds the .deb, unpacks it into a temporary root and checks what a user would get:
# the CLI runs, the desktop entry and AppStream metadata validate, the dependencies are there.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"

dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/smarthost-cli" --version)
echo "unpacked smarthost-cli --version: $version"
[[ $version == "smarthost-cli "* ]]

desktop-file-validate "$work/root/usr/share/applications/app.smarthost.Smarthost.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/app.smarthost.Smarthost.metainfo.xml" >/dev/null
test -s "$work/root/usr/share/icons/hicolor/scalable/apps/app.smarthost.Smarthost.svg"
test -s "$work/root/usr/share/icons/hicolor/48x48/apps/app.smarthost.Smarthost.png"
test -s "$work/root/usr/share/man/man1/smarthost-cli.1.gz"
if [ -f "$build_dir/bin/smarthost" ]; then
  test -x "$work/root/usr/bin/smarthost"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6network6 libqt6keychain1 libpsl5 libqt6svg6; do
  grep -q "$needed" <<<"$depends" || { echo "missing dependency: $needed"; exit 1; }
done
echo "package checks passed"
