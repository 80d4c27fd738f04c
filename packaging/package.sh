#!/usr/bin/env bash
# `make package`: the bundle (build.sh), then from it a .deb (the bundle under /opt, a launcher
# on PATH, the .desktop file, icons, AppStream metadata) and a portable .tar.gz, both validated.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="$(realpath -m "${1:-dist}")"
packaging/build.sh "$dist"

app_id=org.recoverydesk.RecoveryDesk
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/recoverydesk/__init__.py)
arch=$(dpkg --print-architecture)
stage="$dist/.stage"
rm -rf "$stage"

# The files the desktop needs (menu entry, icons, metadata), shared by both artefacts.
share="$stage/share"
install -Dm644 "packaging/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "packaging/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 assets/icons/recoverydesk.svg "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "assets/icons/recoverydesk-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
desktop-file-validate "$share/applications/$app_id.desktop"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"

# .deb
root="$stage/deb"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$dist/RecoveryDesk" "$root/opt/recoverydesk"
cp -a "$share" "$root/usr/share"
install -Dm644 LICENSE "$root/usr/share/doc/recoverydesk/copyright"
cat > "$root/usr/bin/recoverydesk" <<'LAUNCHER'
#!/bin/sh
exec /opt/recoverydesk/recoverydesk "$@"
LAUNCHER
chmod 755 "$root/usr/bin/recoverydesk"
size_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: recoverydesk
Version: $version
Architecture: $arch
Maintainer: The RecoveryDesk team <team@recoverydesk.org>
Installed-Size: $size_kib
Depends: libc6 (>= 2.31), libstdc++6, libgl1, libegl1, libx11-6, libxcb1, libxkbcommon0, libfontconfig1, libfreetype6, libdbus-1-3, libzstd1, libgssapi-krb5-2, libglib2.0-0t64 | libglib2.0-0
Recommends: libcups2
Section: utils
Priority: optional
Description: private companion for recovery from self-harm
 Check-ins, a journal, a safety plan, guided coping skills and crisis lines
 one click away, in one encrypted file on this computer. No account, and no
 network connection, ever.
CONTROL
deb="$dist/recoverydesk_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null

# Portable .tar.gz: the bundle, with the desktop files to copy into ~/.local/share if wanted.
name="RecoveryDesk-$version-linux-$(uname -m)"
mkdir -p "$stage/$name"
cp -a "$dist/RecoveryDesk/." "$stage/$name/"
cp -a "$share" "$stage/$name/share"
tar -C "$stage" -czf "$dist/$name.tar.gz" "$name"

rm -rf "$stage"
ls -la "$deb" "$dist/$name.tar.gz"
