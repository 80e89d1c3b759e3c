import { isLang, type Lang } from "@solidata/core";

/** The CLI's own texts, in English and French. `{name}` marks a parameter. */
export const cliMessages: Record<Lang, Record<string, string>> = {
  en: {
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
    "key.help.examples":
      "\nExamples:\n  solidata key new --out solidata.key\n  solidata key check --key solidata.key\n",
    "report.help.examples":
      "\nExamples:\n  solidata report volunteers.csv beneficiaries.csv visits.csv\n  solidata report --config solidata.config.yaml --out report-2025\n  solidata report volunteers.csv --period 2025 --lang fr --format html,json\n  solidata report *.csv --privacy internal --json > report.json\n\nExit codes: 0 ok, 2 usage, 3 missing file, 4 unreadable data, 5 configuration, 7 cannot write.",
    "init.help.examples":
      "\nExamples:\n  solidata init volunteers.csv beneficiaries.csv visits.csv\n  solidata init *.csv --out config/solidata.config.yaml --force",
    "demo.help.examples": "\nExamples:\n  solidata demo\n  solidata demo --lang fr --out /tmp/demo",
    "demo.option.out": "report folder (default: ./solidata-demo)",
    "demo.organisation": "Demo organisation",
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
    "cli.bad_encoding":
      "unknown encoding {encoding}: use utf-8, windows-1252 (latin1, iso-8859-1), utf-16le or utf-16be",
    "cli.option.json": "print machine-readable JSON on stdout",
    "cli.option.quiet": "no progress on stderr",
    "inspect.description": "show how solidata reads a file: encoding, delimiter, header, a type per column, issues",
    "inspect.argument.file": "a CSV file (.csv, .tsv, .txt) or a workbook (.xlsx, .xls, .ods)",
    "inspect.option.sheet": "worksheet to read (name or 0-based number); default: the first with data",
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
    "inspect.html.issue": "problem (code)",
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
    "inspect.summary.sheets": "sheets (choose one with --sheet, by name or position from 0): {sheets}",
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
    "privacy.option.quasi":
      "quasi-identifier columns, comma-separated, as named in the file (e.g. age,gender,postcode)",
    "privacy.option.k": "smallest group of look-alike records that is acceptable (at least 2)",
    "privacy.option.apply":
      "make the file k-anonymous: suppress (blank rare values) or generalise (coarser values first)",
    "privacy.option.out": "with --apply: write the protected file here (CSV) instead of stdout",
    "privacy.option.keep":
      "with --apply: direct identifier columns to keep anyway, comma-separated (internal use only)",
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
    "progress.charting": "drawing charts",
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
    "clean.option.out":
      "folder to write clean.csv, quarantine.csv, duplicates.csv, recipe.json and clean-report.json to",
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
      "Exit codes: 0 linked, 2 bad option or unknown --fields column, 3 missing file, 4 unusable data (no identity column, no usable blocking rule), 5 bad --decisions file, 7 cannot write.",
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
  },
  fr: {
    "output.cant_write":
      "impossible d'écrire {path} ({reason}). Aucun fichier de cette exécution ne passe pour complet ; la sortie précédente, s'il y en a une, est intacte. Libérez de la place ou choisissez un autre dossier avec --out.",
    "report.text_escaped":
      "{file} : {count} cellules contenaient des caractères de contrôle ou des séparateurs de ligne (U+2028, U+2029) : montrés dans le rapport par des symboles visibles (␛, ␀…) ou des espaces, rien n'est perdu",
    "cli.too_large_for_memory":
      "{file} ({size} Mio) demande environ {needed} Mio de mémoire pour être nettoyé d'un coup, plus que ce processus Node peut utiliser ({limit} Mio). Le fichier n'est pas en cause : découpez-le (par année ou par site), ou donnez plus de mémoire à Node, par exemple NODE_OPTIONS=--max-old-space-size={needed}. (solidata inspect lit les fichiers de toute taille.)",
    "output.previous_interrupted":
      "remarque : {dir} contenait des fichiers temporaires d'une exécution interrompue ({files}) ; ils ont été supprimés et rien de leur contenu n'a servi.",
    "output.previous_no_manifest":
      "remarque : {dir} contient {files} sans manifest.json : une exécution précédente s'est peut-être arrêtée avant la fin. Ils vont être remplacés.",
    "output.previous_mismatch":
      "remarque : dans {dir}, {files} ne correspondent pas à manifest.json : une exécution précédente était incomplète ou les fichiers ont été modifiés depuis. Ils vont être remplacés.",
    "report.duplicate_files": "{files} contiennent les mêmes données : seul {kept} est compté",
    "report.empty":
      "le rapport ne contiendrait aucun chiffre : aucune section n'a pu être calculée à partir de ces fichiers. Rien n'a été écrit. Pourquoi :",
    "report.period_without_data":
      "Les fichiers contiennent des dates du {from} au {to} : choisissez une période comprise entre elles (--period).",
    "report.mostly_quarantined":
      "{file} : {share} % de ses lignes ont été mises à l'écart (plus de {limit} %) : les chiffres reposeraient sur une partie du fichier seulement. Lancez solidata clean sur ce fichier et lisez quarantine.csv ; rien n'a été écrit.",
    "privacy.check.examples":
      "\nExemples :\n  solidata privacy-check beneficiaires.csv\n  solidata privacy-check beneficiaires.csv --quasi age,genre,code_postal --k 5\n  solidata privacy-check beneficiaires.csv --apply generalise --out partenaire.csv\n",
    "inspect.help.examples":
      "\nExemples :\n  solidata inspect benevoles.csv\n  solidata inspect adherents.xlsx --sheet 2\n  solidata inspect passages.csv --json > passages-inspect.json\n",
    "clean.help.examples":
      "\nExemples :\n  solidata clean benevoles.csv\n  solidata clean passages.csv --schema visits --out nettoye --excel\n  solidata clean fevrier.csv --recipe nettoye/recipe.json\n  solidata clean beneficiaires.csv --key solidata.key --out export-partenaire\n",
    "labels.help.examples":
      "\nExemples :\n  solidata labels benevoles.csv\n  solidata labels passages.csv --field service --out libelles\n  solidata clean passages.csv --labels libelles/labels.csv\n",
    "key.help.examples":
      "\nExemples :\n  solidata key new --out solidata.key\n  solidata key check --key solidata.key\n",
    "report.help.examples":
      "\nExemples :\n  solidata report benevoles.csv beneficiaires.csv passages.csv\n  solidata report --config solidata.config.yaml --out rapport-2025\n  solidata report benevoles.csv --period 2025 --lang en --format html,json\n  solidata report *.csv --privacy internal --json > rapport.json\n\nCodes de sortie : 0 ok, 2 ligne de commande, 3 fichier introuvable, 4 données illisibles, 5 configuration, 7 écriture impossible.",
    "init.help.examples":
      "\nExemples :\n  solidata init benevoles.csv beneficiaires.csv passages.csv\n  solidata init *.csv --out config/solidata.config.yaml --force",
    "demo.help.examples": "\nExemples :\n  solidata demo\n  solidata demo --lang en --out /tmp/demo",
    "demo.option.out": "dossier du rapport (par défaut : ./solidata-demo)",
    "demo.organisation": "Association de démonstration",
    "init.comment.head": "configuration solidata : modifiez-la, puis lancez `solidata report --config {file}`",
    "init.comment.organisation":
      "Votre association, telle qu'elle apparaît sur le rapport (logo : un fichier PNG, JPEG ou SVG)",
    "init.comment.lang": "Langue du rapport : fr ou en",
    "init.comment.period": 'Période couverte : une année ("2025") ou { from: 2025-01-01, to: 2025-06-30 }',
    "init.comment.files":
      "Les fichiers à lire. kind : volunteers (bénévoles), beneficiaries (bénéficiaires), visits (passages), groups (groupes), outcomes (suivi), sites (lieux) ou projects (projets)",
    "init.comment.unknown": "type non reconnu d'après les colonnes : à indiquer à la main",
    "init.comment.columns": "colonnes :",
    "init.comment.privacy":
      "public : effectifs sous 10 masqués (tout ce qui sort de l'association) ; internal : sous 5",
    "init.comment.valuation":
      "Valeur d'une heure de bénévolat : fr-smic-gross (SMIC brut en vigueur le jour de la mission), fr-smic-charged (avec charges patronales), us-independent-sector, ou un montant en euros",
    "init.comment.sections": "Sections du rapport, dans l'ordre",
    "init.comment.groups":
      "Recensement des groupes locaux : un groupe est actif quand sa dernière action est datée des N derniers mois de la période",
    "init.comment.indicators":
      "Indicateurs et objectifs (cadre logique) : chacun suit un chiffre du rapport (volunteers.hours, beneficiaries.reached, groups.active...) de sa situation de départ (baseline) à son objectif (target) ; direction increase, decrease ou maintain ; jalons (milestones) facultatifs. Retirez les # pour l'utiliser :",
    "init.comment.formats": "Fichiers à écrire",
    "init.comment.vocabularies":
      "Vos propres libellés, par champ : le libellé à afficher → ses autres écritures, par ex.\\n  activity:\\n    Maraude: [Tournée du soir, Maraude de nuit]",
    "cli.help.usage": "Utilisation :",
    "cli.help_after_error": "(ajoutez --help pour l'utilisation)",
    "cli.help.arguments": "Arguments :",
    "cli.help.options": "Options :",
    "cli.help.commands": "Commandes :",
    "cli.help.global_options": "Options générales :",
    "cli.help.command": "afficher l'aide d'une commande",
    "cli.help.default": "par défaut : {value}",
    "cli.help.choices": "valeurs possibles : {value}",
    "cli.help.env": "variable d'environnement : {value}",
    "cli.option.help": "afficher l'aide de la commande",
    "cli.option.version": "afficher la version de solidata",
    "cli.error.unknown_option": "erreur : option inconnue '{a}'",
    "cli.error.unknown_command": "erreur : commande inconnue '{a}'",
    "cli.error.missing_argument": "erreur : il manque l'argument '{a}'",
    "cli.error.option_argument_missing": "erreur : l'option '{a}' demande une valeur",
    "cli.error.required_option": "erreur : l'option '{a}' est obligatoire",
    "cli.error.invalid_option_value": "erreur : option '{a}' : la valeur '{b}' n'est pas valable",
    "cli.error.too_many_arguments": "erreur : trop d'arguments ({b} attendus, {c} reçus)",
    "cli.error.did_you_mean": "(vouliez-vous dire {name} ?)",
    "cli.error.did_you_mean_one": "(vouliez-vous dire l'une de ces options : {list} ?)",
    "cli.bad_lang": "langue inconnue {lang} : utilisez fr ou en.",
    "cli.argument.table_file": "un fichier CSV (.csv, .tsv, .txt) ou un classeur (.xlsx, .xls, .ods)",
    "cli.argument.files":
      "les fichiers de l'association : fichiers CSV (.csv, .tsv, .txt) ou classeurs (.xlsx, .xls, .ods)",
    "clean.description":
      "Nettoyer un fichier : reconnaître ses colonnes, normaliser les valeurs, mettre à l'écart les lignes inutilisables, enregistrer la recette",
    "clean.option.schema":
      "type de tableau : volunteers, beneficiaries, visits, groups, outcomes, sites, projects, ou auto (par défaut : détecté, refusé sous un score de 0,3)",
    "clean.option.map":
      'fichier JSON qui choisit les champs par en-tête, ex. {"Nom complet": "last_name", "Notes": null}',
    "clean.option.recipe": "réappliquer le recipe.json d'un passage précédent au lieu de décider à nouveau",
    "clean.option.out": "dossier où écrire clean.csv, quarantine.csv, duplicates.csv, recipe.json et clean-report.json",
    "clean.option.excel":
      "écrire aussi clean.xlsx (lignes propres, quarantaine et doublons sur des feuilles séparées ; codes, codes postaux et téléphones en texte) et des CSV qu'Excel en français ouvre correctement (BOM, points-virgules, virgules décimales)",
    "clean.excel_too_big":
      "clean.xlsx non écrit : {rows} lignes, plus que les {max} qu'une feuille Excel peut afficher (utilisez clean.csv)",
    "clean.excel.sheet.clean": "Lignes propres",
    "clean.excel.sheet.quarantine": "Quarantaine",
    "clean.excel.sheet.duplicates": "Doublons",
    "clean.excel.column._line": "Ligne source",
    "clean.excel.column.commune_code": "Code commune (INSEE)",
    "clean.excel.column.departement": "Département",
    "clean.excel.column.region": "Région",
    "clean.excel.column.line": "Ligne",
    "clean.excel.column.column": "Colonne",
    "clean.excel.column.code": "Code",
    "clean.excel.column.other_codes": "Autres codes",
    "clean.excel.column.message_en": "Message (anglais)",
    "clean.excel.column.message_fr": "Message (français)",
    "clean.excel.column.kept_line": "Ligne gardée",
    "clean.excel.column.rule": "Règle",
    "clean.option.merge": "fusionner les libellés qui sont sûrement le même (par défaut)",
    "clean.bad_schema":
      "schéma « {schema} » inconnu. Utilisez : volunteers, beneficiaries, visits, groups, outcomes, sites, projects, auto.",
    "clean.bad_json": "{file} n'est pas du JSON valide ({message}). Corrigez-le ou retirez l'option.",
    "clean.bad_map": "{file} doit être un objet JSON en-tête → nom de champ (ou null). {message}",
    "clean.bad_recipe":
      "{file} n'est pas une recette solidata : {message}. Utilisez un recipe.json écrit par solidata clean.",
    "clean.missing_option_file": "{file} n'existe pas. Vérifiez le chemin donné à {option}.",
    "clean.cant_write": "impossible d'écrire dans {dir} ({message}). Choisissez un autre dossier avec --out.",
    "clean.not_cleanable":
      "{message}. Indiquez le type de tableau avec --schema (volunteers, beneficiaries, visits, groups, outcomes, sites, projects).",
    "clean.summary":
      "{rowsIn} lignes lues : {rowsClean} propres, {rowsQuarantined} mises à l'écart, {rowsMerged} fusionnées comme doublons ({schema}). Fichiers écrits dans {dir}.",
    "clean.summary_duplicates":
      "duplicates.csv donne chaque ligne fusionnée avec une ligne précédente (ligne, ligne gardée, règle) : {rules}.",
    "clean.summary_quarantine": "quarantine.csv donne la raison de chaque ligne mise à l'écart : {codes}.",
    "clean.summary_uncovered":
      "{count} éléments ne sont pas couverts par la recette (voir clean-report.json, « uncovered ») : ils sont conservés tels quels.",
    "labels.description":
      "proposer quels libellés d'un fichier n'en font qu'un : écrit labels.csv (une colonne de décision à remplir) et labels.html",
    "labels.option.field":
      "seulement ce champ de catégorie (activity, service, situation, status, outcome, arm, site…)",
    "labels.option.out": "dossier où écrire labels.csv et labels.html",
    "labels.bad_field": "pas de champ de catégorie « {field} » dans ce fichier. Ses champs de catégorie : {fields}.",
    "labels.summary":
      "{clusters} groupes de libellés ({confident} fusionnés par défaut, {proposed} à examiner). Remplissez la colonne decision de {csv} (merge, keep ou le libellé à utiliser), puis lancez : solidata clean {file} --labels {csv}",
    "labels.html.title": "Libellés de {file} : groupes à examiner",
    "labels.html.intro":
      "Chaque ligne est un groupe de libellés qui désignent, ou peut-être, la même chose. Les groupes fusionnés le sont par clean et report sauf décision contraire ; les autres restent séparés sauf si vous les fusionnez. Décidez dans la colonne decision de {csv} : merge (fusionner), keep (garder) ou le libellé à utiliser.",
    "labels.html.how":
      "Lancez ensuite solidata clean {file} --labels {csv} : les décisions vont dans recipe.json, et solidata clean mois-suivant.csv --recipe recipe.json les rejoue.",
    "labels.html.none": "Aucun libellé à fusionner ni à examiner : tous les libellés sont distincts.",
    "labels.html.col.merge": "Fusionner ?",
    "labels.html.col.values": "Valeurs du groupe (lignes)",
    "labels.html.col.new": "Nouveau libellé",
    "labels.html.col.rule": "Lien le plus faible",
    "labels.html.col.rows": "Lignes",
    "labels.html.merged": "fusionné",
    "labels.html.review": "à examiner",
    "labels.rule.same": "libellé proposé",
    "labels.rule.key": "même écriture",
    "labels.rule.vocabulary": "vocabulaire",
    "labels.rule.abbreviation": "abréviation",
    "labels.rule.typo": "faute de frappe",
    "labels.rule.prefix": "début d'un mot",
    "labels.rule.near": "écriture proche",
    "labels.rule.extra_words": "mots en plus",
    "labels.rule.ambiguous": "convient à plusieurs libellés",
    "labels.rule.different_entries": "deux entrées du vocabulaire",
    "labels.bad_decisions":
      "{file} n'est pas une revue de libellés : il manque les colonnes {columns}. Utilisez le labels.csv écrit par solidata labels.",
    "clean.option.no_merge":
      "garder chaque libellé tel que saisi (seules la casse, les accents et les espaces sont unifiés)",
    "clean.option.labels":
      "appliquer les décisions d'un labels.csv écrit par solidata labels (gardées dans recipe.json)",
    "clean.summary_proposals":
      "{count} groupes de libellés désignent peut-être la même chose mais sont restés séparés : examinez-les avec solidata labels {file}.",
    "clean.summary_clusters":
      "{count} groupes de variantes de libellés pourraient être fusionnés : vérifiez-les dans clean-report.json (« clusters ») puis relancez avec --merge-labels ou modifiez recipe.json.",
    "cli.description": "Transformer les tableurs d'une association en chiffres fiables et en rapport d'impact.",
    "cli.error": "Erreur :",
    "cli.internal":
      "problème inattendu : {message}. C'est un défaut de solidata : merci de le signaler avec la commande lancée (SOLIDATA_DEBUG=1 affiche le détail).",
    "cli.option.lang": "langue des messages et des sorties : fr ou en",
    "cli.option.encoding":
      "encodage des fichiers CSV, au lieu de celui détecté : utf-8, windows-1252 (latin1), utf-16le, utf-16be",
    "cli.bad_encoding":
      "encodage inconnu {encoding} : utilisez utf-8, windows-1252 (latin1, iso-8859-1), utf-16le ou utf-16be",
    "cli.option.json": "écrire du JSON lisible par une machine sur la sortie standard",
    "cli.option.quiet": "pas de progression sur la sortie d'erreur",
    "inspect.description":
      "montrer comment solidata lit un fichier : encodage, séparateur, en-tête, type de chaque colonne, problèmes",
    "inspect.argument.file": "un fichier CSV (.csv, .tsv, .txt) ou un classeur (.xlsx, .xls, .ods)",
    "inspect.option.sheet":
      "feuille à lire (nom ou numéro à partir de 0) ; par défaut la première qui contient des données",
    "inspect.option.html":
      "écrire aussi une page de profil du fichier (HTML hors ligne : types, valeurs, histogrammes, alertes)",
    "inspect.option.out": "dossier de la page --html (par défaut : le dossier courant)",
    "inspect.html.written": "page de profil écrite : {path}",
    "inspect.html.cant_write": "impossible d'écrire la page de profil dans {dir} : {message}",
    "inspect.html.title": "Profil de {file}",
    "inspect.html.columns": "Colonnes",
    "inspect.html.type": "type et pourquoi",
    "inspect.html.missing": "manquantes",
    "inspect.html.distinct": "valeurs distinctes",
    "inspect.html.alerts": "Alertes",
    "inspect.html.no_alert": "Aucune alerte.",
    "inspect.html.top_values": "Valeurs les plus fréquentes",
    "inspect.html.value": "valeur",
    "inspect.html.count": "cellules",
    "inspect.html.month": "mois",
    "inspect.html.other_values":
      "{count} autre(s) valeur(s) non listée(s) (moins de {k} cellules chacune, ou au-delà des dix premières).",
    "inspect.html.nothing_frequent": "Aucune valeur ne remplit {k} cellules ou plus : aucune n'est listée.",
    "inspect.html.personal":
      "Colonne personnelle (noms, coordonnées, identifiants, dates de naissance) : ses valeurs ne sont jamais listées.",
    "inspect.html.privacy":
      "Les effectifs inférieurs à {k} ne sont pas affichés ; les valeurs des colonnes personnelles ne sont jamais listées.",
    "inspect.html.histogram": "Distribution de {column}",
    "inspect.html.date_histogram": "Cellules par mois de {column}",
    "inspect.html.issues": "Problèmes relevés à la lecture",
    "inspect.html.no_issue": "Aucun.",
    "inspect.html.issue": "problème (code)",
    "inspect.html.alert.spaces": "{count} cellule(s) commencent ou finissent par des espaces",
    "inspect.html.alert.duplicated_ids":
      "{count} cellule(s) portent un identifiant présent plusieurs fois (normal dans un journal, pas dans un registre)",
    "inspect.html.alert.constant": "la même valeur dans les {count} cellules remplies",
    "inspect.html.alert.high_cardinality":
      "{count} valeurs distinctes, plus de la moitié des cellules : texte libre ou identifiant ?",
    "inspect.html.alert.mojibake": "{count} cellule(s) semblent abîmées par un mauvais encodage (Ã©, â€™…)",
    "inspect.html.alert.mixed_formats": "{count} cellule(s) dans un autre format que le reste de la colonne",
    "inspect.html.alert.mostly_missing": "{count} cellules manquantes, plus de la moitié des lignes",
    "inspect.summary.csv": "CSV, {encoding}{bom}, séparateur « {delimiter} », fins de ligne {lineEnding}",
    "inspect.summary.workbook": "classeur {format}, feuille « {sheet} »",
    "inspect.summary.sheets": "feuilles (choisissez-en une avec --sheet, par nom ou position depuis 0) : {sheets}",
    "inspect.summary.sheet": "« {name} » ({rows} lignes)",
    "inspect.summary.rows": "{rows} lignes, {columns} colonnes, en-tête ligne {headerLine} ({bytes} octets)",
    "inspect.summary.hxl": "hashtags HXL ligne {line}, gardés comme métadonnées des colonnes",
    "inspect.heading.column": "colonne",
    "inspect.heading.type": "type",
    "inspect.heading.missing": "manquants",
    "inspect.heading.distinct": "distincts",
    "inspect.heading.examples": "exemples",
    "inspect.type.text": "texte",
    "inspect.type.identifier": "identifiant",
    "inspect.type.integer": "entier",
    "inspect.type.decimal": "décimal",
    "inspect.type.percent": "pourcentage",
    "inspect.type.currency": "montant",
    "inspect.type.boolean": "oui/non",
    "inspect.type.date": "date",
    "inspect.type.datetime": "date et heure",
    "inspect.type.empty": "vide",
    "inspect.decisions": "Décisions :",
    "inspect.issues": "{count} problème(s) trouvé(s) (rien n'a été supprimé) :",
    "inspect.more_issues": "  … et {count} autre(s) (voir --json)",
    "inspect.kind": "Type : {kind} (score {score}, seuil {threshold}) ; candidats : {candidates}",
    "inspect.kind_none":
      "Type : non reconnu (score {score}, seuil {threshold}) ; candidats : {candidates}. Choisissez-le avec --schema <type> (clean) ou files[].kind (configuration)",
    "inspect.mapping": "Correspondance qui serait utilisée ({kind}) :",
    "inspect.option.schema": "montrer la correspondance qu'utiliserait ce type (volunteers, beneficiaries, sites...)",
    "inspect.heading.field": "champ",
    "inspect.heading.score": "score",
    "inspect.heading.reason": "raison",
    "clean.option.country":
      "pays des codes postaux des lignes sans colonne pays : FR (par défaut), BE, CH, US... Les codes d'autres pays ne sont jamais complétés de zéros ni dotés de codes français",
    "clean.bad_country": "--country {country} n'est pas un code pays à deux lettres (FR, BE, CH, US...)",
    "clean.kind_refused": "{file} : {message}",
    "inspect.help.exit":
      "Codes de sortie : 0 lu (problèmes éventuels listés), 2 feuille inconnue, 3 fichier absent ou illisible, 4 données inutilisables (vide, binaire, guillemet non fermé, champ trop long, classeur corrompu ou protégé).",
    "key.description": "gérer la clé secrète des pseudonymes",
    "key.new.description":
      "écrire une nouvelle clé de pseudonymisation aléatoire de 256 bits dans un fichier lisible par vous seul (ne remplace jamais un fichier)",
    "key.option.out": "fichier où écrire la clé",
    "key.option.key": "fichier de clé (par défaut : la variable d'environnement SOLIDATA_KEY)",
    "key.check.description":
      "vérifier que la clé se charge et qu'elle est solide, et afficher son empreinte (jamais la clé)",
    "key.check.ok":
      "La clé de {source} est utilisable ; empreinte {id}. Les sorties pseudonymisées avec la même empreinte ont utilisé la même clé.",
    "privacy.argument.file": "fichier CSV, TSV, XLSX ou ODS",
    "key.new.written": "Clé écrite dans {path} (lisible par vous seul).",
    "key.new.advice":
      "Gardez-la en lieu sûr : cette clé transforme les identifiants en pseudonymes. Avec elle, quiconque a une liste de noms peut les reconnaître ; sans elle, les pseudonymes de cette année ne peuvent plus être rapprochés de ceux de l'an prochain.\n  - ne la mettez ni dans les dossiers de données partagés, ni dans un courriel, ni dans un dépôt de code (ajoutez-la au .gitignore) ;\n  - gardez-en une copie de secours en lieu sûr (gestionnaire de mots de passe, disque chiffré) ;\n  - utilisez la même clé chaque année pour la même association, et une nouvelle seulement si elle a pu fuiter ;\n  - utilisez-la : solidata clean fichier.csv --key {path} (ou définissez une fois SOLIDATA_KEY={path}, puis solidata clean fichier.csv) ; les fichiers nettoyés portent alors des pseudonymes au lieu des identifiants, et ni noms, ni courriels, ni téléphones, ni dates de naissance.\n  - pour une série de rapports : solidata report fichiers... --key {path} : les effectifs sont perturbés de façon cohérente, si bien que des rapports sur des périodes emboîtées ne peuvent pas être soustraits.",
    "privacy.check.description":
      "trouver les enregistrements reconnaissables par leurs quasi-identifiants (k-anonymat), et les corriger si besoin",
    "privacy.option.quasi":
      "colonnes quasi-identifiantes, séparées par des virgules, nommées comme dans le fichier (ex. age,genre,code_postal)",
    "privacy.option.k": "plus petit groupe acceptable d'enregistrements semblables (au moins 2)",
    "privacy.option.apply":
      "rendre le fichier k-anonyme : suppress (masquer les valeurs rares) ou generalise (d'abord des valeurs plus grossières)",
    "privacy.option.out": "avec --apply : écrire le fichier protégé ici (CSV) au lieu de la sortie standard",
    "privacy.option.keep":
      "avec --apply : colonnes d'identifiants directs à garder quand même, séparées par des virgules (usage interne uniquement)",
    "privacy.check.help":
      "\nCodes de sortie : 0 quand chaque enregistrement ressemble à au moins k-1 autres (ou après --apply), 6 quand des enregistrements sont reconnaissables et que rien n'a été appliqué, 3 quand le fichier est illisible, 2 pour une option invalide.\nSeuls les numéros de ligne sont affichés, jamais les valeurs des enregistrements.",
    "privacy.check.bad_k": "--k doit être un nombre entier d'au moins 2 (reçu {value})",
    "privacy.check.no_quasi": "--quasi demande au moins un nom de colonne, par ex. --quasi age,genre,code_postal",
    "privacy.check.unknown_column": "le fichier n'a pas de colonne {column} ; ses colonnes sont : {columns}",
    "privacy.check.bad_apply": "--apply doit valoir suppress ou generalise (reçu {value})",
    "privacy.check.summary":
      "{file} : {records} enregistrements, {classes} groupes sur {quasi} ; plus petit groupe : {smallest} ; k = {k}",
    "privacy.check.holds": "le k-anonymat est respecté : chaque enregistrement ressemble à au moins {others} autres.",
    "privacy.check.fails":
      "{atRisk} enregistrement(s) dans {rare} groupe(s) de moins de {k} sont reconnaissables. Relancez avec --apply suppress ou --apply generalise, ou utilisez des colonnes plus grossières.",
    "privacy.check.rare": "  lignes {lines} : {size} enregistrement(s) semblables",
    "privacy.check.applied":
      "{changes} modification(s) : {generalised} généralisation(s) de colonne, {cells} valeur(s) masquée(s), {removed} enregistrement(s) retiré(s) ; le k-anonymat est maintenant respecté.",
    "privacy.check.dropped": "identifiants directs exclus de la sortie : {columns}",
    "privacy.check.written": "fichier protégé écrit dans {path}",
    "privacy.check.cant_write": "impossible d'écrire {path} : {reason}",
    "clean.option.key":
      "pseudonymiser la sortie avec ce fichier de clé (créé par solidata key new ; par défaut : le fichier que nomme SOLIDATA_KEY) : les identifiants deviennent des pseudonymes à clé, noms, courriels, téléphones et adresses sont retirés, les dates de naissance réduites à l'année",
    "clean.pseudonymised":
      "pseudonymisé avec la clé {id} : {pseudonymised} remplacé(s) par des pseudonymes de {bits} bits ; retiré(s) : {dropped} ; généralisé(s) : {generalised}",
    "clean.bad_key": "{message} (code 5 ; la clé n'est jamais affichée)",
    "privacy.check.suggested":
      "pas de --quasi : vérification des quasi-identifiants trouvés dans le fichier : {columns} (nommez-en d'autres avec --quasi)",
    "privacy.check.refused":
      "diffusion refusée : {atRisk} enregistrements sur {records} ({percent} %) restaient reconnaissables après généralisation, plus de {limit} % ; aucun fichier écrit. Utilisez des colonnes plus grossières ou moins de quasi-identifiants.",
    "report.config_syntax":
      "le fichier de configuration ne peut pas être lu : {reason}. Vérifiez sa syntaxe JSON ou YAML.",
    "report.config_invalid":
      "clé de configuration {key} : {reason}. Voir schema/config.schema.json pour ce que chaque clé accepte.",
    "report.config_missing":
      "fichier de configuration {path} introuvable. Lancez `solidata init <fichiers...>` pour en écrire un, ou retirez --config.",
    "report.no_input":
      "aucun fichier à lire. Donnez les fichiers sur la ligne de commande (solidata report benevoles.csv visites.csv) ou listez-les dans la configuration.",
    "report.input_missing": "fichier {file} introuvable (cherché dans {cwd}). Vérifiez le chemin.",
    "report.unreadable": "{file} ne peut pas être lu comme un tableau : {reason}",
    "report.workbook_needs_path": "{file} est un classeur : donnez son chemin pour qu'il soit lu",
    "report.no_file_kind":
      "{file} : ses colonnes et ses valeurs ne disent pas assez clairement s'il contient des bénévoles, des bénéficiaires, des passages, des groupes, un suivi, des lieux ou des projets ; il figure en annexe mais n'est pas utilisé. Indiquez son type dans la configuration (files[].kind).",
    "report.section_skipped": "section {section} omise : {reason}",
    "report.cant_write":
      "impossible d'écrire le rapport dans {dir} : {reason}. Choisissez un autre dossier avec --out.",
    "report.written": "Rapport écrit dans {path}",
    "report.input_not_file":
      "{file} est un dossier, pas un fichier. Donnez les fichiers qu'il contient (par exemple {file}/*.csv).",
    "report.bad_logo": "logo {file} non repris : il doit être un fichier PNG, JPEG ou SVG lisible de moins de 200 ko.",
    "report.bad_format": "format inconnu {format} : utilisez html, md ou json (séparés par des virgules).",
    "report.bad_privacy": "profil de confidentialité inconnu {profile} : utilisez public ou internal.",
    "report.bad_period":
      "période {period} non comprise : écrivez une année (2025) ou deux dates (2025-01-01..2025-06-30).",
    "report.bad_lang": "langue inconnue {lang} : utilisez fr ou en.",
    "report.help.description":
      "produire le rapport d'impact (HTML, Markdown, JSON et graphiques) à partir des fichiers de l'association",
    "report.help.config": "fichier de configuration (solidata.config.json ou .yaml)",
    "report.help.privacy":
      "profil de confidentialité : public (effectifs sous 10 masqués, par défaut) ou internal (sous 5)",
    "report.help.out": "dossier où écrire le rapport (par défaut : ./solidata-report)",
    "report.help.format": "formats à écrire, séparés par des virgules : html,md,json",
    "report.help.key":
      "fichier de clé de l'association (issu de solidata key new ; par défaut : le fichier que nomme SOLIDATA_KEY, sinon privacy.key de la configuration) : les effectifs de personnes et de passages sont perturbés par la méthode des clés de cellule, de sorte que des rapports sur des périodes emboîtées ne puissent pas être soustraits, et les personnes sont reliées d'un fichier à l'autre par des pseudonymes à clé ; la clé n'est jamais affichée",
    "report.bad_key": "{message} (code de sortie 5 ; la clé n'est jamais affichée)",
    "report.help.period": "période couverte : une année (2025) ou deux dates (2025-01-01..2025-06-30)",
    "init.help.description": "écrire une configuration de départ (solidata.config.yaml) pour les fichiers donnés",
    "init.help.out": "chemin de la configuration à écrire (par défaut : solidata.config.yaml)",
    "init.help.force": "remplacer une configuration existante",
    "init.exists": "{path} existe déjà. Utilisez --force pour le remplacer, ou --out pour écrire ailleurs.",
    "init.written":
      "Configuration écrite dans {path} : vérifiez le type de chaque fichier, puis lancez `solidata report --config {path}`.",
    "demo.help.description":
      "produire le rapport à partir des données d'exemple fournies avec solidata, pour voir tout le produit en une commande",
    "demo.no_samples":
      "les fichiers d'exemple sont introuvables (cherchés dans {paths}). Réinstallez solidata ou lancez depuis un clone du dépôt.",
    "demo.written": "Rapport de démonstration écrit dans {path} (ouvrez-le dans un navigateur)",
    "progress.reading": "lecture de {file}",
    "progress.cleaning": "nettoyage de {file}",
    "progress.analysing": "analyse : {section}",
    "progress.charting": "dessin des graphiques",
    "progress.writing": "écriture du rapport",
    "progress.rate": "{amount}/s",
    "progress.left": "encore {time}",
    "progress.seconds": "{s} s",
    "progress.minutes": "{m} min {s} s",
    "progress.hours": "{h} h {m} min",
    "progress.unit.mb": "Mo",
    "progress.unit.rows": "lignes",
    "progress.unit.pairs": "paires",
    "link.description":
      "retrouver les enregistrements d'une même personne, dans un fichier et entre fichiers (Fellegi–Sunter), et écrire les groupes, les paires et une liste à revoir",
    "link.option.fields":
      "colonnes d'identité, séparées par des virgules, telles que nommées dans les fichiers (par défaut : choisies d'après les en-têtes et les valeurs)",
    "link.option.threshold":
      "probabilité de correspondance à partir de laquelle deux enregistrements sont reliés (0 < P < 1)",
    "link.option.review": "probabilité à partir de laquelle une paire non reliée va dans review.csv",
    "link.option.decisions":
      "un review.csv dont vous avez rempli la colonne decision (accepter ou rejeter) : les décisions sont rejouées",
    "link.option.max_pairs":
      "nombre maximal de paires qu'une règle de blocage peut créer ; au-delà, la règle est refusée",
    "link.option.across": "ne relier que des enregistrements de fichiers différents, jamais deux d'un même fichier",
    "link.option.out": "dossier où écrire clusters.csv, pairs.csv, review.csv et link-report.json",
    "link.bad_probability": "{option} doit être une probabilité entre 0 et 1 (reçu : {value})",
    "link.bad_thresholds": "--review-threshold ({review}) ne doit pas dépasser --threshold ({threshold})",
    "link.bad_max_pairs": "--max-pairs doit être un nombre entier d'au moins 1 (reçu : {value})",
    "link.same_file": "le même fichier est donné deux fois ({file}) ; donnez chaque fichier une seule fois",
    "link.bad_decisions":
      "{file} n'a pas de colonne {column}. Redonnez un review.csv écrit par solidata link, avec sa colonne decision remplie.",
    "link.bad_decision_value":
      "{file}, ligne {line} : « {value} » n'est pas une décision ; écrivez accepter ou rejeter (ou laissez la cellule vide)",
    "link.cant_write": "impossible d'écrire dans {dir} ({message}). Choisissez un autre dossier avec --out.",
    "link.help.exit":
      "Codes de sortie : 0 rapprochement fait, 2 option incorrecte ou colonne de --fields inconnue, 3 fichier introuvable, 4 données inutilisables (aucune colonne d'identité, aucune règle de blocage utilisable), 5 fichier --decisions incorrect, 7 écriture impossible.",
    "link.fields_auto": "choisies d'après les en-têtes et les valeurs",
    "link.fields_given": "données",
    "link.summary_fields": "{file} : colonnes d'identité {fields} ({how})",
    "link.summary_rule": "  règle de blocage {rule} : {pairs} paires",
    "link.summary_rule_refused": "  règle de blocage {rule} : {pairs} paires, refusée (au-delà de --max-pairs)",
    "link.summary":
      "{records} enregistrements de {files} fichier(s) sont {people} personnes : {merged} enregistrements regroupés en {groups} personnes à plusieurs enregistrements ; {compared} paires comparées, {linked} reliées, {review} à revoir (review.csv). Écrit dans {dir}.",
    "progress.link.prepare": "lecture des colonnes d'identité",
    "progress.link.block": "blocage",
    "progress.link.compare": "comparaison des paires",
    "progress.link.estimate": "estimation de m et u",
    "progress.link.score": "calcul des scores",
    "progress.link.cluster": "regroupement des enregistrements",
  },
};

/**
 * Picks the language: `--lang` in argv, then SOLIDATA_LANG, then LC_ALL/LANG (French when they start with `fr`), else English.
 */
export function detectLang(env: Record<string, string | undefined>, argv: string[] = []): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i >= 0) {
    const value = argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
    if (isLang(value)) return value;
  }
  if (isLang(env.SOLIDATA_LANG)) return env.SOLIDATA_LANG;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** A CLI text in the given language, with `{name}` placeholders filled. */
export function t(lang: Lang, code: string, params: Record<string, string | number> = {}): string {
  const template = cliMessages[lang][code] ?? cliMessages.en[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
