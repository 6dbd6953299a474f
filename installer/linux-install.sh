#!/bin/sh
# Install AccompDesk for the current user, without administrator rights.
#
#   ./install.sh              copy this folder to ~/.local/opt/AccompDesk, add the menu
#                             entry, the icons and the `accompdesk` command, then self-test
#   ./install.sh --uninstall  remove all of that again (the vault is never touched)
#
# ACCOMPDESK_INSTALL_DIR chooses another folder for the program.
# build.py copies this script into the bundle as install.sh.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest=${ACCOMPDESK_INSTALL_DIR:-$HOME/.local/opt/AccompDesk}
bin=$HOME/.local/bin
desktop=$data/applications/accompdesk.desktop

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$desktop"
    find "$data/icons/hicolor" -path '*/apps/accompdesk.png' -delete 2>/dev/null || true
    if [ -L "$bin/accompdesk" ]; then rm -f "$bin/accompdesk"; fi
    if [ -x "$dest/AccompDesk" ]; then rm -rf "$dest"; fi
    refresh_menus
    echo "AccompDesk was removed. The vault and its key file were left where they are."
    exit 0
fi

if [ ! -x "$here/AccompDesk" ]; then
    echo "install.sh must be run from the unpacked AccompDesk folder." >&2
    exit 2
fi

# The program: copied whole, then swapped in, so a failed copy leaves the old one working.
if [ "$here" != "$dest" ]; then
    mkdir -p "$(dirname "$dest")"
    rm -rf "$dest.new"
    cp -a "$here" "$dest.new"
    rm -rf "$dest"
    mv "$dest.new" "$dest"
fi

# Icons in every size, then the menu entry pointing at this copy of the program.
for png in "$dest"/icons/hicolor/*/apps/accompdesk.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$png" "$data/icons/hicolor/$size/apps/accompdesk.png"
done
mkdir -p "$data/applications"
sed -e "s|^TryExec=accompdesk|TryExec=$dest/AccompDesk|" \
    -e "s|^Exec=accompdesk|Exec=\"$dest/AccompDesk\"|" \
    "$dest/accompdesk.desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
refresh_menus

# The `accompdesk` command, for a terminal.
mkdir -p "$bin"
ln -sf "$dest/AccompDesk" "$bin/accompdesk"

echo "AccompDesk is installed in $dest and in the applications menu."
echo "Checking the installation (no window opens; this takes a few seconds)..."
if QT_QPA_PLATFORM=offscreen "$dest/AccompDesk-console" --self-test > "$dest/self-test.txt" 2>&1; then
    echo "Self-test passed."
else
    echo "The self-test failed: see $dest/self-test.txt and send it to whoever supports the office." >&2
    exit 1
fi
