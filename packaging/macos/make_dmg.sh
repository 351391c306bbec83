#!/bin/sh
# The macOS disk image (not run here: it needs macOS). After the PyInstaller build, which
# on macOS also makes dist/checkin.app (its Info.plist opens .checkin files):
#   packaging/macos/make_dmg.sh 0.1.0
# The app is not signed: the first time, right-click ▸ Open (Gatekeeper asks once).
set -eu
version=${1:?version}
rm -rf dist/dmg && mkdir -p dist/dmg
cp -R dist/checkin.app dist/dmg/
ln -s /Applications dist/dmg/Applications
hdiutil create -volname checkin -srcfolder dist/dmg -ov -format UDZO "dist/checkin-$version.dmg"
