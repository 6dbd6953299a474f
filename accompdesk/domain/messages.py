"""What the program says when something is wrong, each sentence under a stable code.

An error (`AccompDeskError`) or a problem with a field carries a code and named
arguments, not a finished sentence. Its English is made here from `ENGLISH`, so the
command line prints exactly what it printed before codes existed (office scripts read
those lines); the window asks `text(language)` and gets the sentence from the labels
catalogue (domain/catalogue.py, context "message"), with no parsing of English.

A `Message` is a `str` (the English sentence) that remembers its code and arguments,
so code that joins, compares or prints messages keeps working unchanged. An argument
may be a message itself, or a list of them (said joined with commas).
"""

from __future__ import annotations

from typing import Any

from . import catalogue

CONTEXT = "message"


class Message(str):
    code: str
    params: dict[str, Any]
    capital: bool  # said at the start of a sentence: the first letter upper-case

    def __new__(cls, code: str, /, **params: Any) -> "Message":
        return cls._make(code, params, False)

    @classmethod
    def _make(cls, code: str, params: dict[str, Any], capital: bool) -> "Message":
        self = super().__new__(cls, _render(code, params, "en", capital))
        self.code = code
        self.params = params
        self.capital = capital
        return self

    def __reduce__(self):
        return _rebuild, (self.code, self.params, self.capital)

    def capitalised(self) -> "Message":
        return Message._make(self.code, self.params, True)

    def text(self, language: str = "en") -> str:
        """The sentence in `language`; arguments that are messages themselves follow it."""
        return _render(self.code, self.params, language, self.capital)


class Label(str):
    """A word said in the message's language: a vocabulary term or a field's name, kept
    as its context and English and looked up in the labels catalogue when said."""
    context: str
    english: str
    lowered: bool  # said in lower case, inside a sentence

    def __new__(cls, context: str, english: str, *, lower: bool = False) -> "Label":
        self = super().__new__(cls, english.lower() if lower else english)
        self.context, self.english, self.lowered = context, english, lower
        return self

    def __reduce__(self):
        return _label, (self.context, self.english, self.lowered)

    def text(self, language: str = "en") -> str:
        said = catalogue.label(self.context, self.english, language)
        return said.lower() if self.lowered else said


def _label(context: str, english: str, lower: bool) -> Label:
    return Label(context, english, lower=lower)


def _shown(value: Any, language: str) -> Any:
    if isinstance(value, (Message, AccompDeskError, Label)):
        return value.text(language)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_shown(v, language)) for v in value)
    return value


def _render(code: str, params: dict[str, Any], language: str, capital: bool) -> str:
    template = ENGLISH[code] if language == "en" else catalogue.label(CONTEXT, ENGLISH[code], language)
    said = template.format(**{k: _shown(v, language) for k, v in params.items()})
    return said[:1].upper() + said[1:] if capital else said


def _rebuild(code: str, params: dict[str, Any], capital: bool = False) -> Message:
    return Message._make(code, params, capital)


def text(message: str, language: str = "en") -> str:
    """A message in `language`; a plain string (from outside the program) as it is."""
    return message.text(language) if isinstance(message, Message) else message


class AccompDeskError(Exception):
    """An error the program expects and explains: `str()` is the English sentence."""

    def __init__(self, code: str, /, **params: Any):
        self.message = Message(code, **params)
        super().__init__(self.message)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params

    def text(self, language: str = "en") -> str:
        return self.message.text(language)


