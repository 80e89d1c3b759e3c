/** Every message template of core in English, by code. `{name}` marks a parameter. */
export const en = {
  "ingest.empty_file": "{file} is empty: there is no header and no data. Check that you chose the right file.",
  "solidata.error": "solidata stopped on an error that lists no problem",
  "ingest.binary_file":
    "{file} is not a text file (it looks binary). Save it as CSV (UTF-8) from your spreadsheet and try again.",
  "ingest.workbook_as_csv":
    "{file} is a workbook, not CSV text. Give it a .xlsx, .xls or .ods name, or save it as CSV.",
  "ingest.unterminated_quote":
    "{file}: a quote opened on line {line} (column {column}) is never closed. Close the quote, or remove it, then try again.",
  "ingest.field_too_long":
    "{file}: the field starting on line {line} (column {column}) is longer than {limit} characters; a quote is probably missing. Check that line.",
  "ingest.file_not_found": "{file} does not exist. Check the path and the file name.",
  "ingest.file_unreadable": "{file} cannot be read ({reason}). Check its permissions.",
  "ingest.workbook_corrupted":
    "{file} is not a readable workbook ({reason}). Open it in your spreadsheet and save it again.",
  "ingest.workbook_protected":
    "{file} is protected by a password. Remove the protection in your spreadsheet, save, and try again.",
  "ingest.sheet_not_found": "{file} has no sheet {sheet}. Its sheets are: {sheets}.",
  "ingest.sheet_ambiguous":
    "{file} has {count} sheets with data: say which one to read (its name, or its position, 1 for the first). Its sheets are: {sheets}.",
  "ingest.unsupported_format": "{file}: the format {extension} is not read; use .csv, .tsv, .txt, .xlsx, .xls or .ods.",
  "ingest.ragged_row":
    "line {line} has {found} fields instead of {expected}: kept, missing cells are empty, extra ones get their own column",
  "ingest.empty_header": "column {index} has no name: named {name}",
  "ingest.duplicate_header": "column {index} has the same name as an earlier one ({header}): named {name}",
  "ingest.header_cleaned": "the header of column {name} had line breaks or control characters: cleaned",
  "ingest.line_above_header": "line {line} is above the header and was skipped: {value}",
  "ingest.formula_without_value":
    "line {line}, column {column}: the cell {value} holds a formula with no saved result (the file was never recalculated); the row is set aside. Open the file in your spreadsheet, save it, and try again",
  "ingest.total_row": "line {line} is a total row ({value}): set aside, kept out of every figure",
  "ingest.trailing_note": "line {line} is a note under the table ({value}): set aside, kept out of every figure",
  "ingest.header_rows_joined":
    "the header on line {line} continues on line(s) {lines}: joined into one name per column ({value})",
  "ingest.value_not_parsed": "line {line}, column {column}: {value} is not a valid {type}; kept as text",
  "ingest.reserved_header": "column {index} is named {header}, a name JavaScript reserves: named {name}",
  "ingest.null_markers": "column {column}: {count} cell(s) read as missing ({markers})",
  "ingest.error_cell": "row {line}, column {index}: the spreadsheet shows the error {value}; read as missing, not 0",
  "ingest.mojibake":
    "column {column}: {count} cell(s) look like UTF-8 text read in another encoding before (Ã©, Â£); kept as written",
  "ingest.encoding_repaired":
    "line {line}: byte {offset} is not valid UTF-8; read as Windows-1252 ({value}), the other lines are UTF-8",
  "ingest.workbook_entry_ratio":
    "{file}: the part {entry} inflates more than {limit} times its compressed size; refused (limit {limit}:1), a workbook is not compressed like that",
  "ingest.workbook_too_large":
    "{file}: its sheets hold more than {limit} MiB of data once unpacked, more than solidata reads from a workbook; save the sheet as CSV (read streaming, any size)",
  "ingest.undecodable_byte": "byte at offset {offset} is not valid {encoding}; it was replaced by �",
  "ingest.stray_quote": "line {line}: text after a closing quote; the quote and the text are kept in the value",
  "ingest.nul_byte": "line {line} contains a NUL byte (kept)",
  "ingest.decision.bom": "a byte order mark says {encoding}",
  "ingest.decision.valid_utf8": "every byte is valid UTF-8",
  "ingest.decision.utf16_zeros": "no byte order mark, but every other byte is zero: {encoding}",
  "ingest.decision.not_utf8": "byte {offset} is not valid UTF-8 (detection says {detected}): read as Windows-1252",
  "ingest.decision.mostly_utf8":
    "UTF-8 with a few bytes that are not (first at byte {offset}): those are read as Windows-1252, line by line",
  "ingest.decision.encoding_option": "encoding {encoding} given as an option",
  "ingest.decision.text_input": "text given already decoded",
  "ingest.decision.delimiter_counts": "{delimiter} splits {share}% of the first records into {fields} fields",
  "ingest.decision.delimiter_default": "no delimiter splits the records: one column, {delimiter} assumed",
  "ingest.decision.delimiter_option": "delimiter {delimiter} given as an option",
  "ingest.decision.header_first": "the header is the first line with content (line {line})",
  "ingest.decision.header_skipped_titles": "the header is line {line}: {skipped} title line(s) above it skipped",
  "ingest.decision.header_above_hxl": "the header is line {line}, just above the HXL hashtag row",
  "ingest.decision.header_option": "header line {line} given as an option",
  "ingest.decision.hxl_row": "line {line} holds HXL hashtags: kept as column metadata, not data",
  "ingest.decision.date_order_assumed": "no day above 12 shows the order of dates: {order} assumed",
  "ingest.decision.workbook": "read from a workbook, sheet {sheet}",
  "ingest.reason.empty": "no value",
  "ingest.reason.boolean_words": "every value is a yes/no word",
  "ingest.reason.boolean_x": "values are x or blank: x is true, blank is false",
  "ingest.reason.leading_zero": "digits with leading zeros: kept as text",
  "ingest.reason.insee": "INSEE codes (with 2A/2B): kept as text",
  "ingest.reason.phone": "phone numbers: kept as text",
  "ingest.reason.siret": "14-digit SIRET numbers: kept as text",
  "ingest.reason.long_digits": "numbers of more than 15 digits: kept as text so no digit is lost",
  "ingest.reason.identifier_header": "the header {header} names a code or number: kept as text",
  "ingest.reason.integer": "every value is a whole number",
  "ingest.reason.decimal": "every value is a number ({decimal} decimal separator)",
  "ingest.reason.decimal_after_sample": "decimal values appear after the sample: read as decimal",
  "ingest.reason.percent": "every value ends with %: read as a fraction",
  "ingest.reason.currency": "every value is an amount in {currency}",
  "ingest.reason.date_iso": "every value is an ISO date",
  "ingest.reason.date_month": "every value is a month without a day: read as the first of the month, shown as a month",
  "ingest.reason.date_unambiguous": "every value is a date whose month is unambiguous",
  "ingest.reason.date_order_evidence": "dates read as {order}: the values show it",
  "ingest.reason.date_order_assumed": "dates read as {order}: assumed, no value shows the order",
  "ingest.reason.date_order_given": "dates read as {order}: given as an option",
  "ingest.reason.text": "mixed or free text",
  "ingest.reason.text_after_sample": "values appear only after the sample: kept as text",
  "ingest.reason.option": "type {type} given as an option",
  "ingest.reason.workbook_cells": "the workbook stores these cells as {type}",
  "clean.required_missing": "line {line}: {column} is required but empty",
  "clean.impossible_date": 'line {line}: {column} "{value}" is a date the calendar does not have (expected {expected})',
  "clean.invalid_date": 'line {line}: {column} "{value}" is not a date (expected {expected})',
  "clean.invalid_number": 'line {line}: {column} "{value}" is not a number',
  "clean.invalid_duration": 'line {line}: {column} "{value}" is not a duration such as 2h30 or 1,5',
  "clean.negative_value": "line {line}: {column} is negative ({value})",
  "clean.out_of_range": "line {line}: {column} {value} is outside the expected range {expected}",
  "clean.future_date": "line {line}: {column} {value} is in the future",
  "clean.value_not_parsed": "line {line}: {column} could not be read by the import ({value})",
  "clean.ragged_row": "line {line} does not have the {expected} cells of the header: its values may be shifted",
  "clean.possible_duplicate":
    "line {line} repeats line {kept_line} cell for cell, far from it and on its own: kept (the same task may be done twice); check whether it was typed twice",
  "clean.short_row": "line {line} ends before its last {count} cells ({columns}), all optional: kept with them empty",
  "clean.person_id_filled":
    "line {line}: {column} was empty; {value} given: the only identifier seen with the same {field}",
  "clean.duplicate_identical": "line {line} repeats line {kept} cell for cell: merged into it",
  "clean.duplicate_normalised": "line {line} repeats line {kept} just above once cleaned: merged into it",
  "clean.duplicate_normalised_missing":
    "line {line} repeats line {kept} just above once cleaned, apart from cells empty in one of them: merged into it",
  "clean.invalid_email": 'line {line}: {column} "{value}" is not an e-mail address; the cell was emptied',
  "clean.invalid_phone": 'line {line}: {column} "{value}" is not a phone number; the cell was emptied',
  "clean.invalid_postcode": 'line {line}: {column} "{value}" is not a French postcode; the cell was emptied',
  "clean.unknown_postcode":
    "line {line}: {column} {value} is not in the official list of postcodes; kept without commune code",
  "clean.ambiguous_postcode":
    "line {line}: postcode {value} covers several communes; give the commune to get its INSEE code",
  "clean.invalid_boolean": 'line {line}: {column} "{value}" is not yes or no; the cell was emptied',
  "clean.invalid_gender": 'line {line}: {column} "{value}" is not a known gender; the cell was emptied',
  "clean.invalid_optional_value": 'line {line}: {column} "{value}" could not be read; the cell was emptied',
  "clean.required_column_missing": "the {schema} schema needs a column for {column}; none of the headers matched it",
  "clean.schema_not_detected": "the kind of table could not be recognised from its headers; give --schema",
  "clean.recipe_header_uncovered": 'column "{column}" is not in the recipe; it was kept untouched',
  "clean.recipe_column_missing": 'the recipe expects a column "{column}" that this file does not have',
  "clean.recipe_value_uncovered":
    '{column}: the value "{value}" ({count} rows) is not in the recipe; it was kept as read',
  "clean.recipe_invalid": "the recipe is not valid: {message}",
  "clean.mapping_invalid": "the mapping is not valid: {message}",
  "clean.label_cluster": "{column}: {count} variants could be one label: {value}",
  "clean.id_longer_than_padding":
    'line {line}: {column} "{value}" has more digits than the {expected} of the other identifiers; kept as read',
  "privacy.missing_key":
    "no pseudonymisation key: give a key file (--key FILE) or set the SOLIDATA_KEY environment variable; create one with `solidata key new`",
  "privacy.weak_key":
    "the pseudonymisation key is too weak: it needs at least 256 random bits (64 hexadecimal characters or base64 of 32 bytes); create one with `solidata key new`",
  "privacy.unreadable_key": "cannot read the key file {file}: {reason}",
  "privacy.key_exists":
    "{file} already exists: solidata never replaces a key (pseudonyms made with it could not be reproduced); choose another file with --out",
  "privacy.unwritable_key": "cannot create the key file {file}: {reason}",
  "privacy.no_webcrypto": "this environment has no WebCrypto (crypto.subtle): pseudonyms cannot be computed",
  "privacy.bad_option": "{function}: {detail}",
  "privacy.unknown_column": "{function}: the table has no column {column}",
  "privacy.l_diversity":
    "{table}: every person of {group} shares one {attribute} (l-diversity below 2); its cells are hidden unless the policy is flag",
  "privacy.k_below_floor": "{function}: k must be an integer of at least {floor} (got {k})",
  "privacy.rare_record":
    "line {line}: {size} record(s) share these values of {quasi}, fewer than k = {k}: they can be recognised",
  "privacy.generalised": "{column} generalised to {level} ({changed} values changed)",
  "privacy.cell_suppressed": "line {line}: {column} suppressed so that k = {k} holds",
  "privacy.record_suppressed":
    "line {line}: record removed: no generalisation made it indistinguishable from {k} others",
  "privacy.dropped_identifier": "{column} dropped: it identifies a person directly",
  "privacy.generalised_column": "{column} replaced by {to}",
  "privacy.label.suppressed": "hidden",
  "privacy.method.suppression":
    "Counts of fewer than {k} people are hidden, and so are the cells from which a hidden count could be worked out (totals, rows, columns). Rates, means, shares and differences are hidden when one of their counts, or their complement, is hidden or below {k}. Every hidden figure shows the same label, whatever the reason.",
  "privacy.method.sums":
    "A sum (hours, kilograms, amounts) is published only when at least {minContributors} people contribute to it and none of them holds more than {dominance} % of it.",
  "privacy.method.cell_key":
    "Published counts of people are perturbed by the cell-key method of the UK Office for National Statistics: each person has a secret key from 0 to 255 derived from the organisation's key; a count adds a change of −2 to +2 chosen by the sum of its people's keys modulo 256 (0 with probability 144/256, ±1 with 40/256 each, ±2 with 16/256 each; near {k} only changes that keep the count at {k} or more). The same people always give the same published value, so two reports over overlapping periods cannot be subtracted to find a few people. Zero stays zero. On the demonstration data the mean absolute change is {mad} person per count.",
  "privacy.method.rounding":
    "Published counts of people are rounded to the nearest multiple of 5 after suppression, so two reports over overlapping periods cannot be subtracted to find a few people.",
  "privacy.method.organisations":
    "Counts of local groups and organisations are not counts of people: they are published exactly.",
  "privacy.method.survival":
    "Survival curves are drawn in steps of at least {k} departures: departures close in time are grouped, so no step shows a single person leaving.",
  "privacy.method.pseudonyms":
    "Person identifiers are replaced by keyed pseudonyms (HMAC-SHA-256, {bits} bits, key fingerprint {id}); names, e-mail addresses, phone numbers, addresses and notes are removed and birth dates reduced to the year.",
  "privacy.pseudonym_collision":
    "two different identifiers of {column} got the same pseudonym: refusing to merge them; use longer pseudonyms",
  "privacy.pseudonym_too_short":
    "{function}: pseudonyms need at least 128 bits (32 hexadecimal characters), got {bits}",
  "analyses.missing_column": "{function}: needs a column {column}",
  "analyses.bad_option": "{function}: {detail}",
  "analyses.no_rows": "{function}: needs at least one usable row",
  "analyses.identifier_breakdown":
    "{function}: cannot break results down by {column}: it identifies people and its values would be published",
  "analyses.rows_excluded_person":
    "{function}: {count} row(s) left out because they have no person identifier; they are not counted in this result",
  "analyses.rows_excluded_date":
    "{function}: {count} row(s) left out because their date is missing or invalid; they are not counted in this result",
  "analyses.rows_excluded_value":
    "{function}: {count} row(s) left out because their value is missing or not a number; they are not counted in this result",
  "analyses.small_n":
    "only {n} people (fewer than {threshold}): differences between groups or over time cannot be told apart from chance; read these figures as a description, not as evidence of an effect",
  "analyses.valuation_method":
    "Volunteer time valued at {value_en}: {hours_en} hours × {rate_en}/hour ({source_en}). Recorded as voluntary contributions in kind (ANC regulation 2018-06): debit account 864 “Personnel bénévole”, credit account 875 “Bénévolat”, with the method described in the notes to the accounts.",
  "analyses.rate_out_of_range":
    "{function}: no {preset} rate is known for {year}; the nearest known year ({used}) was used",
  "analyses.low_response":
    "follow-up response rate {rate}: {missing} of {enrolled} people did not answer; the outcome rate describes those who answered and may not hold for those who left",
  "analyses.curve_truncated":
    "the survival curve is not shown where fewer than {k} people were still followed (after {time} {unit})",
  "analyses.observation_window":
    "the figures cover {from} to {to}, the span the files record; {cells} cell(s) outside it are not observed (no number, not 0 %)",
  "analyses.small_n_group":
    "{measure} — {arm}, wave {wave}: only {n} people (fewer than {threshold}); read this figure as a description, not as evidence of an effect",
  "analyses.constant_difference":
    "{measure} — {arm}, wave {wave}: all {n} people changed by exactly {value}; no test or interval can be computed from a change that does not vary",
  "analyses.bootstrap_refused":
    "{measure} — {arm}, wave {wave}: {unusable} of {replicates} resamples gave no usable effect size (more than {share} of them); no interval is given for it",
  "analyses.headline_no_programme_arm":
    "{function}: {measure}: no headline, because none of the arms ({arms}) can be told to be the programme arm; name it in the configuration (arms are never pooled)",
  "analyses.headline_no_main_wave": "{function}: {measure}: no headline, because the main follow-up wave was not found",
  "analyses.differential_attrition":
    "{measure}, wave {wave}: {share_a} of {arm_a} and {share_b} of {arm_b} have no follow-up, a gap of {gap} points (threshold {threshold} points): the arms may no longer be comparable",
  "analyses.exit_categories":
    "positive exits are the situations {categories}; the share is of the people whose situation on leaving is recorded",
  "analyses.implausible_rows":
    "{function}: {count} row(s) fail a plausibility rule ({rules}); {share} of the {measure} rest on them (left out of the figures: {excluded})",
  "analyses.valuation_line":
    "{from} to {to}: {hours_en} hours × {rate_en}/hour = {value_en} ({source_en}, rate in force from {rate_from})",
  "analyses.valuation_source.custom": "custom rate",
  "analyses.valuation_source.fr-smic-gross": "SMIC horaire brut, the French gross hourly minimum wage",
  "analyses.valuation_source.fr-smic-charged": "SMIC horaire brut, the French gross hourly minimum wage, × {factor}",
  "analyses.valuation_source.us-independent-sector": "Independent Sector, Value of Volunteer Time",
  "analyses.valuation_period_source.fr-smic-gross":
    "SMIC horaire brut, the French gross hourly minimum wage, decrees in the Journal officiel (service-public.fr, “Smic”)",
  "analyses.valuation_period_source.fr-smic-charged":
    "SMIC horaire brut, the French gross hourly minimum wage, decrees in the Journal officiel (service-public.fr, “Smic”), × (1 + employer contribution rate)",
  "analyses.valuation_period_source.us-independent-sector":
    "Independent Sector, Value of Volunteer Time (independentsector.org)",
  "analyses.valuation_method_periods":
    "Volunteer time valued at {value_en}: {hours_en} hours, each valued at the rate in force on its date ({source_en}), over {periods} rate periods listed line by line (hours × rate = value; the lines add up to the total). Recorded as voluntary contributions in kind (ANC regulation 2018-06): debit account 864 “Personnel bénévole”, credit account 875 “Bénévolat”, with the method described in the notes to the accounts.",
  "indicators.implausible_hours":
    "{rows} rows of the volunteer log put more than {limit} hours on one person's day; {share_en}% of the volunteer hours rest on them. They are counted as entered: check them in the file",
  "indicators.implausible_hours_lines":
    "{rows} rows of the volunteer log put more than {limit} hours on one person's day; {share_en}% of the volunteer hours rest on them. They are counted as entered: check lines {lines} of the file",
  "indicators.rows_excluded_person":
    "{section}: {count} row(s) left out because they have no person identifier; they are not counted in these figures",
  "indicators.rows_excluded_date":
    "{section}: {count} row(s) left out because their date is missing or invalid; they are not counted in these figures",
  "indicators.rows_excluded_value":
    "{section}: {count} row(s) left out because their value is missing or not a number; they are not counted in these figures",
  "indicators.section.volunteers": "Volunteers",
  "indicators.section.beneficiaries": "Beneficiaries",
  "indicators.section.territory": "Territory",
  "indicators.section.outcomes": "Outcomes",
  "indicators.small_sample":
    "fewer than {threshold} people: differences between groups or over time cannot be told apart from chance; read these figures as a description, not as evidence of an effect",
  "indicators.skipped.no_sites": "Sites section left out: no list of places",
  "indicators.section.sites": "Sites",
  "indicators.section.groups": "Local groups",
  "indicators.skipped.no_groups": "Local groups section left out: no list of local groups",
  "indicators.failed.groups":
    "Local groups section left out: the list of groups has no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.groups.rule":
    "A group is counted active when its last action is dated from {from} on (the last {months} months of the period ending {to}, or later); without a date, its status decides. It reported in the period when its last action is dated from {period_from} on. It is closed in the year of its last action when its status says closed (without a status column: when it is inactive). Groups are organisations: their counts are published as they are",
  "indicators.skipped.no_volunteers": "Volunteers section left out: no volunteer activity in the files or the period",
  "indicators.skipped.no_beneficiaries": "Beneficiaries section left out: no beneficiary register or visit log",
  "indicators.skipped.no_places": "Territory section left out: no postcode or local group",
  "indicators.skipped.no_outcomes": "Outcomes section left out: no follow-up survey with baseline and follow-up scores",
  "indicators.failed.volunteers":
    "Volunteers section left out: the volunteer log has no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.failed.beneficiaries":
    "Beneficiaries section left out: the files have no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.failed.territory":
    "Territory section left out: the files have no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.failed.outcomes":
    "Outcomes section left out: the follow-up survey has no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.section.signals": "Weak signals",
  "indicators.section.factors": "Success factors",
  "indicators.skipped.no_series": "Weak signals section left out: no visit or volunteer log with dates",
  "indicators.skipped.no_projects":
    "Success factors section left out: no list of projects with an outcome and factor columns",
  "indicators.failed.sites":
    "Sites section left out: the list of places has no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.failed.signals":
    "Weak signals section left out: the logs have no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.failed.factors":
    "Success factors section left out: the list of projects has no usable column for {column}; map one with the configuration's files[].mapping",
  "indicators.method.signals":
    "Weak signals: each month of visits, people reached, volunteers active and hours, for the whole association and by site, service and activity, is compared with the same months of other years (the month and its two neighbours, when there are two other years or more) or else with the six months either side; a month is flagged when its modified z-score, 0.6745 × (value − median) / MAD, is beyond 3.5, it lies outside the interquartile fences (1.5 × IQR) and it is at least 30 % from the median. For counts the scale is never below the square root of the median. A shift is a level multiplied or divided by 1.6 or more over three months against the three before. No signal uses a hidden cell (fewer than {k} people) nor shows one",
  "indicators.method.factors":
    "Success factors: for each factor, the share of projects that succeeded with and without it (Wilson 95 % intervals); then one logistic regression of success on every factor at once with Firth's penalty (so that few projects or a factor every success shares do not give infinite odds ratios), odds ratios with profile penalised-likelihood 95 % intervals, penalised likelihood-ratio p-values adjusted for the number of factors (Benjamini–Hochberg); numbers enter per standard deviation, categories against their most frequent value",
  "link.no_identity_column":
    "{table} has no column that says who a person is; looked for a name, first name, full name, birth date, e-mail, phone, postcode, commune, address or social security number (headers such as nom, prénom, date de naissance, email, téléphone, code postal, ville); columns: {columns}",
  "link.field_not_found": 'the identity column "{column}" is in none of the tables',
  "link.no_input": "record linkage needs at least one table",
  "link.duplicate_table_name": 'two tables are named "{table}"; give each table its own name',
  "link.bad_threshold": "the thresholds must satisfy 0 < review threshold ≤ threshold < 1 (got {value})",
  "link.rule_refused":
    "blocking rule {rule} would compare {pairs} pairs, more than the cap of {cap}: refused; make it stricter, for example {suggestion}, or raise the cap",
  "link.rule_tightened":
    "blocking rule {rule} would compare {pairs} pairs, more than the cap of {cap}: replaced by the stricter {suggestion}",
  "link.no_blocking_rule":
    "no blocking rule can be used with these fields ({fields}); give a name, birth date, e-mail, phone or identifier column",
  "link.fields_chosen": "{table}: identity columns chosen: {fields}",
  "link.decision_unknown_record": "review decision on {value}: no such record in the input; ignored",
  "link.not_converged": "the estimation of m and u stopped after {count} iterations without converging",
  "clean.kind_uncertain":
    "the kind of this table is uncertain (score {score}, below {threshold}); best candidates: {candidates}. Choose it with --schema {best} (or another kind) or with files[].kind in the configuration",
  "kind.nothing_matched": "no header matched any kind of table",
  "kind.field_matched": "{column} → {field} ({method}, {confidence})",
  "kind.no_anchor": "none of the fields that make a {kind} table was found: points divided by 3",
  "kind.person_fields":
    "the file has person fields (first name, birth date, gender), unlike a {kind} table: points halved",
  "kind.tie": "{first} and {second} tie: {list}",
  "kind.wide_survey":
    "score columns per wave (e.g. bdi.pre, bdi.2m): a wide follow-up survey, reshaped by reshapeWaves",
  "kind.below_threshold": "score {score} below the threshold {threshold}: {list}",
  "kind.name.volunteers": "volunteer log",
  "kind.name.beneficiaries": "beneficiary register",
  "kind.name.visits": "visits and distributions",
  "kind.name.groups": "local groups",
  "kind.name.outcomes": "follow-up survey",
  "kind.name.sites": "sites (places)",
  "kind.name.projects": "projects and results",
  "map.reason_synonym": "header is a known name of the field",
  "map.reason_tokens": "same words as a known name, written another way",
  "map.reason_similar": "header close to a known name",
  "map.reason_hxl": "HXL hashtag",
  "map.reason_values": "no header match, but the values can only be this field",
  "map.reason_user": "chosen by the user",
  "map.reason_rejected_by_values": "the header suggests {field} but the values do not fit",
  "map.reason_field_taken": "the header suggests {field} but a better column took it",
  "map.reason_no_match": "no field matched",
  "map.values_too_few": "too few values to judge",
  "map.values_yes_no": "yes/no values",
  "map.values_not_yes_no": "not yes/no values",
  "map.values_two_distinct": "only one or two distinct values",
  "map.values_dates": "dates",
  "map.values_birth_dates": "dates 14 years old or more (birth dates)",
  "map.values_not_dates": "not dates",
  "map.values_names": "person names",
  "map.values_not_names": "not person names",
  "map.values_organisations": "names of organisations or places, not of people",
  "map.values_codes": "codes",
  "map.values_not_codes": "not codes",
  "map.values_emails": "e-mail addresses",
  "map.values_not_emails": "not e-mail addresses",
  "map.values_phones": "phone numbers",
  "map.values_not_phones": "not phone numbers",
  "map.values_postcodes": "four- or five-digit codes",
  "map.values_not_postcodes": "not postcodes",
  "map.values_genders": "genders",
  "map.values_not_genders": "not genders",
  "map.values_durations": "durations (2h30, 45 min)",
  "map.values_numbers": "numbers",
  "map.values_not_numbers": "not numbers",
  "map.values_long_text": "long free text",
  "map.values_labels": "labels",
  "map.values_text": "text",
  "files.duplicate_bytes": "{files} have the same bytes: counted once",
  "files.duplicate_ids": "{files} hold the same {count} identifiers: probably the same list, counted once",
  "waves.unknown_direction":
    "the direction of {measure} is not known: say whether a higher score is better (directions option)",
  "waves.reshaped": "{columns} wave columns of {measures} measure(s) reshaped to {rows} rows (one per person and wave)",
  "duckdb.missing": "{file}: the DuckDB engine needs the optional package @duckdb/node-api, which is not installed",
  "duckdb.not_utf8":
    "{file}: the DuckDB engine reads UTF-8 only and this file is {encoding}: read by the JavaScript engine",
  "duckdb.kind_unsupported":
    "{file}: the DuckDB engine prepares volunteer and visit logs only ({kind}): read by the JavaScript engine",
  "duckdb.ragged_rows":
    "{file}: the start of the file has errors the DuckDB engine cannot reproduce row by row: read by the JavaScript engine",
  "duckdb.read_failed":
    "{file}: DuckDB could not read the file as solidata detected it ({reason}): read by the JavaScript engine",
} as const satisfies Record<string, string>;

/** A message code of core: a key of the English catalogue. */
export type MessageCode = keyof typeof en;
