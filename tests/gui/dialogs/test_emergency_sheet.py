"""The recovery key's emergency sheet: what is on it, who can read the file, and where it
may not be written."""

from __future__ import annotations

import os
import stat
import tempfile
import uuid

import pytest
from pypdf import PdfReader

from accompdesk.gui.dialogs import emergency_sheet
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

KEY = " ".join(["0f3a"] * 8 + ["9bc1"] * 8)


def test_the_sheet_has_the_key_the_vault_its_check_and_what_to_do(tmp_path):
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    path = private / "sheet.pdf"
    emergency_sheet.write_pdf(str(path), emergency_sheet.sheet_html("/office/casa-norte.vault", KEY))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert "0f3a 0f3a 0f3a 0f3a" in text and "9bc1 9bc1 9bc1 9bc1" in text
    assert "casa-norte.vault" in text and emergency_sheet.key_check(KEY) in text
    assert "What to do with this sheet" in text and "Never photograph it" in text
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_check_tells_keys_apart_and_does_not_show_the_key():
    other = " ".join(["0f3a"] * 8 + ["9bc2"] * 8)
    assert emergency_sheet.key_check(KEY) != emergency_sheet.key_check(other)
    assert emergency_sheet.key_check(KEY) == emergency_sheet.key_check(KEY.replace(" ", ""))
    assert "0F3A" not in emergency_sheet.key_check(KEY)


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
@pytest.mark.parametrize("where", ["temp", "world_writable"])
def test_a_shared_folder_is_refused_and_never_proposed(tmp_path, where, monkeypatch):
    if where == "temp":
        folder = tempfile.gettempdir()
    else:
        folder = str(tmp_path / "shared")
        os.mkdir(folder)
        os.chmod(folder, 0o777)
    target = os.path.join(folder, f"sheet-{uuid.uuid4().hex}.pdf")
    with pytest.raises(emergency_sheet.SharedFolder):
        emergency_sheet.write_pdf(target, emergency_sheet.sheet_html("o.vault", KEY))
    assert not os.path.exists(target)
    assert emergency_sheet.shared_folder(folder)
    proposed = emergency_sheet.proposed_folder()
    assert proposed == "" or not emergency_sheet.shared_folder(proposed)


def test_the_sheet_speaks_the_window_language():
    from accompdesk.gui.common import i18n

    i18n.install("es")
    try:
        html = emergency_sheet.sheet_html("o.vault", KEY)
    finally:
        i18n.install("en")
    assert "Hoja de emergencia de AccompDesk" in html and "Qué hacer con esta hoja" in html
    assert "Never photograph" not in html
