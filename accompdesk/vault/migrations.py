"""Numbered schema migrations (`PRAGMA user_version`), each in one transaction.

Migrations are frozen SQL: once released, a migration never changes, because
vaults out in the field were built by it. A new need is a new number.
"""

from __future__ import annotations

from .errors import SchemaTooNew, VaultDamaged

_RECORD_TABLES = """
CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    name TEXT NOT NULL DEFAULT '',
    alias TEXT NOT NULL DEFAULT '',
    kind TEXT,
    region TEXT NOT NULL DEFAULT '',
    risk_level TEXT,
    accompaniment_status TEXT,
    checkin_protocol TEXT NOT NULL DEFAULT '',
    consent_level TEXT,
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    full_name TEXT NOT NULL DEFAULT '',
    alias TEXT NOT NULL DEFAULT '',
    kind TEXT,
    organisation_id TEXT REFERENCES organisations(id),
    region TEXT NOT NULL DEFAULT '',
    risk_level TEXT,
    accompaniment_status TEXT,
    checkin_protocol TEXT NOT NULL DEFAULT '',
    consent_level TEXT,
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX persons_organisation_id ON persons(organisation_id);
CREATE TABLE authorities (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT,
    level TEXT,
    superior_id TEXT REFERENCES authorities(id),
    territory TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX authorities_superior_id ON authorities(superior_id);
CREATE TABLE officials (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    full_name TEXT NOT NULL DEFAULT '',
    authority_id TEXT REFERENCES authorities(id),
    position TEXT NOT NULL DEFAULT '',
    start_on TEXT,
    end_on TEXT,
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX officials_authority_id ON officials(authority_id);
CREATE TABLE volunteers (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    full_name TEXT NOT NULL DEFAULT '',
    nationalities TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    arrival_on TEXT,
    departure_on TEXT,
    visa_expires_on TEXT,
    emergency_contact TEXT NOT NULL DEFAULT '',
    status TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    summary TEXT NOT NULL DEFAULT '',
    occurred_on TEXT,
    date_precision TEXT,
    place TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    kind TEXT,
    perpetrator_type TEXT,
    perpetrator_authority_id TEXT REFERENCES authorities(id),
    perpetrator_description TEXT NOT NULL DEFAULT '',
    source_kind TEXT,
    source TEXT NOT NULL DEFAULT '',
    verification TEXT,
    severity TEXT,
    description TEXT NOT NULL DEFAULT '',
    reported INTEGER NOT NULL DEFAULT 0,
    reported_to TEXT NOT NULL DEFAULT '',
    follow_up TEXT
);
CREATE INDEX incidents_perpetrator_authority_id ON incidents(perpetrator_authority_id);
CREATE TABLE incidents__affected_persons (
    owner_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX incidents__affected_persons_target ON incidents__affected_persons(target_id);
CREATE TABLE incidents__affected_organisations (
    owner_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX incidents__affected_organisations_target ON incidents__affected_organisations(target_id);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    held_on TEXT,
    authority_id TEXT REFERENCES authorities(id),
    place TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    delegation TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    next_meeting_on TEXT
);
CREATE INDEX meetings_authority_id ON meetings(authority_id);
CREATE TABLE meetings__officials (
    owner_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX meetings__officials_target ON meetings__officials(target_id);
CREATE TABLE meetings__volunteers (
    owner_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX meetings__volunteers_target ON meetings__volunteers(target_id);
CREATE TABLE meetings__incidents (
    owner_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX meetings__incidents_target ON meetings__incidents(target_id);
CREATE TABLE meetings__persons (
    owner_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX meetings__persons_target ON meetings__persons(target_id);
CREATE TABLE meetings__organisations (
    owner_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX meetings__organisations_target ON meetings__organisations(target_id);
CREATE TABLE commitments (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    meeting_id TEXT REFERENCES meetings(id),
    text TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT,
    status_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commitments_meeting_id ON commitments(meeting_id);
CREATE TABLE accompaniments (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    person_id TEXT REFERENCES persons(id),
    organisation_id TEXT REFERENCES organisations(id),
    kind TEXT,
    place TEXT NOT NULL DEFAULT '',
    meeting_point TEXT NOT NULL DEFAULT '',
    starts_at TEXT,
    ends_at TEXT,
    status TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX accompaniments_person_id ON accompaniments(person_id);
CREATE INDEX accompaniments_organisation_id ON accompaniments(organisation_id);
CREATE TABLE accompaniments__volunteers (
    owner_id TEXT NOT NULL REFERENCES accompaniments(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner_id, target_id)
) WITHOUT ROWID;
CREATE INDEX accompaniments__volunteers_target ON accompaniments__volunteers(target_id);
CREATE TABLE checkins (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    person_id TEXT REFERENCES persons(id),
    organisation_id TEXT REFERENCES organisations(id),
    scheduled_at TEXT,
    done_at TEXT,
    outcome TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkins_person_id ON checkins(person_id);
CREATE INDEX checkins_organisation_id ON checkins(organisation_id);
CREATE TABLE alerts (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    incident_id TEXT REFERENCES incidents(id),
    activated_at TEXT,
    alerted TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '',
    status TEXT
);
CREATE INDEX alerts_incident_id ON alerts(incident_id);
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    name TEXT NOT NULL DEFAULT '',
    role TEXT
);
CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    owner_table TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    filename TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT '',
    size INTEGER,
    sha256 TEXT NOT NULL DEFAULT ''
);
"""

