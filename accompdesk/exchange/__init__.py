"""Import and export of tables (CSV, XLSX).

    sheet       a file as read: encoding, delimiter, header row (xlsx: openpyxl)
    mapping     which column fills which field: suggested, profiles, --map
    dates       day-first and month-name dates, ambiguity
    links       names in cells resolved to records
    duplicates  likely duplicates of what the vault or the file already has
    importer    prepare -> examine -> write (dry run, skip invalid, cancel)
    canonical   the machine format (ids and codes), as the foundation defined it
    export      tables for people through the audience rules (withholding)
    cells       formula neutralisation; report: the check report as CSV
    profiles    saved mappings in the vault's settings table
"""