# code -> the English sentence, with {named} arguments (str.format; a literal brace is doubled).
ENGLISH: dict[str, str] = {
    "cli.cannot_read": "Cannot read {file}: {strerror}.",
    "cli.columns_language_need_audience": "--columns and --language need --audience (a table for people).",
    "cli.delimiter_one_comma_semicolon": "The delimiter is one of: comma, semicolon, tab, bar.",
    "cli.export_for_audience_goes": "An export for an audience goes to a file; give one with -o.",
    "cli.folder_for_report_does": "The folder for the report {report} does not exist.",
    "cli.no_type_at_terminal":
        ("No {what}: type it at a terminal, pass it on standard input with --passphrase-stdin, or set "
         "{env}."),
    "cli.recovery_key_not_in_argv":
        ("--recovery-key takes no value: a key typed on the command line is seen by anyone who lists "
         "processes and stays in the shell history. Give --recovery-key alone, then type the key at the "
         "prompt, pass it as the first line of standard input with --passphrase-stdin, or set {env}."),
    "cli.standard_input_ended_before": "Standard input ended before the {what}.",
    "cli.there_no_vault_at": "There is no vault at {path}; create one with 'accompdesk-cli init'.",
    "cli.two_s_are_not": "The two {what}s are not the same.",
    "cli.workbook_cannot_go_standard": "A workbook cannot go to standard output; give a file name.",
    "cli.report_is_folder": "{report} is a folder; give --report a file name, as in --report problems.csv.",
    "cli.vault_is_folder": "{path} is a folder, not a vault file; give --vault a file, as in --vault {example}.",
    "cli_merge.history_takes_table_record":
        ("History takes a table and a record id: accompdesk-cli merge history TABLE ID."),
    "cli_merge.limit_whole_number_at": "--limit is a whole number of at least 1.",
    "cli_merge.merge_takes_table_two":
        ("Merge takes a table and two ids: accompdesk-cli merge TABLE KEEP_ID OTHER_ID."),
    "cli_merge.merged_record_would_not": "The merged record would not be valid: {exc}.",
    "cli_merge.undo_takes_one_merge": "Undo takes one merge id: accompdesk-cli merge undo MERGE_ID.",
    "cli_office.there_no_office_setting": "There is no office setting called {key}; they are: {items}.",
    "cli_offices.file_not_accompdesk_office": "This file is not an AccompDesk office card, or it is damaged.",
    "cli_offices.folder_not_file": "{path} is a folder, not a file.",
    "cli_offices.say_which_value_keep": "Say which value to keep: --keep mine, --keep theirs or --value TEXT.",
    "cli_offices.there_no_file": "There is no file {path}.",
    "cli_offices.cannot_read": "Cannot read {path}: {strerror}.",
    "domain.codec.not_date_time_written": "'{value}' is not a date and time written as YYYY-MM-DDTHH:MM.",
    "domain.codec.not_date_written_as": "'{value}' is not a date written as YYYY-MM-DD.",
    "domain.codec.not_one": "'{value}' is not one of: {items}.",
    "domain.codec.not_one_2": "'{part}' is not one of: {items}.",
    "domain.codec.not_record_id_uuid": "'{value}' is not a record id (a UUID).",
    "domain.codec.not_whole_number": "'{value}' is not a whole number.",
    "domain.codec.not_yes_or_no": "'{value}' is not yes or no.",
    "domain.validation.before_arrival": "is before the arrival.",
    "domain.validation.before_check_year": "{day} is before {year}; check the year.",
    "domain.validation.before_date_post_began": "is before the date the post began.",
    "domain.validation.before_start": "is before the start.",
    "domain.validation.characters_long_at_most": "is {count:,} characters long; at most {max_len:,} fit.",
    "domain.validation.choose_person_or_organisation": "choose a person or an organisation.",
    "domain.validation.contains_control_characters_remove": "contains control characters; remove them and try again.",
    "domain.validation.future": "{day} is in the future.",
    "domain.validation.future_meeting_not_yet": "{day} is in the future; a meeting not yet held is planned.",
    "domain.validation.lists_same_record_twice": "lists the same record twice.",
    "domain.validation.more_roles_than_organisations": "has more roles than organisations.",
    "domain.validation.more_roles_than_persons": "has more roles than persons.",
    "domain.validation.must_at_least": "must be at least {minimum}.",
    "domain.validation.must_at_most": "must be at most {maximum}.",
    "domain.validation.must_text": "must be text.",
    "domain.validation.must_whole_number": "must be a whole number.",
    "domain.validation.must_yes_or_no": "must be yes or no.",
    "domain.validation.not_a_date": "is not a valid date.",
    "domain.validation.not_a_date_time": "is not a valid date and time.",
    "domain.validation.not_one": "'{value}' is not one of: {items}.",
    "domain.validation.not_time_such_as": "'{at_time}' is not a time such as 18:00.",
    "domain.validation.required": "is required.",
    "domain.validation.required_for_weekly_call": "is required for a weekly call.",
    "domain.validation.too_far_future_check": "{day} is too far in the future; check the year.",
    "exchange.aliases.alias_in_row": "“{alias}” is already the alias in row {row}; “{offer}” is free.",
    "exchange.aliases.alias_taken":
        "“{alias}” is already the alias of another person or organisation; “{offer}” is free.",
    "exchange.bundle.contents_do_not_hold": "This bundle is damaged: its contents do not hold together.",
    "exchange.bundle.contents_unreadable": "This bundle is damaged: its contents cannot be read.",
    "exchange.bundle.damaged_or_incomplete": "This bundle is damaged or incomplete; ask for it again.",
    "exchange.bundle.for_another_office": "This bundle was made for another office; it cannot be opened here.",
    "exchange.bundle.newer": "This bundle was made by a newer AccompDesk; update this one to read it.",
    "exchange.bundle.not_a_bundle": "This file is not an AccompDesk bundle, or it is damaged.",
    "exchange.canonical.file_empty": "The file is empty.",
    "exchange.canonical.file_has_more_than": "The file has more than {limit:,} rows.",
    "exchange.canonical.file_not_readable_as": "The file is not readable as CSV: {exc}.",
    "exchange.canonical.file_not_utf_8": "The file is not UTF-8 text; save it as CSV UTF-8 and try again.",
    "exchange.canonical.file_was_rejected_problem":
        ("The {table} file was rejected: {count} problem(s); nothing was imported."),
    "exchange.canonical.header_file_not_right": "The header of the {table} file is not right.",
    "exchange.canonical.not_a_field": "is not a field of {table}; the fields are: {fields}.",
    "exchange.canonical.required_no_column": "is required, and the file has no such column.",
    "exchange.canonical.table_one_not": "TABLE is one of: {items}; not {table}.",
    "exchange.canonical.twice_in_header": "appears twice in the header.",
    "exchange.export.folder_does_not_exist": "The folder {folder} does not exist.",
    "exchange.export.format_csv_or_xlsx": "The format is csv or xlsx; not {fmt}.",
    "exchange.export.has_no_column_called": "{table} has no column called {column}; the columns are: {items}.",
    "exchange.export.table_one_not": "TABLE is one of: {items}; not {table}.",
    "exchange.export.table_was_not_written":
        ("The {table} table was not written: it would name {count} person(s) or organisation(s) that this "
         "audience may not see; check the consent levels and free texts."),
    "exchange.importer.file_has_no_column": "The {table} file has no column for {items}; nothing was imported.",
    "exchange.importer.file_was_rejected_problem":
        ("The {table} file was rejected: {count} problem(s); nothing was imported."),
    "exchange.importer.file_was_rejected_vault":
        ("The {table} file was rejected: the vault refused too many of its rows; nothing was imported."),
    "exchange.importer.has_cells_but_header": "has {count} cells but the header has {width}.",
    "exchange.importer.matches_records_cannot_say":
        ("matches {count} records ({items}); it cannot say which to update."),
    "exchange.importer.matches_same_record_as": "matches the same record as row {row}.",
    "exchange.importer.names_row_which_cannot": "names row {row}, which cannot be imported.",
    "exchange.importer.no_column_file_mapped": "No column of the file is mapped to {field}, which --match compares.",
    "exchange.importer.no_column_file_matches":
        ("No column of the file matches a field of {table}; map them with --map COLUMN=field (the fields "
         "are: {items})."),
    "exchange.importer.no_column_mapped": "no column is mapped to a field.",
    "exchange.importer.profile_for_not": "The profile {name} is for {table}, not {table2}.",
    "exchange.importer.required_field_not_mapped":
        ("no column is mapped to {name} ({label}), which every {noun} needs; add one with --map "
         "COLUMN={name}."),
    "exchange.importer.required_file_has_no": "is required, and the file has no column for it.",
    "exchange.importer.same_as_row": "is the same as in row {row}.",
    "exchange.importer.three_problems": "{first} {second} {third}",
    "exchange.importer.two_problems": "{first} {second}",
    "exchange.importer.unknown_term": "'{value}' is not a known {what}; it is one of: {codes}.",
    "exchange.importer.unknown_term_closest": "'{value}' is not a known {what}; the closest: {closest}.",
    "exchange.importer.would_make_circle_rows": "would make a circle (rows {rows}).",
    "exchange.importer.file_has_no_rows":
        "The file has a header on row {row} and no rows under it; nothing was imported.",
    "exchange.links.name_of_several": "'{text}' is the name of {count} {nouns} ({where}); write the id instead.",
    "exchange.links.no_such_name": "there is no {noun} called '{text}'.",
    "exchange.links.no_such_name_closest": "there is no {noun} called '{text}'; the closest: {closest}.",
    "exchange.links.row_of_file": "row {row} of this file",
    "exchange.mapping.both_are_mapped_map":
        ("Both {shown} are mapped to {name}; map one of them elsewhere (--map \"{header}=-\" leaves it out)."),
    "exchange.mapping.file_has_columns_called":
        ("The file has {count} columns called {text}; name them by number instead (#{number})."),
    "exchange.mapping.file_has_no_column": "The file has no column called {text}; its columns are: {shown}.",
    "exchange.mapping.has_no_field_called": "{table} has no field called {text}; the fields are: {items}.",
    "exchange.mapping.map_takes_column_field":
        ("--map takes COLUMN=field, as in --map \"Fecha=occurred_on\"; not {item}."),
    "exchange.mapping.table_one_not": "TABLE is one of: {items}; not {table}.",
    "exchange.mapping.file_has_twin_columns":
        ("The file has more than one column called {header}, and only one of them would be imported; "
         "nothing was imported."),
    "exchange.mapping.twin_column_left_out":
        ("column #{number} has the same name as #{used}, which fills {field}: say what it holds with "
         "--map \"#{number}=field\", or leave it out with --map \"#{number}=-\"."),
    "exchange.matching.column_not_mapped_field":
        ("The column {header} is not mapped to a field with a list of values, so its values cannot be "
         "mapped."),
    "exchange.matching.map_value_takes_column":
        ("--map-value takes COLUMN:VALUE=code, as in --map-value \"Gravedad:3=high\"; not {item}."),
    "exchange.matching.match_needs_field_compare":
        ("--match needs a field to compare, as in --match \"{column}=full_name\"; rows with an id column "
         "already update the record they name."),
    "exchange.matching.match_takes_column_field":
        ("--match takes COLUMN=field, as in --match \"Cédula=id_number\"; not {item}."),
    "exchange.matching.not_one_values": "{code} is not one of the {name} values: {items}.",
    "exchange.matching.records_cannot_matched_on":
        ("Records cannot be matched on {target}, a list; choose a field with one value."),
    "exchange.profiles.import_profile_cannot_read": "The import profile {name} cannot be read; save it again.",
    "exchange.profiles.profile_name_1_60": "A profile name is 1 to 60 characters, with no control characters.",
    "exchange.profiles.there_no_import_profile": "There is no import profile called {name}{hint}.",
    "exchange.report.folder_does_not_exist": "The folder {folder} does not exist.",
    "exchange.sheet.encoding_one_utf_8":
        ("The encoding is one of: utf-8, utf-16, windows-1252, latin-1; not {encoding}."),
    "exchange.sheet.file_empty": "The file is empty.",
    "exchange.sheet.file_has_more_than": "The file has more than {limit:,} rows.",
    "exchange.sheet.file_not_readable_as": "The file is not readable as CSV: {exc}.",
    "exchange.sheet.file_not_text_byte":
        ("The file is not {encoding} text (byte {byte} does not fit); leave out --encoding to detect it."),
    "exchange.sheet.file_starts_like_text": "The file starts like {encoding} text but is not; it may be damaged.",
    "exchange.sheet.old_excel_file_xls": "This is an old Excel file (.xls); save it as .xlsx or CSV and try again.",
    "exchange.sheet.sheet_applies_excel_workbooks": "--sheet applies to Excel workbooks; this file is text.",
    "exchange.sheet.file_ends_inside_quoted":
        ("The file ends inside a quoted cell of row {row}: it was cut short, or a closing quote is missing; "
         "nothing was imported."),
    "exchange.sheet.file_ends_inside_row":
        ("The file ends in the middle of row {row}, after {count} of the header's {width} cells: it was cut "
         "short; nothing was imported."),
    "exchange.xlsx.file_not_readable_excel": "The file is not a readable Excel workbook (.xlsx).",
    "exchange.xlsx.sheet_cannot_read": "The sheet {name} cannot be read ({kind}).",
    "exchange.xlsx.workbook_cannot_read_open":
        ("The workbook cannot be read ({kind}); open it in Excel or LibreOffice and save it again."),
    "exchange.xlsx.workbook_has_no_sheet": "The workbook has no sheet called {sheet}; its sheets are: {items}.",
    "exchange.xlsx.workbook_unpacks_more_than": "The workbook unpacks to more than 512 MB; split it and try again.",
    "gui.messages.linked_record_gone": "the linked record no longer exists.",
    "gui.reports.work.hint_window": "write them in the options, or choose the internal audience for a draft",
    "gui.reports.work.period_starts_after_ends": "The period starts ({start}) after it ends ({end}).",
    "gui.safety.backup_dialog.backup_s_key_slot": "The backup's key-slot file does not match the vault's.",
    "office.setting.empty": "{setting} cannot be empty.",
    "office.setting.not_a_format": "'{value}' is not a date format; choose one of {choices}.",
    "office.setting.not_a_locale": "'{value}' is not a locale; write it as es_CO or en_GB.",
    "office.setting.not_a_number": "{setting} takes a whole number.",
    "office.setting.not_a_phone": "'{value}' is not a telephone number (digits, spaces, + and - only).",
    "office.setting.not_a_zone": "'{value}' is not a time zone; write it as America/Bogota.",
    "office.setting.not_text": "{setting} takes text.",
    "office.setting.out_of_range": "{setting} must be between {low} and {high}.",
    "office.setting.refused": "{setting} cannot take that value.",
    "reports.alert.there_no_incident_id": "There is no incident with id {incident_id}.",
    "reports.briefing.hint_command_line":
        ("give --context FILE and --requests FILE, or --allow-placeholders for a draft"),
    "reports.briefing.not_iso_3166_country": "{given} is not an ISO 3166 country code (for example NO for Norway).",
    "reports.briefing.control_characters_context":
        ("The briefing was not written: line {line} of the context holds a control character (as text "
         "pasted from a terminal can); remove it and try again."),
    "reports.briefing.control_characters_requests":
        ("The briefing was not written: line {line} of the requests holds a control character (as text "
         "pasted from a terminal can); remove it and try again."),
    "reports.briefing.placeholder_context":
        ("The briefing was not written: the context is still a placeholder for a {audience} audience; "
         "{hint}."),
    "reports.briefing.placeholder_requests":
        ("The briefing was not written: the list of requests is still a placeholder for a {audience} "
         "audience; {hint}."),
    "reports.briefing.placeholders":
        ("The briefing was not written: the context and the list of requests are still placeholders for a "
         "{audience} audience; {hint}."),
    "reports.commands.cannot_read": "Cannot read {path}: {strerror}.",
    "reports.commands.comes_as_not": "The {document} comes as {items}, not {fmt}.",
    "reports.commands.give_both_from_or": "Give both --from and --to, or neither (the last twelve months).",
    "reports.commands.not_date_written_as": "{option} {value} is not a date written as YYYY-MM-DD.",
    "reports.commands.not_utf_8_text": "{path} is not UTF-8 text.",
    "reports.commands.roster_needs_week_yyyy": "A roster needs --week YYYY-Www, for example --week 2026-W48.",
    "reports.commands.say_format_pdf_or": "Say --format pdf or --format docx (or name the file .pdf or .docx).",
    "reports.commands.urgent_alert_needs_incident": "An urgent alert needs --incident ID.",
    "reports.export.folder_does_not_exist": "The folder {folder} does not exist.",
    "reports.export.there_no_format_for": "There is no {fmt} format for documents; use pdf or docx.",
    "reports.export.withheld_name_found_one":
        ("The {document} was not written: its {fmt} would name 1 person or organisation that this audience "
         "may not see (in {where}); check the free texts and the consent levels"),
    "reports.export.withheld_names_found":
        ("The {document} was not written: its {fmt} would name {count} people or organisations that this "
         "audience may not see (in {where}); check the free texts and the consent levels"),
    "reports.roster.roster_needs_at_least": "A roster needs at least one week.",
    "reports.roster.there_no_page_size_2": "There is no {page_size} page size for the roster; use A4 or Letter.",
    "services.dedupe.minimum_score_number_from": "The minimum score is a number from 0 to 1, such as 0.85.",
    "services.documents.comes_as_not": "The {key} comes as {items}, not {fmt}.",
    "services.documents.for_audience_only_not": "The {key} is for the {items} audience only, not {audience}.",
    "services.documents.roster_needs_week_such": "A roster needs a week, such as 2026-W48.",
    "services.documents.there_no_document_choose": "There is no {document} document; choose one of {items}.",
    "services.documents.urgent_alert_needs_incident": "An urgent alert needs an incident.",
    "services.alias_clashes.now_shared": "The alias “{alias}” is now shared; the roster prints {forms}.",
    "services.alias_clashes.organisation": "organisation",
    "services.alias_clashes.person": "person",
    "services.alias_clashes.printed_from": "“{printed}” for the {noun} {record_id} (from {office})",
    "services.alias_clashes.printed_here": "“{printed}” for the {noun} {record_id} (recorded here)",
    "services.merging.has_no_field_called": "{table} has no field called {field}; the fields are: {items}.",
    "services.merging.merged_record_takes_narrower":
        ("The merged record takes the narrower consent; only a coordinator can keep the wider one, with "
         "--wider-consent."),
    "services.merging.not_field_other_or": "'{item}' is not FIELD=other or FIELD=kept.",
    "services.merging.record_cannot_merged_itself": "A record cannot be merged with itself; give two different ids.",
    "services.merging.say_which_value_stays": "'{item}': say which value stays with =other or =kept.",
    "services.offices.attachment_bundle_does_not":
        ("An attachment in this bundle does not match its checksum; nothing was changed."),
    "services.offices.bundle_comes_from_office":
        ("This bundle comes from an office this one does not trust (never added, or removed); nothing was "
         "changed."),
    "services.offices.bundle_damaged_change_cannot":
        ("This bundle is damaged: a change in it cannot be read. Nothing was changed."),
    "services.offices.bundle_damaged_manifest_incomplete":
        ("This bundle is damaged: its manifest is incomplete. Nothing was changed."),
    "services.offices.bundle_from_links_records":
        ("This bundle from {name} links to records it does not carry and this office does not hold; "
         "nothing was changed."),
    "services.offices.bundle_from_was_already":
        ("Bundle {bundle} from {name} was already received, or a newer one was; nothing was changed."),
    "services.offices.bundle_holds_records_newer":
        ("This bundle holds records of a newer AccompDesk that this one does not know; update it to read "
         "the bundle. Nothing was changed."),
    "services.offices.bundle_holds_value_cannot":
        ("This bundle holds a value this office cannot store ({table}, {field}): it was made by a damaged or "
         "newer AccompDesk. Nothing was changed."),
    "services.offices.bundle_s_signature_does":
        ("This bundle's signature does not match the key of {name}: it was altered or forged. Nothing was "
         "changed."),
    "services.offices.bundle_was_made_by":
        ("This bundle was made by a newer AccompDesk; update this one to read it. Nothing was changed."),
    "services.offices.bundle_was_made_by_2":
        ("This bundle was made by {name} for another office; nothing was changed."),
    "services.offices.conflict_already_resolved": "Conflict {conflict_id} is already resolved ({resolution}).",
    "services.offices.conflict_holds_values_choose":
        ("Conflict {conflict_id} holds {count} values; choose one with --value."),
    "services.offices.deletion_conflict_settled_value":
        ("A deletion conflict is settled with --value kept or --value deleted."),
    "services.offices.list_links_settled_keep": "A list of links is settled with --keep mine or --keep theirs.",
    "services.offices.message": "{label_en}: {exc}",
    "services.offices.nothing_was_changed": "{exc} Nothing was changed.",
    "services.offices.peer_may_send_only":
        ("{name} is a {audience} peer and may send only its own records; this bundle changes others. "
         "Nothing was changed."),
    "services.offices.say_which_value_keep": "Say which value to keep: --keep mine, --keep theirs or --value TEXT.",
    "vault.attachments.attachment_does_not_match": "The attachment {filename} does not match its checksum.",
    "vault.attachments.larger_than_mb": "{filename} is larger than {limit} MB.",
    "vault.attachments.there_no_table_called": "There is no table called {owner_table}.",
    "vault.attempts.too_soon": "Too many wrong passphrases; wait {seconds} s and try again.",
    "vault.attempts.too_soon_for_user": "Too many wrong passphrases for {user}; wait {seconds} s and try again.",
    "vault.audit.chain_intact": "{count} audit entries, chain intact",
    "vault.audit.entry_altered": "audit entry {entry} ({described}) has been altered",
    "vault.audit.entry_does_not_follow": "audit entry {entry} does not follow entry {previous}",
    "vault.audit.entry_missing": "audit entry {entry} is missing (the next one is {next})",
    "vault.backup.already_exists_choose_another": "{target} already exists; choose another name.",
    "vault.backup.backup_cannot_replace_vault": "A backup cannot replace the vault itself.",
    "vault.backup.folder_does_not_exist": "The folder {folder} does not exist.",
    "vault.changelog.conflict_already_resolved": "Conflict {conflict_id} is already resolved ({resolution}).",
    "vault.changelog.deletion_conflict_settled_by":
        ("A deletion conflict is settled by keeping the record (live) or not (deleted)."),
    "vault.changelog.field": "field {table}.{name}",
    "vault.changelog.merge": "merge",
    "vault.changelog.record_came_from_redacted":
        ("This record came from {office} in redacted form; it is read-only here."),
    "vault.changelog.state": "state",
    "vault.changelog.table": "table {table}",
    "vault.changelog.there_no_conflict_see": "There is no conflict {conflict_id}; see 'accompdesk-cli conflicts'.",
    "vault.connection.build_sqlcipher_not_version": "This build of SQLCipher ({version}) is not version 4.",
    "vault.connection.file_holds_no_vault":
        ("The file {path} holds no vault (no tables): it is damaged. It has been left as it is."),
    "vault.connection.there_no_vault_at": "There is no vault at {path}.",
    "vault.connection.vault_does_not_decrypt":
        ("The vault does not decrypt with its key: the file is damaged or is not this vault. It has not "
         "been changed."),
    "vault.connection.vault_file_cannot_opened": "The vault file {path} cannot be opened.",
    "vault.connection.vault_file_cut_short":
        ("The vault file {path} is cut short ({size} bytes): it is damaged. It has been left as it is; "
         "restore a backup."),
    "vault.connection.vault_file_damaged_table":
        ("The vault file {path} is damaged: its table of contents cannot be read. It has been left as it "
         "is; restore a backup."),
    "vault.connection.vault_file_empty_damaged":
        ("The vault file {path} is empty: it is damaged. It has been left as it is; restore a backup."),
    "vault.connection.vault_refused_safety_settings": "The vault refused its safety settings ({items}).",
    "vault.demo.vault_holds_records_demo":
        ("This vault holds records the demo did not make; the demo fills only a new vault or one it filled "
         "itself, so that fictional people are never mixed into a real record. Nothing was changed."),
    "vault.export_db.copy_does_not_hold": "The copy does not hold the same {table} as the vault.",
    "vault.export_db.copy_does_not_pass": "The copy does not pass its integrity check.",
    "vault.export_db.copy_has_different_schema": "The copy has a different schema version than the vault.",
    "vault.keyslots.already_has_key_slot": "{user} already has a key slot.",
    "vault.keyslots.key_slot_asks_for":
        ("A key slot asks for key derivation weaker than allowed; the key-slot file may have been tampered "
         "with."),
    "vault.keyslots.key_slot_asks_for_2":
        ("A key slot asks for key derivation beyond any AccompDesk sets ({passes} passes, {mib} MiB, "
         "{lanes} lanes; at most {max_passes} passes, {max_mib} MiB, {max_lanes} lanes), so it was refused "
         "rather than left to hang; the key-slot file has been changed."),
    "vault.keyslots.key_slot_damaged_open":
        ("The key slot of {user} is damaged; open the vault with the recovery key."),
    "vault.keyslots.key_slot_file_damaged":
        ("The key-slot file is damaged and cannot be read; open the vault with the recovery key."),
    "vault.keyslots.key_slot_file_holds": "The key-slot file holds no slots; open the vault with the recovery key.",
    "vault.keyslots.key_slot_file_missing": "The key-slot file is missing; open the vault with the recovery key.",
    "vault.keyslots.key_slot_file_was": "The key-slot file was written by a newer AccompDesk.",
    "vault.keyslots.passphrase_needs_at_least": "A passphrase needs at least {minimum} characters.",
    "vault.keyslots.passphrase_not_right": "The passphrase is not right.",
    "vault.keyslots.passphrase_not_right_for": "The passphrase is not right for this staff member.",
    "vault.keyslots.passphrase_not_right_for_user": "The passphrase is not right for {user}.",
    "vault.keyslots.recovery_key_64_hexadecimal":
        ("A recovery key is 64 hexadecimal digits (0-9, a-f); this one is not."),
    "vault.keyslots.there_no_key_slot": "There is no key slot for {user}.",
    "vault.locking.folder_vault_does_not": "The folder of the vault {folder} does not exist.",
    "vault.locking.vault_busy_another_accompdesk":
        ("The vault is busy: another AccompDesk has it open or is changing it (a rekey, a restore, a "
         "change of key slots); nothing was changed. Try again when it has finished or been closed."),
    "vault.merges.duplicates_are_looked_for": "Duplicates are looked for in {items}, not in {table}.",
    "vault.merges.merge_cannot_undone_records":
        ("The merge {merge_id} cannot be undone: records it touched have changed since; undo would lose "
         "those changes."),
    "vault.merges.merge_was_already_undone": "The merge {merge_id} was already undone on {day}.",
    "vault.merges.record_always_same_as": "A record is always the same as itself; give two different ids.",
    "vault.merges.there_no_id": "There is no {noun} with id {record_id}.",
    "vault.merges.there_no_merge_id": "There is no merge with id {merge_id}.",
    "vault.migrations.vault_s_schema_could": "The vault's schema could not be brought up to date.",
    "vault.migrations.vault_was_written_by":
        ("This vault was written by a newer AccompDesk (schema {current}, this program knows {latest}); "
         "install the newer version to open it."),
    "vault.office.audience_one": "An audience is one of: {items}.",
    "vault.office.file_not_accompdesk_office": "This file is not an AccompDesk office card, or it is damaged.",
    "vault.office.office_already_trusted_remove":
        ("This office is already trusted; remove it first to change its card or audience."),
    "vault.office.office_card_s_fingerprint":
        ("This office card's fingerprint does not match its keys; it was altered."),
    "vault.office.office_card_was_written":
        ("This office card was written by a newer AccompDesk; update this one first."),
    "vault.office.office_name_has_at": "An office name has at most 100 characters.",
    "vault.office.office_needs_name": "An office needs a name.",
    "vault.office.office_s_own_card": "This is this office's own card; a peer is another office.",
    "vault.office.there_already_trusted_office":
        ("There is already a trusted office called {name}; give this one --name."),
    "vault.office.there_no_trusted_office":
        ("There is no trusted office called {name}; see 'accompdesk-cli peer list'."),
    "vault.office.vault_has_no_office": "This vault has no office identity yet; open it once with this version.",
    "vault.rekey.another_program_still_reading":
        ("Another program is still reading the vault; close it and rekey again. Nothing was changed."),
    "vault.rekey.last_staff_member_s": "The last staff member's key slot cannot be removed.",
    "vault.repository.has_no_field_called": "{table} has no field called {name}.",
    "vault.repository.has_no_list_links": "{table} has no list of links called {field}.",
    "vault.repository.id_already_exists": "A {noun} with id {id} already exists.",
    "vault.repository.no_linked_record": "there is no {noun} with id {record_id}.",
    "vault.repository.still_linked_from_other":
        ("This {noun} is still linked from other records; remove those links first."),
    "vault.repository.there_no_id": "There is no {noun} with id {record_id}.",
    "vault.repository.was_merged_into_undo": "This {noun} was merged into {other}; undo the merge to have it back.",
    "vault.repository.would_make_chain_command": "would make the chain of command a circle.",
    "vault.restore.already_exists_was_left": "{dest} already exists; it was left as it is. Choose another name.",
    "vault.restore.backup_another_vault_not":
        ("The backup {file} is of another vault, not of {office_path}; it was not restored."),
    "vault.restore.backup_does_not_pass":
        ("The backup does not pass its checks ({name}: {message}); it was left as it is."),
    "vault.restore.backup_was_not_restored":
        ("The backup {backup_path} is {what}; it was not restored and has been left as it is."),
    "vault.restore.folder_does_not_exist": "The folder {folder} does not exist.",
    "vault.restore.not_backup_vault_file":
        ("{backup_path} is not a backup: a vault file with its .keys file beside it."),
    "vault.restore.replacing_office_vault_needs":
        ("Replacing the office vault needs your confirmation; nothing was changed."),
    "vault.restore.restore_into_new_place": "Restore into a new place: the backup itself stays as it is.",
    "vault.restore.restored_vault_already_office": "The restored vault is already the office vault.",
    "vault.roles.audience_one": "An audience is one of: {items}.",
    "vault.roles.may_not_export": "A {role} may not make a {audience} export; ask a coordinator or staff.",
    "vault.roles.may_not_export_internal": "A {role} may not make an {audience} export; ask a coordinator.",
    "vault.roles.there_no_act_called": "There is no act called {action}.",
    "vault.roster.has_no_week": "{year} has no week {number}.",
    "vault.roster.not_time_zone_such": "'{zone}' is not a time zone such as America/Bogota.",
    "vault.roster.not_week_written_as": "'{text}' is not a week written as YYYY-Www, such as 2026-W48.",
    "vault.settings.setting_takes": "The setting {name} takes a {kind}.",
    "vault.settings.there_no_office_setting": "There is no office setting called {name}.",
    "vault.staff.role_one": "A role is one of: {items}.",
    "vault.staff.staff_member_needs_name": "A staff member needs a name.",
    "vault.staff.type_your_current_passphrase": "Type your current passphrase to change it.",
    "vault.staff.you_cannot_remove_your": "You cannot remove your own key slot; ask another coordinator.",
    "vault.store.another_accompdesk_re_encrypted":
        ("Another AccompDesk re-encrypted or restored the vault after this one opened it; nothing was "
         "written. Open the vault again."),
    "vault.store.another_accompdesk_re_encrypted_2":
        ("Another AccompDesk re-encrypted or restored the vault while this one opened it; open it again."),
    "vault.store.key_slot_does_not":
        ("This key slot does not open the current vault: the key-slot file was written for another "
         "database file (an old copy, a removed member's, or another vault's); open the vault with the "
         "recovery key."),
    "vault.store.needs_role": "This needs the {label} role; {user} is {label2}.",
    "vault.store.passphrase_or_recovery_key": "A passphrase or the recovery key is needed to open the vault.",
    "vault.store.recovery_key_does_not":
        ("The recovery key does not open this vault; check the digits (if they are right, the vault file "
         "is damaged)."),
    "vault.store.staff_member_needs_name": "A staff member needs a name.",
    "vault.store.there_already_vault_at": "There is already a vault at {path}; it was left as it is.",
    "vault.store.there_no_table_called": "There is no table called {table}.",
    "vault.store.there_no_vault_at": "There is no vault at {path}; create one with 'accompdesk-cli init'.",
    "vault.store.vault_damaged_tables_cannot":
        ("The vault is damaged: its tables cannot be read. It has not been changed."),
    "vault.store.vault_file_missing_only": "The vault file {path} is missing; only its key-slot file is there.",
    "vault.verify.head_entries_missing":
        ("audit entry {entry} is missing: the key-slot file records {recorded} entries, the log ends at "
         "{ends}, so its last entries were removed"),
    "vault.verify.head_kept": "the log holds the {count} entries the key-slot file records",
    "vault.verify.head_kept_and_later":
        ("the log holds the {count} entries the key-slot file records and {later} written after"),
    "vault.verify.head_rewritten":
        ("audit entry {entry} is not the one the key-slot file records as the head: the log was rewritten"),
    "vault.verify.head_untrusted": "the audit head in the key-slot file cannot be trusted (see key slots)",
    "vault.verify.links_missing": "{count} link(s) point to missing records (first in {table})",
    "vault.verify.links_sound": "every link points to a record",
    "vault.verify.no_head_yet": "no audit head kept outside the log yet",
    "vault.verify.pages_authenticate": "every page authenticates",
    "vault.verify.pages_fail": "{count} page(s) fail authentication: {first}",
    "vault.verify.records_match": "{count} live records match their audit entries",
    "vault.verify.slot_of_user": "the key slot of {user}: {problem}",
    "vault.verify.slots_sealed": "{count} key slot(s), sealed for this vault",
    "vault.verify.structure_sound": "database structure is sound",
    "vault.verify.vault_damaged": "The vault is damaged: {exc}.",
    "exchange.dates.time_does_not_exist": "'{value}' has a time that does not exist.",
    "exchange.dates.no_month_read_day_first":
        ("'{value}' has no month {month} when read day first; if the file writes the month first, say so "
         "(--month-first, or tick “month first” in the wizard)."),
    "exchange.dates.no_month_read_month_first":
        ("'{value}' has no month {month} when read month first; if the file writes the day first, leave out "
         "--month-first (or untick “month first”)."),
    "exchange.dates.not_a_date": "'{value}' is not a date (write it as 15/03/2024 or 2024-03-15).",
    "exchange.dates.date_does_not_exist": "'{value}' is not a date that exists.",
    "vault.restore.backup_damaged_or_replaced":
        ("The backup {backup_path} is damaged or was replaced: it is not the file its key-slot file was "
         "written for, and that key does not open it. It was not restored and has been left as it is."),
}