_SUPPORT_TABLES = """
CREATE UNIQUE INDEX users_name ON users(name);
CREATE INDEX incidents_occurred_on ON incidents(occurred_on);
CREATE INDEX incidents_kind ON incidents(kind);
CREATE INDEX incidents_region ON incidents(region);
CREATE INDEX meetings_held_on ON meetings(held_on);
CREATE INDEX commitments_due_on ON commitments(due_on);
CREATE INDEX accompaniments_starts_at ON accompaniments(starts_at);
CREATE INDEX checkins_scheduled_at ON checkins(scheduled_at);
CREATE INDEX attachments_owner ON attachments(owner_table, owner_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE attachment_blobs (
    attachment_id TEXT PRIMARY KEY NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    data BLOB NOT NULL
);

CREATE TABLE commitment_history (
    seq INTEGER PRIMARY KEY,
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commitment_history_commitment ON commitment_history(commitment_id);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before_digest TEXT NOT NULL,
    after_digest TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(record_table, record_id);

-- Full-text search: one document per record; search_docs maps FTS rowids to records
-- so a document is replaced by rowid rather than by scanning the index.
CREATE TABLE search_docs (
    rowid INTEGER PRIMARY KEY,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    UNIQUE (record_table, record_id)
);
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""

_DRAFTS = """
CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    user TEXT NOT NULL,
    form TEXT NOT NULL,
    record_id TEXT,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX drafts_user ON drafts(user);
