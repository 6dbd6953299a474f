"""This package's translations (accompdesk/resources/translations/chain_<lang>.qm), loaded
beside the window's own.

English needs one too, for plurals only ("%n meeting(s)" reads "1 meeting", "2 meetings").
The window's i18n module loads `accompdesk_<lang>.qm`; the chain areas load theirs when
they are built, for whichever language the window is in, and replace it when it changes.
Refresh the catalogues with `python -m tools.translations chain`.
"""

from __future__ import annotations

from .. import i18n

_CATALOGUE = i18n.catalogue("chain")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure
