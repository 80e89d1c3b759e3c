/** The CLI's own texts in English, by code. `{name}` marks a parameter. */
export const cliEn = {
  "output.cant_write":
    "cannot write {path} ({reason}). No file of this run was left looking complete; the previous output, if any, is as it was. Free some space or choose another folder with --out.",
  "report.text_escaped":
    "{file}: {count} cells held control characters or line separators (U+2028, U+2029): shown as visible symbols (␛, ␀…) or spaces in the report, nothing dropped",
  "cli.too_large_for_memory":
    "{file} ({size} MiB) needs about {needed} MiB of memory to be cleaned at once, more than this Node process may use ({limit} MiB). The file is not at fault: split it (by year or by site), or give Node more memory, e.g. NODE_OPTIONS=--max-old-space-size={needed}. (solidata inspect reads files of any size.)",
  "output.previous_interrupted":
    "note: {dir} held temporary files of an interrupted run ({files}); they were removed and nothing they held was used.",
  "output.previous_no_manifest":
    "note: {dir} holds {files} without a manifest.json: a previous run may have stopped before finishing. They will be replaced.",
  "output.previous_mismatch":
    "note: in {dir}, {files} do not match manifest.json: a previous run was incomplete or the files were changed since. They will be replaced.",
  "report.duplicate_files": "{files} hold the same data: only {kept} is counted",
  "report.empty":
    "the report would hold no figure at all: no section could be computed from these files. Nothing was written. Why:",
  "report.period_without_data": "The files hold dates from {from} to {to}: choose a period within them (--period).",
  "report.mostly_quarantined":
    "{file}: {share}% of its rows were set aside (more than {limit}%): the figures would rest on a fraction of the file. Run solidata clean on it and read quarantine.csv; nothing was written.",
  "privacy.check.examples":
    "\nExamples:\n  solidata privacy-check beneficiaries.csv\n  solidata privacy-check beneficiaries.csv --quasi age,gender,postcode --k 5\n  solidata privacy-check beneficiaries.csv --apply generalise --out partner.csv\n",
  "inspect.help.examples":
    "\nExamples:\n  solidata inspect volunteers.csv\n  solidata inspect members.xlsx --sheet 2\n  solidata inspect visits.csv --json > visits-inspect.json\n",
  "clean.help.examples":
    "\nExamples:\n  solidata clean volunteers.csv\n  solidata clean visits.csv --schema visits --out cleaned --excel\n  solidata clean february.csv --recipe cleaned/recipe.json\n  solidata clean beneficiaries.csv --key solidata.key --out partner-export\n",
  "labels.help.examples":
    "\nExamples:\n  solidata labels volunteers.csv\n  solidata labels visits.csv --field service --out labels\n  solidata clean visits.csv --labels labels/labels.csv\n",
  "key.help.examples": "\nExamples:\n  solidata key new --out solidata.key\n  solidata key check --key solidata.key\n",
  "report.help.examples":
    "\nExamples:\n  solidata report volunteers.csv beneficiaries.csv visits.csv\n  solidata report --config solidata.config.yaml --out report-2025\n  solidata report volunteers.csv --period 2025 --lang fr --format html,json\n  solidata report *.csv --privacy internal --json > report.json\n\nExit codes: 0 ok, 2 usage, 3 missing file, 4 unreadable data, 5 configuration, 7 cannot write.",
  "init.help.examples":
    "\nExamples:\n  solidata init volunteers.csv beneficiaries.csv visits.csv\n  solidata init *.csv --out config/solidata.config.yaml --force",
  "demo.help.examples": "\nExamples:\n  solidata demo\n  solidata demo --lang fr --out /tmp/demo",
  "demo.option.out": "report folder (default: ./solidata-demo)",
  "demo.organisation": "Demo organisation",
  "demo.indicator.volunteer_hours": "Volunteer hours in the year",
  "demo.indicator.people_reached": "People reached",
  "demo.indicator.active_groups": "Active local groups",
  "init.indicator.volunteer_hours": "Volunteer hours",
  "init.comment.head": "solidata configuration: edit it, then run `solidata report --config {file}`",
  "init.comment.organisation": "Your organisation, as it appears on the report (logo: a PNG, JPEG or SVG file)",
  "init.comment.lang": "Language of the report: fr or en",
  "init.comment.period": 'Period covered: a year ("2025") or { from: 2025-01-01, to: 2025-06-30 }',
  "init.comment.files":
    "The files to read. kind: volunteers, beneficiaries, visits, groups, outcomes, sites or projects",
  "init.comment.unknown": "kind not recognised from the columns: set it by hand",
  "init.comment.columns": "columns:",
  "init.comment.privacy": "public: counts under 10 hidden (anything that leaves the organisation); internal: under 5",
  "init.comment.valuation":
    "Value of a volunteer hour: fr-smic-gross (minimum wage in force on the day), fr-smic-charged (plus employer contributions), us-independent-sector, or a number of euros",
  "init.comment.sections": "Sections of the report, in order",
  "init.comment.groups":
    "Census of local groups: a group is active when its last action is dated in the last N months of the period",
  "init.comment.indicators":
    "Indicators with targets (a logframe): each follows a figure of the report (volunteers.hours, beneficiaries.reached, groups.active...) from its baseline to its target; direction increase, decrease or maintain; milestones optional. Remove the # to use it:",
  "init.comment.formats": "Files to write",
  "init.comment.vocabularies":
    "Your own labels, by field: the label to show → the other ways it is written, e.g.\\n  activity:\\n    Street outreach: [Night round, Soup run]",
  "cli.help.usage": "Usage:",
  "cli.help_after_error": "(add --help for the usage)",
  "cli.help.arguments": "Arguments:",
  "cli.help.options": "Options:",
  "cli.help.commands": "Commands:",
  "cli.help.global_options": "Global options:",
  "cli.help.command": "display help for a command",
  "cli.help.default": "default: {value}",
  "cli.help.choices": "choices: {value}",
  "cli.help.env": "environment variable: {value}",
  "cli.option.help": "display help for the command",
  "cli.option.version": "print the version of solidata",
  "cli.error.unknown_option": "error: unknown option '{a}'",
  "cli.error.unknown_command": "error: unknown command '{a}'",
  "cli.error.missing_argument": "error: missing argument '{a}'",
  "cli.error.option_argument_missing": "error: option '{a}' needs a value",
  "cli.error.required_option": "error: option '{a}' is required",
  "cli.error.invalid_option_value": "error: option '{a}': the value '{b}' is not valid",
  "cli.error.too_many_arguments": "error: too many arguments (expected {b}, got {c})",
  "cli.error.did_you_mean": "(did you mean {name}?)",
  "cli.error.did_you_mean_one": "(did you mean one of {list}?)",
  "cli.bad_lang": "unknown language {lang}: use fr or en.",
  "cli.argument.table_file": "a CSV file (.csv, .tsv, .txt) or a workbook (.xlsx, .xls, .ods)",
  "cli.argument.files": "the association's files: CSV files (.csv, .tsv, .txt) or workbooks (.xlsx, .xls, .ods)",
  "cli.description": "Turn an association's spreadsheets into numbers it can trust and an impact report.",
  "cli.error": "Error:",
  "cli.internal":
    "unexpected problem: {message}. This is a bug in solidata: please report it with the command you ran (set SOLIDATA_DEBUG=1 to see details).",
  "cli.option.lang": "language of messages and outputs: fr or en",
  "cli.option.encoding":
    "text encoding of CSV files, instead of the detected one: utf-8, windows-1252 (latin1), utf-16le, utf-16be",
  "cli.bad_encoding": "unknown encoding {encoding}: use utf-8, windows-1252 (latin1, iso-8859-1), utf-16le or utf-16be",
  "cli.option.json": "print machine-readable JSON on stdout",
  "cli.option.quiet": "no progress on stderr",
  "inspect.description": "show how solidata reads a file: encoding, delimiter, header, a type per column, issues",
  "inspect.argument.file": "a CSV file (.csv, .tsv, .txt) or a workbook (.xlsx, .xls, .ods)",
  "cli.option.sheet":
    "worksheet to read in a workbook (its name, or its position, 1 for the first); needed when several visible sheets hold data",
  "cli.sheet_ambiguous":
    "{file} has {count} sheets with data: choose the one to read with --sheet NAME|N (its name, or its position, 1 for the first). Its sheets are: {sheets}.",
  "report.sheet_ambiguous":
    "{file} has {count} sheets with data: choose the one to read with --sheet NAME|N (its name, or its position, 1 for the first), or with sheet: for this file in the configuration. Its sheets are: {sheets}. Nothing was written.",
  "inspect.option.sheet":
    "worksheet to read (name or position, 1 for the first); default: the first visible one with data",
  "inspect.option.html": "also write a profile page of the file (offline HTML: types, values, histograms, alerts)",
  "inspect.option.out": "folder for the --html page (default: the current folder)",
  "inspect.html.written": "profile page written: {path}",
  "inspect.html.cant_write": "cannot write the profile page in {dir}: {message}",
  "inspect.html.title": "Profile of {file}",
  "inspect.html.columns": "Columns",
  "inspect.html.type": "type and why",
  "inspect.html.missing": "missing",
  "inspect.html.distinct": "distinct values",
  "inspect.html.alerts": "Alerts",
  "inspect.html.no_alert": "No alert.",
  "inspect.html.top_values": "Most frequent values",
  "inspect.html.value": "value",
  "inspect.html.count": "cells",
  "inspect.html.month": "month",
  "inspect.html.other_values":
    "{count} other value(s) not listed (fewer than {k} cells each, or beyond the first ten).",
  "inspect.html.nothing_frequent": "No value fills {k} cells or more: none is listed.",
  "inspect.html.personal":
    "Personal column (names, contact details, identifiers, birth dates): its values are never listed.",
  "inspect.html.privacy": "Counts below {k} are not shown; values of personal columns are never listed.",
  "inspect.html.histogram": "Distribution of {column}",
  "inspect.html.date_histogram": "Cells per month of {column}",
  "inspect.html.issues": "Problems found while reading",
  "inspect.html.no_issue": "None.",
  "inspect.html.issue": "problem",
  "inspect.html.issue.ragged_row": "rows with too few or too many fields",
  "inspect.html.issue.empty_header": "columns without a name",
  "inspect.html.issue.duplicate_header": "column names given twice",
  "inspect.html.issue.header_cleaned": "column names with line breaks or control characters, cleaned",
  "inspect.html.issue.line_above_header": "lines above the header, skipped",
  "inspect.html.issue.value_not_parsed": "values that do not fit their column's type, kept as text",
  "inspect.html.issue.reserved_header": "column names JavaScript reserves, renamed",
  "inspect.html.issue.null_markers": "columns with cells read as missing (NA, -…)",
  "inspect.html.issue.error_cell": "spreadsheet error cells (#DIV/0!, #N/A…), read as missing",
  "inspect.html.issue.mojibake": "columns with text garbled by a wrong encoding",
  "inspect.html.issue.encoding_repaired": "lines with a byte that is not UTF-8, read as Windows-1252",
  "inspect.html.issue.undecodable_byte": "bytes that could not be decoded, replaced by �",
  "inspect.html.issue.stray_quote": "lines with text after a closing quote",
  "inspect.html.issue.nul_byte": "lines holding a NUL byte",
  "inspect.html.issue.other": "other problem",
  "inspect.html.alert.spaces": "{count} cell(s) start or end with spaces",
  "inspect.html.alert.duplicated_ids":
    "{count} cell(s) hold an identifier that appears more than once (expected in a log, not in a register)",
  "inspect.html.alert.constant": "the same value in all {count} filled cells",
  "inspect.html.alert.high_cardinality":
    "{count} distinct values, more than half the cells: free text or an identifier?",
  "inspect.html.alert.mojibake": "{count} cell(s) look garbled by a wrong encoding (Ã©, â€™…)",
  "inspect.html.alert.mixed_formats": "{count} cell(s) in another format than most of the column",
  "inspect.html.alert.mostly_missing": "{count} cells missing, more than half the rows",
  "inspect.summary.csv": 'CSV, {encoding}{bom}, delimiter "{delimiter}", line endings {lineEnding}',
  "inspect.summary.workbook": '{format} workbook, sheet "{sheet}"',
  "inspect.summary.sheets":
    "sheets (choose one with --sheet, by name or position, 1 for the first; hidden sheets are named by their position): {sheets}",
  "inspect.summary.sheet": '"{name}" ({rows} lines)',
  "inspect.summary.rows": "{rows} rows, {columns} columns, header on line {headerLine} ({bytes} bytes)",
  "inspect.summary.hxl": "HXL hashtags on line {line}, kept as column metadata",
  "inspect.heading.column": "column",
  "inspect.heading.type": "type",
  "inspect.heading.missing": "missing",
  "inspect.heading.distinct": "distinct",
  "inspect.heading.examples": "examples",
  "inspect.type.text": "text",
  "inspect.type.identifier": "identifier",
  "inspect.type.integer": "integer",
  "inspect.type.decimal": "decimal",
  "inspect.type.percent": "percent",
  "inspect.type.currency": "amount",
  "inspect.type.boolean": "yes/no",
  "inspect.type.date": "date",
  "inspect.type.datetime": "date and time",
  "inspect.type.empty": "empty",
  "inspect.decisions": "Decisions:",
  "inspect.issues": "{count} issue(s) found (nothing was dropped):",
  "inspect.more_issues": "  … and {count} more (see --json)",
  "inspect.kind": "Kind: {kind} (score {score}, threshold {threshold}); candidates: {candidates}",
  "inspect.kind_none":
    "Kind: not recognised (score {score}, threshold {threshold}); candidates: {candidates}. Choose it with --schema <kind> (clean) or files[].kind (configuration)",
  "inspect.mapping": "Mapping it would use ({kind}):",
  "inspect.option.schema": "show the mapping this kind would use (volunteers, beneficiaries, sites...)",
  "inspect.heading.field": "field",
  "inspect.heading.score": "score",
  "inspect.heading.reason": "reason",
  "clean.option.country":
    "country of the postcodes of rows without a country column: FR (default), BE, CH, US... Other countries' postcodes are never padded nor given French codes",
  "clean.bad_country": "--country {country} is not a two-letter country code (FR, BE, CH, US...)",
  "clean.kind_refused": "{file}: {message}",
  "inspect.help.exit":
    "Exit codes: 0 read (issues, if any, listed), 2 unknown sheet, 3 missing or unreadable file, 4 unusable data (empty, binary, unterminated quote, field too long, corrupted or protected workbook).",
  "key.description": "manage the secret key of pseudonyms",
  "key.new.description":
    "write a new random 256-bit pseudonymisation key to a file only you can read (never replaces a file)",
  "key.option.out": "file to write the key to",
  "key.option.key": "key file (default: the SOLIDATA_KEY environment variable)",
  "key.check.description": "check that the key loads and is strong, and print its fingerprint (never the key)",
  "key.check.ok":
    "Key from {source} is usable; fingerprint {id}. Outputs pseudonymised with the same fingerprint used the same key.",
  "privacy.argument.file": "CSV, TSV, XLSX or ODS file",
  "key.new.written": "Key written to {path} (readable by you only).",
  "key.new.advice":
    "Keep it safe: this key turns identifiers into pseudonyms. With it, anyone holding a list of names can recognise them; without it, this year's pseudonyms can no longer be matched to next year's.\n  - keep it out of the data folders you share, out of e-mails and out of any repository (add it to .gitignore);\n  - keep one backup copy in a safe place (password manager, encrypted drive);\n  - use the same key every year for the same association, and a new one only if it may have leaked;\n  - use it: solidata clean file.csv --key {path} (or set SOLIDATA_KEY={path} once, then solidata clean file.csv); the cleaned files then hold pseudonyms instead of identifiers, and no names, e-mails, phones or birth dates.\n  - for a series of reports: solidata report files... --key {path}: counts are perturbed consistently, so reports over nested periods cannot be subtracted.",
  "privacy.check.description":
    "find the records that can be singled out by their quasi-identifiers (k-anonymity), and optionally fix them",
  "privacy.option.quasi": "quasi-identifier columns, comma-separated, as named in the file (e.g. age,gender,postcode)",
  "privacy.option.k": "smallest group of look-alike records that is acceptable (at least 2)",
  "privacy.option.apply":
    "make the file k-anonymous: suppress (blank rare values) or generalise (coarser values first)",
  "privacy.option.out": "with --apply: write the protected file here (CSV) instead of stdout",
  "privacy.option.keep": "with --apply: direct identifier columns to keep anyway, comma-separated (internal use only)",
  "privacy.check.help":
    "\nExit codes: 0 when every record looks like at least k-1 others (or after --apply), 6 when some records can be singled out and nothing was applied, 3 when the file cannot be read, 2 for a bad option.\nOnly line numbers are printed, never the values of the records.",
  "privacy.check.bad_k": "--k must be a whole number of at least 2 (got {value})",
  "privacy.check.no_quasi": "--quasi needs at least one column name, e.g. --quasi age,gender,postcode",
  "privacy.check.unknown_column": "the file has no column {column}; its columns are: {columns}",
  "privacy.check.bad_apply": "--apply must be suppress or generalise (got {value})",
  "privacy.check.summary":
    "{file}: {records} records, {classes} groups on {quasi}; smallest group: {smallest}; k = {k}",
  "privacy.check.holds": "k-anonymity holds: every record looks like at least {others} others.",
  "privacy.check.fails":
    "{atRisk} record(s) in {rare} group(s) smaller than {k} can be singled out. Run again with --apply suppress or --apply generalise, or use coarser columns.",
  "privacy.check.rare": "  lines {lines}: {size} record(s) alike",
  "privacy.check.applied":
    "{changes} change(s): {generalised} column generalisation(s), {cells} value(s) blanked, {removed} record(s) removed; k-anonymity now holds.",
  "privacy.check.suppressed_by_column": "quasi-identifiers: {quasi}; values blanked per column: {columns}",
  "privacy.check.dropped": "direct identifiers left out of the output: {columns}",
  "privacy.check.written": "protected file written to {path}",
  "privacy.check.cant_write": "cannot write {path}: {reason}",
  "clean.option.key":
    "pseudonymise the output with this key file (from solidata key new; default: the file SOLIDATA_KEY names): identifiers become keyed pseudonyms, names, e-mails, phones and addresses are removed, birth dates become years",
  "clean.pseudonymised":
    "pseudonymised with key {id}: {pseudonymised} replaced by {bits}-bit pseudonyms; removed: {dropped}; generalised: {generalised}",
  "clean.bad_key": "{message} (exit 5; the key is never printed)",
  "privacy.check.suggested":
    "no --quasi given: checking the quasi-identifiers found in the file: {columns} (name others with --quasi)",
  "privacy.check.refused":
    "not released: {atRisk} of {records} records ({percent} %) were still at risk after generalisation, more than {limit} %; no file written. Use coarser columns or fewer quasi-identifiers.",
  "report.config_syntax": "the configuration file cannot be read: {reason}. Check its JSON or YAML syntax.",
  "report.config_invalid":
    "configuration key {key}: {reason}. See schema/config.schema.json for what each key accepts.",
  "report.config_missing":
    "configuration file {path} not found. Run `solidata init <files...>` to write one, or leave out --config.",
  "report.no_input":
    "no file to read. Give the files on the command line (solidata report benevoles.csv visites.csv) or list them in the configuration.",
  "report.input_missing": "file {file} not found (looked in {cwd}). Check the path.",
  "report.unreadable": "{file} cannot be read as a table: {reason}",
  "report.workbook_needs_path": "{file} is a workbook: give its path so it can be read",
  "report.no_file_kind":
    "{file}: its columns and values do not say clearly enough whether it holds volunteers, beneficiaries, visits, groups, outcomes, sites or projects; it is listed in the appendix but not used. Give its kind in the configuration (files[].kind).",
  "report.section_skipped": "section {section} left out: {reason}",
  "report.cant_write": "cannot write the report into {dir}: {reason}. Choose another folder with --out.",
  "report.written": "Report written to {path}",
  "report.input_not_file": "{file} is a folder, not a file. Give the files inside it (for example {file}/*.csv).",
  "report.bad_logo": "logo {file} left out: it must be a readable PNG, JPEG or SVG file under 200 kB.",
  "report.bad_format": "unknown format {format}: use html, md or json (comma-separated).",
  "report.bad_engine": "unknown engine {engine}: use js, duckdb or auto.",
  "report.engine_duckdb": "{file}: prepared by the DuckDB engine (the figures are computed by solidata from its rows)",
  "report.engine_duckdb_sampled":
    "{file}: prepared by the DuckDB engine; the kind, mapping and cleaning decisions come from the first 4 MiB of the file, and the appendix does not list cell changes",
  "report.engine_missing":
    "--engine duckdb needs the optional package @duckdb/node-api: install it (npm install @duckdb/node-api) or use --engine js.",
  "report.help.engine":
    "engine that prepares CSV files: js, duckdb (volunteer and visit logs of any size) or auto (duckdb above 256 MiB when installed; default)",
  "report.bad_privacy": "unknown privacy profile {profile}: use public or internal.",
  "report.bad_period": "period {period} not understood: write a year (2025) or two dates (2025-01-01..2025-06-30).",
  "report.bad_lang": "unknown language {lang}: use fr or en.",
  "report.help.description": "build the impact report (HTML, Markdown, JSON and charts) from the association's files",
  "report.help.config": "configuration file (solidata.config.json or .yaml)",
  "report.help.privacy": "privacy profile: public (counts under 10 hidden, default) or internal (under 5)",
  "report.help.out": "folder to write the report into (default: ./solidata-report)",
  "report.help.format": "formats to write, comma-separated: html,md,json",
  "report.help.key":
    "the association's key file (from solidata key new; default: the file SOLIDATA_KEY names, else privacy.key of the configuration): counts of people and visits are perturbed by the cell-key method, so reports over nested periods cannot be subtracted, and people are linked across files by keyed pseudonyms; the key is never printed",
  "report.bad_key": "{message} (exit 5; the key is never printed)",
  "report.local_key_unavailable":
    "cannot keep the release key in {dir} ({reason}): without it, counts of people cannot be perturbed consistently from one report to the next. Make that folder writable, or set SOLIDATA_HOME to a writable folder, or give a key with --key FILE (from solidata key new), or publish exact figures with --exact (exit 5; the key is never printed)",
  "report.exact_with_key": "--exact publishes exact figures and --key perturbs them: choose one",
  "report.help.exact":
    "publish exact counts (no cell-key perturbation; also privacy.method: exact in the configuration). Two exact reports over overlapping periods can be subtracted to find a few people. Default: counts are perturbed with the release key kept in your solidata folder (SOLIDATA_HOME, else ~/.config/solidata), created on first use",
  "report.help.period": "period covered: a year (2025) or two dates (2025-01-01..2025-06-30)",
  "init.help.description": "write a starter configuration (solidata.config.yaml) for the given files",
  "init.help.out": "path of the configuration to write (default: solidata.config.yaml)",
  "init.help.force": "replace an existing configuration",
  "init.exists": "{path} already exists. Use --force to replace it, or --out to write elsewhere.",
  "init.written":
    "Configuration written to {path}: check each file's kind, then run `solidata report --config {path}`.",
  "demo.help.description":
    "build the report from the sample data shipped with solidata, to see the whole product in one command",
  "demo.no_samples":
    "the sample files were not found (looked in {paths}). Reinstall solidata or run from a clone of the repository.",
  "demo.written": "Demo report written to {path} (open it in a browser)",
  "progress.reading": "reading {file}",
  "progress.cleaning": "cleaning {file}",
  "progress.analysing": "analysing: {section}",
  "progress.charting": "preparing the charts",
  "progress.writing": "writing the report",
  "progress.rate": "{amount}/s",
  "progress.left": "{time} left",
  "progress.seconds": "{s} s",
  "progress.minutes": "{m} min {s} s",
  "progress.hours": "{h} h {m} min",
  "progress.unit.mb": "MB",
  "progress.unit.rows": "rows",
  "progress.unit.pairs": "pairs",
  "clean.description": "Clean a file: map its columns, normalise values, quarantine unusable rows, save the recipe",
  "clean.option.schema":
    "kind of table: volunteers, beneficiaries, visits, groups, outcomes, sites, projects, or auto (default: detected, refused below a score of 0.3)",
  "clean.option.map": 'JSON file choosing fields by header, e.g. {"Nom complet": "last_name", "Notes": null}',
  "clean.option.recipe": "re-apply the recipe.json of an earlier run instead of deciding again",
  "clean.option.out": "folder to write clean.csv, quarantine.csv, duplicates.csv, recipe.json and clean-report.json to",
  "clean.option.excel":
    "also write clean.xlsx (clean rows, quarantine and duplicates on their own sheets; codes, postcodes and phones as text) and CSV files French Excel opens right (BOM, semicolons, decimal commas)",
  "clean.excel_too_big":
    "clean.xlsx not written: {rows} rows, more than the {max} an Excel sheet can show (use clean.csv)",
  "clean.excel.sheet.clean": "clean",
  "clean.excel.sheet.quarantine": "quarantine",
  "clean.excel.sheet.duplicates": "duplicates",
  "clean.excel.column._line": "Source line",
  "clean.excel.column.commune_code": "Commune code (INSEE)",
  "clean.excel.column.departement": "Département",
  "clean.excel.column.region": "Region",
  "clean.excel.column.line": "Line",
  "clean.excel.column.column": "Column",
  "clean.excel.column.code": "Code",
  "clean.excel.column.other_codes": "Other codes",
  "clean.excel.column.message_en": "Message (English)",
  "clean.excel.column.message_fr": "Message (French)",
  "clean.excel.column.kept_line": "Kept line",
  "clean.excel.column.rule": "Rule",
  "clean.option.merge": "merge the labels that are surely one label (the default)",
  "clean.bad_schema":
    'unknown schema "{schema}". Use one of: volunteers, beneficiaries, visits, groups, outcomes, sites, projects, auto.',
  "clean.bad_json": "{file} is not valid JSON ({message}). Fix it or leave the option out.",
  "clean.bad_map": "{file} must be a JSON object of header → field name (or null). {message}",
  "clean.bad_recipe": "{file} is not a solidata recipe: {message}. Use a recipe.json written by solidata clean.",
  "clean.missing_option_file": "{file} does not exist. Check the path given to {option}.",
  "clean.cant_write": "cannot write to {dir} ({message}). Choose another folder with --out.",
  "clean.not_cleanable":
    "{message}. Give the kind of table with --schema (volunteers, beneficiaries, visits, groups, outcomes, sites, projects).",
  "clean.summary":
    "{rowsIn} rows read: {rowsClean} clean, {rowsQuarantined} quarantined, {rowsMerged} merged as duplicates ({schema}). Files written in {dir}.",
  "clean.summary_duplicates":
    "See duplicates.csv for each row merged into an earlier one (line, line kept, rule): {rules}.",
  "clean.summary_quarantine": "See quarantine.csv for the reason of each quarantined row: {codes}.",
  "clean.summary_uncovered":
    '{count} things are not covered by the recipe (see clean-report.json, "uncovered"): they were kept as read.',
  "labels.description":
    "propose which labels of a file are one label: writes labels.csv (a decision column to edit) and labels.html",
  "labels.option.field": "only this category field (activity, service, situation, status, outcome, arm, site...)",
  "labels.option.out": "folder to write labels.csv and labels.html to",
  "labels.bad_field": 'no category field "{field}" in this file. Its category fields: {fields}.',
  "labels.summary":
    "{clusters} clusters of labels ({confident} merged by default, {proposed} to review). Edit the decision column of {csv} (merge, keep or the label to use), then run: solidata clean {file} --labels {csv}",
  "labels.html.title": "Labels of {file}: clusters to review",
  "labels.html.intro":
    "Each line is a group of labels that are, or may be, one label. Merged ones are merged by clean and report unless you decide otherwise; the others are kept apart unless you merge them. Decide in the decision column of {csv}: merge, keep, or the label to use.",
  "labels.html.how":
    "Then run solidata clean {file} --labels {csv}: the decisions go into recipe.json, and solidata clean next-month.csv --recipe recipe.json replays them.",
  "labels.html.none": "No labels to merge or review: every label is distinct.",
  "labels.html.col.merge": "Merge?",
  "labels.html.col.values": "Values in cluster (rows)",
  "labels.html.col.new": "New label",
  "labels.html.col.rule": "Weakest link",
  "labels.html.col.rows": "Rows",
  "labels.html.merged": "merged",
  "labels.html.review": "to review",
  "labels.rule.same": "proposed label",
  "labels.rule.key": "same spelling",
  "labels.rule.vocabulary": "vocabulary",
  "labels.rule.abbreviation": "abbreviation",
  "labels.rule.typo": "typo",
  "labels.rule.prefix": "start of a word",
  "labels.rule.near": "similar spelling",
  "labels.rule.extra_words": "more words",
  "labels.rule.ambiguous": "fits several labels",
  "labels.rule.different_entries": "two vocabulary entries",
  "labels.bad_decisions":
    "{file} is not a label review: the columns {columns} are missing. Use the labels.csv written by solidata labels.",
  "clean.option.no_merge": "keep every label as typed (only case, accents and spaces are folded)",
  "clean.option.labels": "apply the decisions of a labels.csv written by solidata labels (kept in recipe.json)",
  "clean.summary_proposals":
    "{count} groups of labels may be one label but were kept apart: review them with solidata labels {file}.",
  "clean.summary_clusters":
    '{count} groups of label variants could be merged: review them in clean-report.json ("clusters") and re-run with --merge-labels or edit recipe.json.',
  "link.description":
    "find the records that are one person, within and across files (Fellegi–Sunter), and write clusters, pairs and a review list",
  "link.option.fields":
    "identity columns, comma-separated, as named in the files (default: chosen from headers and values)",
  "link.option.threshold": "match probability from which two records are linked (0 < P < 1)",
  "link.option.review": "match probability from which a pair not linked goes to review.csv",
  "link.option.decisions": "a review.csv whose decision column you filled (accept or reject): decisions are replayed",
  "link.option.max_pairs": "largest number of pairs one blocking rule may create; a rule above is refused",
  "link.option.across": "link records of different files only, never two records of the same file",
  "link.option.out": "folder to write clusters.csv, pairs.csv, review.csv and link-report.json to",
  "link.bad_probability": "{option} must be a probability between 0 and 1 (got {value})",
  "link.bad_thresholds": "--review-threshold ({review}) must not be above --threshold ({threshold})",
  "link.bad_max_pairs": "--max-pairs must be a whole number of at least 1 (got {value})",
  "link.same_file": "the same file is given twice ({file}); give each file once",
  "link.bad_decisions":
    "{file} has no column {column}. Give back a review.csv written by solidata link, with its decision column filled.",
  "link.bad_decision_value":
    '{file}, line {line}: "{value}" is not a decision; write accept or reject (or leave the cell empty)',
  "link.cant_write": "cannot write to {dir} ({message}). Choose another folder with --out.",
  "link.help.exit":
    "Exit codes: 0 linked, 2 bad option, unknown --fields column, unknown sheet or a workbook with several sheets of data and no --sheet, 3 missing file, 4 unusable data (no identity column, no usable blocking rule), 5 bad --decisions file, 7 cannot write.",
  "link.fields_auto": "chosen from headers and values",
  "link.fields_given": "given",
  "link.summary_fields": "{file}: identity columns {fields} ({how})",
  "link.summary_rule": "  blocking rule {rule}: {pairs} pairs",
  "link.summary_rule_refused": "  blocking rule {rule}: {pairs} pairs, refused (over --max-pairs)",
  "link.summary":
    "{records} records of {files} file(s) are {people} people: {merged} records grouped into {groups} people with several records; {compared} pairs compared, {linked} linked, {review} to review (review.csv). Written to {dir}.",
  "progress.link.prepare": "reading the identity columns",
  "progress.link.block": "blocking",
  "progress.link.compare": "comparing pairs",
  "progress.link.estimate": "estimating m and u",
  "progress.link.score": "scoring pairs",
  "progress.link.cluster": "grouping records",
} as const satisfies Record<string, string>;

/** A code of the CLI's texts: a key of the English catalogue. */
export type CliCode = keyof typeof cliEn;