"""

_OPERATIONS = """
ALTER TABLE meetings ADD COLUMN status TEXT NOT NULL DEFAULT 'held';
ALTER TABLE meetings ADD COLUMN follows_meeting_id TEXT REFERENCES meetings(id);
CREATE INDEX meetings_follows_meeting_id ON meetings(follows_meeting_id);
CREATE INDEX meetings_authority_id_held_on ON meetings(authority_id, held_on);
CREATE TABLE checkin_schedules (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    person_id TEXT REFERENCES persons(id),
    organisation_id TEXT REFERENCES organisations(id),
    frequency TEXT,
    weekday INTEGER,
    at_time TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkin_schedules_person_id ON checkin_schedules(person_id);
CREATE INDEX checkin_schedules_organisation_id ON checkin_schedules(organisation_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
"""

# Lists show live records sorted and filtered; partial indexes that hold only live rows
# let a page deep in a 100,000-incident list, or a filtered count, be read from the
# index alone instead of decrypting every table page on the way.
_LIST_INDEXES = """
CREATE INDEX incidents_live_occurred ON incidents(occurred_on, id) WHERE deleted_at IS NULL;
CREATE INDEX incidents_live_kind ON incidents(kind, occurred_on) WHERE deleted_at IS NULL;
CREATE INDEX incidents_live_region ON incidents(region, occurred_on) WHERE deleted_at IS NULL;
CREATE INDEX incidents_live_summary ON incidents(summary, id) WHERE deleted_at IS NULL;
CREATE INDEX incidents_live_updated ON incidents(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX persons_live_name ON persons(full_name, id) WHERE deleted_at IS NULL;
CREATE INDEX organisations_live_name ON organisations(name, id) WHERE deleted_at IS NULL;
DROP INDEX incidents_occurred_on;
DROP INDEX incidents_kind;
DROP INDEX incidents_region;
"""

# Each record's audit entry names a short digest per field, so that `verify` can say
# which field of a row was edited behind the program's back. Old entries keep ''.
_AUDIT_FIELDS = """
ALTER TABLE audit_log ADD COLUMN fields TEXT NOT NULL DEFAULT '';
"""

# One person, one record: a merged record stays (hidden, soft-deleted) and names the
# record it went into; merges keep what undoing them needs; pairs someone has said are
# two people are not proposed again; the names a merged record went by stay with the
# record that was kept, so redaction still finds them.
_MERGES = """
ALTER TABLE persons ADD COLUMN merged_into TEXT;
ALTER TABLE organisations ADD COLUMN merged_into TEXT;
ALTER TABLE authorities ADD COLUMN merged_into TEXT;
ALTER TABLE officials ADD COLUMN merged_into TEXT;
CREATE TABLE merges (
    id TEXT PRIMARY KEY NOT NULL,
    record_table TEXT NOT NULL,
    kept_id TEXT NOT NULL,
    merged_id TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    fields TEXT NOT NULL,
    changes TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
);
CREATE INDEX merges_kept ON merges(record_table, kept_id);
CREATE TABLE not_duplicates (
    record_table TEXT NOT NULL,
    first_id TEXT NOT NULL,
    second_id TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    PRIMARY KEY (record_table, first_id, second_id)
) WITHOUT ROWID;
CREATE TABLE also_known_as (
    id INTEGER PRIMARY KEY,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    name TEXT NOT NULL,
    merge_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX also_known_as_record ON also_known_as(record_table, record_id);
"""

# Forms of a name staff record ("also known as", one per line) and what is known of a
# person's gender, for the audience rules' matcher and descriptors.
_NAME_FORMS = """
ALTER TABLE persons ADD COLUMN aka TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN gender TEXT;
ALTER TABLE organisations ADD COLUMN aka TEXT NOT NULL DEFAULT '';
UPDATE persons SET gender = 'unknown' WHERE gender IS NULL;
"""


# Where an urgent action sends its appeals: the address on the envelope, the email and how
# the letter opens ("Dear General …", "Señor Comandante").
_APPEAL_ADDRESSES = """
ALTER TABLE authorities ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE authorities ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE authorities ADD COLUMN salutation TEXT NOT NULL DEFAULT '';
ALTER TABLE officials ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE officials ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE officials ADD COLUMN salutation TEXT NOT NULL DEFAULT '';
"""

# Offices (issue 17): this vault's identity, its trusted peers, the change log with
# version vectors, what each peer has acknowledged, and conflicts kept for a person.
# The keys themselves cannot be made in SQL: the first open after this step makes them.
_OFFICES = """
CREATE TABLE office_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    office_id TEXT NOT NULL,
    name TEXT NOT NULL,
    age_identity TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    sign_private BLOB NOT NULL,
    sign_public BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE peers (
    office_id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    audience TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    sign_public BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    removed_at TEXT,
    bundles_sent INTEGER NOT NULL DEFAULT 0,
    last_sent_at TEXT,
    last_bundle_received INTEGER NOT NULL DEFAULT 0,
    last_received_at TEXT
);
CREATE UNIQUE INDEX peers_live_name ON peers(name) WHERE removed_at IS NULL;
CREATE TABLE known_offices (
    office_id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE change_vectors (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL UNIQUE
);
CREATE TABLE changes (
    n INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    deps INTEGER NOT NULL REFERENCES change_vectors(id),
    made_at TEXT NOT NULL,
    UNIQUE (origin, seq)
);
CREATE INDEX changes_record ON changes(record_table, record_id);
CREATE TABLE seen_vector (
    origin TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE peer_acks (
    peer_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (peer_id, origin)
);
CREATE TABLE mirror_seen (
    peer_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (peer_id, origin)
);
CREATE TABLE mirrored (
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    peer_id TEXT NOT NULL,
    PRIMARY KEY (record_table, record_id)
);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    heads TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT
);
CREATE UNIQUE INDEX conflicts_open ON conflicts(record_table, record_id, field) WHERE resolved_at IS NULL;
"""

# Every place and region an incident names, deleted ones included: the audience rules keep
# these names whole (vault_places), and without an index each document read all incidents.
_PLACE_INDEXES = """
CREATE INDEX IF NOT EXISTS incidents_place ON incidents(place);
CREATE INDEX IF NOT EXISTS incidents_region ON incidents(region);
"""

# A step is SQL text, or a function of the connection for a change SQL cannot spell.
# A person's identity document number (cédula, passport): what an import matches a row
# on (`--match Cédula=id_number`) and what the duplicate finder trusts most.
_ID_NUMBERS = """
ALTER TABLE persons ADD COLUMN id_number TEXT NOT NULL DEFAULT '';
CREATE INDEX persons_id_number ON persons(id_number) WHERE id_number <> '';
"""


# Restoring a backup winds the change log back: the sequence numbers after the backup
# were already sent, and would be issued again for other edits. Each restore starts a
# new epoch, a new origin for this office's changes (the office id and the epoch), whose
# numbers start afresh; bundle numbers jump to the epoch's range, so peers take them.
_OFFICE_EPOCHS = """
CREATE TABLE office_epochs (
    epoch INTEGER PRIMARY KEY,
    origin TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
"""


# The language staff set for a record's free texts ("auto": detected), so that the
# descriptors replacing withheld names follow it.
_TEXT_LANGUAGE = """
ALTER TABLE incidents ADD COLUMN text_language TEXT NOT NULL DEFAULT 'auto';
ALTER TABLE meetings ADD COLUMN text_language TEXT NOT NULL DEFAULT 'auto';
ALTER TABLE commitments ADD COLUMN text_language TEXT NOT NULL DEFAULT 'auto';
ALTER TABLE alerts ADD COLUMN text_language TEXT NOT NULL DEFAULT 'auto';
"""


MIGRATIONS: list = [
    _RECORD_TABLES + _SUPPORT_TABLES,  # 1: every record type of DESIGN.md
    _DRAFTS,  # 2: half-filled forms kept across a lock
    _OPERATIONS,  # 3: planned meetings, check-in schedules, office settings
    _LIST_INDEXES,  # 4: partial indexes for long lists
    _AUDIT_FIELDS,  # 5: per-field digests in audit entries (the chain is keyed at open)
    _MERGES,  # 6: merged records, merges to undo, "not the same", also-known-as names
    _NAME_FORMS,  # 7: also-known-as names, gender for descriptors
    _APPEAL_ADDRESSES,  # 8: postal address, email and salutation of authorities and officials
    _OFFICES,  # 9: office identity, peers, change log, conflicts (keys made at first open)
    _ID_NUMBERS,  # 10: a person's identity document number (imports match on it)
    _OFFICE_EPOCHS,  # 11: a new origin for this office's changes after each restore
    _PLACE_INDEXES,  # 12: the place names of incidents, read by every document
    _TEXT_LANGUAGE,  # 13: the language of a record's free texts, as staff set it
]

LATEST = len(MIGRATIONS)


def version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn) -> int:
    """Bring the schema to LATEST, one transaction per step; returns the new version."""
    current = version(conn)
    if current > LATEST:
        raise SchemaTooNew("vault.migrations.vault_was_written_by", current=current, latest=LATEST)
    for number in range(current + 1, LATEST + 1):
        step = MIGRATIONS[number - 1]
        statements = [] if callable(step) else [s.strip() for s in _split(step) if s.strip()]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(step):
                step(conn)
            for statement in statements:
                conn.execute(statement)
            # user_version is part of the same transaction: a failed step leaves the old number.
            conn.execute(f"PRAGMA user_version = {int(number)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    if version(conn) != LATEST:
        raise VaultDamaged("vault.migrations.vault_s_schema_could")
    return LATEST


def _split(script: str) -> list[str]:
    # Statements here never contain ';' inside literals, so a plain split is safe.
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return "\n".join(lines).split(";")
