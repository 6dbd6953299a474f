"""`accompdesk-cli`: the vault's services without a window, one module per command group.

    base.py       passphrases, opening the vault, the parser that answers in one sentence
    vault.py      init, backup, restore, verify, rekey, user
    demo.py       demo
    records.py    import, export, list, search
    followups.py  followups
    office.py     office get|set
    offices.py    office card|show|rename, peer, send, receive, conflicts
    merge.py      duplicates, merge
    report.py     report (every document through services/documents.py)
    main.py       the parser of all of them, errors to sentences and exit codes

Exit codes: 0 done, 2 usage error, 3 wrong passphrase or no key, 4 input rejected
(with a per-row report), 5 vault damaged. Errors are one sentence on stderr.
"""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
