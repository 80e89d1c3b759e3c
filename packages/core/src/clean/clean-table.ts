import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { normalizePostcodes } from "../geo/normalize-postcodes.js";
import type { PostcodeReference } from "../geo/postcode-reference.js";
import type { RowFlags } from "../ingest/ingest-report.js";
import { parseMonthYear } from "../ingest/parse-month-year.js";
import type { MessageCode } from "../locales/en.js";
import { formatMessage } from "../messages/format-message.js";
import type { Issue } from "../messages/issue.js";
import type { Lang } from "../messages/lang.js";
import { CleanError } from "./clean-error.js";
import { clusterCounts, type LabelCluster, type LabelRule } from "./cluster-labels.js";
import { detectKind, type KindDetection } from "./detect-kind.js";
import { fillPersonIds } from "./fill-person-ids.js";
import { foldIdentifierCase } from "./fold-identifier-case.js";
import { kindRefusal } from "./kind-refusal.js";
import { labelKey } from "./label-key.js";
import { formatKey } from "./label-keys.js";
import { type HeaderMatch, type MappingOverride, mapHeaders } from "./map-headers.js";
import { type DuplicateRow, mergeDuplicateRows } from "./merge-duplicate-rows.js";
import { missingOptionalCells } from "./missing-optional-cells.js";
import { normalizerFor, sameValue } from "./normalize-field.js";
import { normalizeText } from "./normalize-text.js";
import { detectDateOrder } from "./parse-date.js";
import type { Parsed } from "./parsed.js";
import { postcodeCountries } from "./postcode-countries.js";
import { type FieldRecipe, RECIPE_FORMAT, RECIPE_VERSION, type Recipe } from "./recipe.js";
import { recipeColumn } from "./recipe-column.js";
import { addProblem, cellText, cellWarning, type RowProblem, splitRows } from "./row-problems.js";
import { type FieldSpec, isSchemaName, type SchemaName, schemaFields } from "./schemas.js";
import type { UserVocabulary } from "./vocabularies/vocabulary.js";
import { vocabularyFor } from "./vocabularies/vocabulary-for.js";

/** Options of {@link cleanTable}. */
export interface CleanOptions {
  /** the schema to map to; `"auto"` (default) detects it from the headers. Ignored with a recipe */
  schema?: SchemaName | "auto";
  /** the user's choice of fields by header, over the automatic mapping. Ignored with a recipe */
  mapping?: MappingOverride;
  /** re-apply these decisions instead of taking new ones; what they do not cover lands in `report.uncovered` */
  recipe?: Recipe;
  /**
   * merge the confident label clusters of {@link clusterLabels} into their suggested label (default true:
   * same {@link labelKey}, one vocabulary entry, abbreviations, typos); weaker clusters are only listed in
   * `report.clusters`. With `false`, only variants differing in case, accents or spaces are merged
   */
  mergeLabels?: boolean;
  /**
   * the user's vocabularies, by canonical field (`activity`, `service`...): canonical label → its variants.
   * They win over the built-in ones and join labels that no rule would ("Maraude de nuit" → "Maraude")
   */
  vocabularies?: Readonly<Record<string, UserVocabulary>>;
  /** use the built-in French and English vocabularies of the schema's category fields (default true) */
  builtinVocabularies?: boolean;
  /**
   * a person's decisions on the label clusters, by field: label → the label it becomes (itself to keep it
   * apart). Applied over the automatic merging, kept in the recipe; a decision on a suggested label also
   * applies to the variants merged into it
   */
  labelDecisions?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * the ingest's flags of each row (`IngestResult.rowFlags`, by `_line`, never capped): rows with an error
   * or a ragged-row flag go to the quarantine (`clean.value_not_parsed`, `clean.ragged_row`) unless the row
   * only lacks optional last cells (`clean.short_row`, a warning), as do rows where the ingest could not
   * parse a value of a field that matters; other unparsed values become warnings. Total rows and notes under
   * the table (`ingest.total_row`, `ingest.trailing_note`) go to the quarantine under that code, first, as
   * do rows with a formula cell without a cached value (`ingest.formula_without_value`)
   */
  rowFlags?: RowFlags;
  /**
   * issues of the ingest, used as row flags (by their line) when `rowFlags` is absent; read them all
   * (`maxIssuesPerCode: Infinity`) or rows beyond the cap are not flagged
   */
  ingestIssues?: readonly Issue[];
  /** HXL hashtags by header (from the ingest report's columns), used when a header alone does not match */
  hxl?: Record<string, string>;
  /**
   * headers whose dates are months without a day (the ingest report's `datePrecision`): their fields get
   * `precision: "month"` in the recipe, so that no day is shown. Text values of months (`janv.-24`) tell it too
   */
  monthColumns?: readonly string[];
  /** "today", for the check that activity dates are not in the future; the current date by default */
  now?: Date;
  /** postcode reference data; loaded lazily when absent */
  reference?: PostcodeReference;
  /** language of the person reading the report (messages carry both languages anyway); default `"en"` */
  lang?: Lang;
  /**
   * country of rows without a country column value (ISO 3166-1 alpha-2, default "FR"): another country's
   * postcodes are kept as written, never padded, and get no French codes. Kept in the recipe
   */
  country?: string;
  /**
   * merge rows written twice (default true): rows identical as read, and a row equal after cleaning
   * to the one before it (see {@link mergeDuplicateRows}), among rows with a person identifier (a group
   * identifier for groups: a file of items without one merges nothing); each merge is listed in `duplicates`
   */
  mergeDuplicates?: boolean;
  /**
   * give a row without a person identifier the identifier its e-mail or phone has on the other rows,
   * when exactly one (see {@link fillPersonIds}; default true)
   */
  fillPersonIds?: boolean;
  /** Called as the fields are normalised, with the rows cleaned so far, for a progress display; never prints. */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

/** How many cells one operation changed in one field. */
export interface ChangeCount {
  field: string;
  /**
   * the normaliser or decision: `text`, `name`, `email`, `phone`, `postcode`, `date`, `fold_case`
   * (identifiers written in the column's case), `pad_zeros` (identifiers given back their leading zeros),
   * `fill_from_email`, `fill_from_phone` (missing person identifiers found by another identity field), `merge_format` (labels differing only in case, accents
   * or spaces), `merge_labels` (reviewed clusters), `blank_invalid`, `foreign_postcode` (another country's
   * postcodes, kept as written without French codes)...
   */
  operation: string;
  cells: number;
}

/** What {@link cleanTable} did, for the report and for `clean-report.json`. */
export interface CleanReport {
  schema: SchemaName;
  rowsIn: number;
  rowsClean: number;
  rowsQuarantined: number;
  /** rows merged into an earlier row as duplicates (listed in `CleanResult.duplicates`); rows in = clean + quarantined + merged */
  rowsMerged: number;
  /** merged rows by {@link DuplicateRule}; sums to `rowsMerged` */
  mergedByRule: Record<string, number>;
  /** quarantined rows by the code of their first problem; sums to `rowsQuarantined` */
  byCode: Record<string, number>;
  /** cells changed, per field and operation */
  changes: ChangeCount[];
  /** cells kept with a caveat (e.g. an invalid e-mail emptied), at most 1000 per code; see `warningsByCode` */
  warnings: Issue[];
  /** how many warnings of each code there were */
  warningsByCode: Record<string, number>;
  /** with a recipe: headers, columns and values the recipe does not cover */
  uncovered: Issue[];
  /** the header mapping that was used */
  mapping: HeaderMatch[];
  /** label clusters per category field: the confident ones (merged unless `mergeLabels: false`), then proposals for review */
  clusters: Record<string, LabelCluster[]>;
  /** per category field, each label that other labels were merged into, with them: what the report's appendix lists */
  merged: Record<string, LabelMerge[]>;
  /** rows whose postcode serves several communes without a commune name to tell which */
  ambiguousPostcodes: number;
}

/** A label of a category field and the variants merged into it by {@link cleanTable}. */
export interface LabelMerge {
  /** the label kept */
  label: string;
  /** rows that had another spelling */
  rows: number;
  /** the vocabulary entry of the label, when it comes from one (`user` for the user's vocabulary) */
  entry?: string;
  /**
   * the variants merged, by rows: `rule` is a {@link LabelRule}, `recipe` (replayed from a recipe) or
   * `decision` (a person's decision)
   */
  from: { value: string; count: number; rule: LabelRule | "recipe" | "decision"; score: number }[];
}

/** What {@link cleanTable} returns. */
export interface CleanResult {
  schema: SchemaName;
  /** canonical columns (schema order), postcode codes, unmapped columns untouched, then `_line` */
  clean: ColumnTable;
  /**
   * the ingest's flags of the clean rows that have some, by `_line` (e.g. a short row kept because it
   * only lacks optional last cells keeps its `ingest.ragged_row` flag)
   */
  rowFlags: RowFlags;
  /**
   * one row per quarantined row: line, column, code, message_en, message_fr, other_codes, flags (the
   * ingest's flags of the row, `code` or `code:column`), original values
   */
  quarantine: ColumnTable;
  /** one row per merged duplicate: line (removed), kept_line, rule, message_en, message_fr */
  duplicates: ColumnTable;
  /** every decision taken, to re-apply with `recipe` */
  recipe: Recipe;
  report: CleanReport;
}

const WARNING_CAP = 1000;
/** Distinct values remembered per column: columns of unique values (e-mails of a register) stop there. */
const MEMO_LIMIT = 250_000;

/**
 * Cleans a table in one call: maps headers to a canonical schema (detected when not given),
 * normalises every mapped field (text, names, e-mails, phones, postcodes with INSEE codes, dates,
 * numbers, durations, booleans, genders, category labels, follow-up waves), checks every row, and splits
 * the rows into a clean table and a quarantine, then merges rows written twice. Rows in = clean rows +
 * quarantined rows + merged duplicates, always; every merge is listed in `duplicates`.
 *
 * Two repairs need no review and are kept in the recipe: identifiers that lost their leading zeros
 * ("65" beside "000065") are padded when the column shows zero padding, and category labels that are
 * surely one label become one: same {@link labelKey} ("Accueil/orientation", "accueil et orientation"),
 * one entry of the field's French and English vocabulary ("SDF", "Sans domicile fixe"), an abbreviation
 * ("distribution alim.") or a typo (see {@link clusterLabels}); `report.merged` lists what became what,
 * `report.clusters` what is only proposed ("Maraude" and "Maraude de nuit").
 *
 * What quarantines a row: a required field empty; an unreadable value in a field that analyses
 * count on (activity and visit dates, hours, quantities, outcome values); in every field, an
 * impossible or implausible value, named with its column and its rule: a date the calendar does not
 * have (`clean.impossible_date`: 2023-02-30), a negative or out-of-range number (`clean.negative_value`,
 * `clean.out_of_range` with the range: an age of 150, a household of -1), a date in the future
 * (`clean.future_date`: an activity, a birth date); a row the ingest found misaligned (ragged) or
 * could not read (a row short only of optional last cells is kept, with a warning); a value the ingest
 * could not parse in a field that matters. What only warns (the cell is emptied, the row kept, the
 * original value is in the warning): a descriptive value that cannot be read at all, such as an
 * invalid e-mail, phone, postcode or gender, or a birth date written "bientôt".
 *
 * @param table - an ingested table (with `_line`; without it, row i is taken to be on line i + 2)
 * @param options - schema, mapping, recipe, label merging, ingest issues
 * @returns the clean table, the quarantine, the recipe and the report
 * @throws CleanError "cleanTable requires a schema" when none is given and the kind cannot be told
 *   (`clean.schema_not_detected`: nothing matched; `clean.kind_uncertain`: a tie or a score below
 *   {@link KIND_THRESHOLD}, with the best candidates)
 * @example
 * const { report } = await cleanTable(aq.table({ Date: ["01/03/2024", "31/02/2024"], Heures: ["2h30", "1"] }));
 * report.rowsClean // => 1 (31/02 is not a date)
 */
export async function cleanTable(table: ColumnTable, options: CleanOptions = {}): Promise<CleanResult> {
  const names = table.columnNames();
  const headers = names.filter((n) => n !== "_line");
  const n = table.numRows();
  const lines: ArrayLike<number> = names.includes("_line")
    ? (table.array("_line") as ArrayLike<number>)
    : Array.from({ length: n }, (_, i) => i + 2);
  const recipe = options.recipe;
  const uncovered: Issue[] = [];
  const warnings: Issue[] = [];
  const warningsByCode: Record<string, number> = {};
  const warn = (issue: Issue): void => {
    const count = (warningsByCode[issue.code] ?? 0) + 1;
    warningsByCode[issue.code] = count;
    if (count <= WARNING_CAP) warnings.push(issue);
  };

  // 1. schema and mapping
  let schema: SchemaName;
  let detection: KindDetection | undefined;
  let matches: HeaderMatch[];
  if (recipe) {
    schema = recipe.schema;
    const known = new Set(schemaFields[schema].map((f) => f.name));
    const given = new Set<string>();
    for (const c of recipe.columns) {
      if (c.field === null) continue;
      if (!known.has(c.field) || given.has(c.field)) {
        const message = `columns: "${c.field}" is ${given.has(c.field) ? "given to several headers" : `not a field of ${schema}`}`;
        throw new CleanError(`cleanTable requires a valid recipe: ${message}`, [
          { code: "clean.recipe_invalid", severity: "error", params: { message } },
        ]);
      }
      given.add(c.field);
    }
    const byHeader = new Map(recipe.columns.map((c) => [c.header, c.field]));
    matches = headers.map((header) => {
      if (!byHeader.has(header)) {
        uncovered.push({ code: "clean.recipe_header_uncovered", severity: "warning", column: header });
        return { header, field: null, confidence: 0, method: "none" };
      }
      return { header, field: byHeader.get(header) ?? null, confidence: 1, method: "user" };
    });
    for (const c of recipe.columns) {
      if (!headers.includes(c.header))
        uncovered.push({ code: "clean.recipe_column_missing", severity: "warning", column: c.header });
    }
  } else {
    const wanted = options.schema ?? "auto";
    if (wanted === "auto") {
      detection = detectKind(table, { hxl: options.hxl ?? {}, now: options.now });
      if (detection.kind === null) {
        const refusal = kindRefusal(detection);
        throw new CleanError(`cleanTable requires a schema: ${refusal.code}`, [refusal]);
      }
      schema = detection.kind;
    } else if (isSchemaName(wanted)) schema = wanted;
    else
      throw new CleanError(`cleanTable requires a known schema, not "${String(wanted)}"`, [
        { code: "clean.schema_not_detected", severity: "error" },
      ]);
    try {
      const values: Record<string, ArrayLike<unknown>> = {};
      for (const h of headers) values[h] = table.array(h) as ArrayLike<unknown>;
      matches = mapHeaders(headers, schema, options.mapping ?? {}, options.hxl ?? {}, {
        values,
        now: options.now,
      }).matches;
    } catch (error) {
      throw new CleanError((error as Error).message, [
        { code: "clean.mapping_invalid", severity: "error", params: { message: (error as Error).message } },
      ]);
    }
  }
  const specs = schemaFields[schema];
  const headerOf = new Map<string, string>();
  for (const m of matches) if (m.field !== null) headerOf.set(m.field, m.header);
  for (const spec of specs) {
    if (spec.required && !headerOf.has(spec.name)) {
      warn({ code: "clean.required_column_missing", severity: "warning", column: spec.name, params: { schema } });
    }
  }

  // 2. normalise each mapped field, column by column
  const problems = new Map<number, RowProblem[]>();
  const changes: ChangeCount[] = [];
  const output: Record<string, ArrayLike<unknown>> = {};
  const fieldsRecipe: Record<string, FieldRecipe> = {};
  const clusters: Record<string, LabelCluster[]> = {};
  const merged: Record<string, LabelMerge[]> = {};
  let ambiguousPostcodes = 0;
  const today = options.now ?? new Date();
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());

  const fieldsToClean = specs.filter((s) => headerOf.has(s.name)).length;
  let fieldsCleaned = 0;
  for (const spec of specs) {
    const header = headerOf.get(spec.name);
    if (header === undefined) continue;
    options.onProgress?.(Math.floor((fieldsCleaned++ / fieldsToClean) * n), n);
    const original = table.array(header) as ArrayLike<unknown>;
    const step: FieldRecipe = { kind: spec.kind, ...(recipe?.fields[spec.name] ?? {}) };
    if (spec.kind === "date" && step.dateOrder === undefined)
      step.dateOrder = detectDateOrder(distinctValues(original));
    if (spec.kind === "date" && step.precision === undefined && isMonthColumn(header, original, options.monthColumns))
      step.precision = "month";
    if (spec.kind === "phone" && step.region === undefined) step.region = "FR";
    if (spec.kind === "postcode" && step.country === undefined && options.country !== undefined)
      step.country = options.country.toUpperCase();
    const normalize = normalizerFor(spec.kind, { dateOrder: step.dateOrder, region: step.region });
    let values: unknown[] = new Array(n);
    let changed = 0;
    let blanked = 0;
    // columns repeat the same values (sites, activities, dates, names): read each distinct text once
    const memoText = new Map<string, Parsed<unknown>>();
    const memoNumber = new Map<number, Parsed<unknown>>();
    for (let i = 0; i < n; i++) {
      const raw = original[i];
      let parsed: Parsed<unknown> | undefined;
      if (typeof raw === "string") {
        parsed = memoText.get(raw);
        if (parsed === undefined) {
          parsed = normalize(raw);
          if (memoText.size < MEMO_LIMIT) memoText.set(raw, parsed);
        }
      } else if (typeof raw === "number") {
        parsed = memoNumber.get(raw);
        if (parsed === undefined) {
          parsed = normalize(raw);
          if (memoNumber.size < MEMO_LIMIT) memoNumber.set(raw, parsed);
        }
      } else parsed = normalize(raw);
      if (parsed.ok) {
        values[i] = parsed.value;
        if (!sameValue(parsed.value, raw)) changed++;
        continue;
      }
      values[i] = null;
      // a date that cannot exist (31/02) is an impossible value: its row is set aside in every field
      if (spec.onInvalid === "quarantine" || parsed.code === "clean.impossible_date") {
        addProblem(problems, i, {
          column: header,
          code: parsed.code,
          value: cellText(raw),
          expected: expectedFor(spec, step),
        });
      } else {
        blanked++;
        warn(cellWarning(parsed.code, lines[i] as number, header, raw, expectedFor(spec, step)));
      }
    }
    changes.push({ field: spec.name, operation: spec.kind, cells: changed });
    if (blanked > 0) changes.push({ field: spec.name, operation: "blank_invalid", cells: blanked });

    if (spec.kind === "id") {
      const folded = foldIdentifierCase(values, recipe === undefined ? undefined : (step.idCase ?? null));
      values = folded.values;
      if (folded.idCase === null) delete step.idCase;
      else step.idCase = folded.idCase;
      if (folded.cells > 0) changes.push({ field: spec.name, operation: "fold_case", cells: folded.cells });
      const padded = padIdentifiers(header, values, step, recipe !== undefined, lines, warn);
      if (padded > 0) changes.push({ field: spec.name, operation: "pad_zeros", cells: padded });
    }

    if (spec.kind === "category") {
      const labels = applyLabels(spec, schema, header, values, step, recipe !== undefined, options, uncovered);
      clusters[spec.name] = labels.clusters;
      if (labels.merged.length > 0) merged[spec.name] = labels.merged;
      if (labels.formatCells > 0)
        changes.push({ field: spec.name, operation: "merge_format", cells: labels.formatCells });
      if (labels.cells > 0) changes.push({ field: spec.name, operation: "merge_labels", cells: labels.cells });
    }
    checkValues(spec, header, values, original, todayUtc, problems);
    output[spec.name] = values;

    if (spec.kind === "postcode") {
      const communeHeader = headerOf.get("commune");
      const geo = await normalizePostcodes(original, {
        communes: communeHeader === undefined ? undefined : (table.array(communeHeader) as ArrayLike<unknown>),
        reference: options.reference,
        ...postcodeCountries(table, headerOf.get("country"), step.country),
      });
      for (const p of geo.problems) {
        if (p.code === "clean.invalid_postcode") continue; // already emptied and warned above
        warn(cellWarning(p.code, lines[p.row] as number, header, p.value));
      }
      // the shape check of parsePostcode is stricter than text normalisation: use its result
      let postcodeChanged = 0;
      let postcodeBlanked = 0;
      for (let i = 0; i < n; i++) {
        if (values[i] !== null && geo.postcode[i] === null) {
          postcodeBlanked++;
          warn(cellWarning("clean.invalid_postcode", lines[i] as number, header, original[i]));
        } else if (!sameValue(geo.postcode[i], original[i])) postcodeChanged++;
      }
      const last = changes.find((c) => c.field === spec.name && c.operation === "postcode");
      if (last) last.cells = postcodeChanged;
      if (postcodeBlanked > 0) changes.push({ field: spec.name, operation: "blank_invalid", cells: postcodeBlanked });
      if (geo.foreign > 0) changes.push({ field: spec.name, operation: "foreign_postcode", cells: geo.foreign });
      output[spec.name] = geo.postcode;
      output.commune_code = geo.commune_code;
      output.departement = geo.departement;
      output.region = geo.region;
      ambiguousPostcodes = geo.ambiguous;
    }
    fieldsRecipe[spec.name] = step;
  }
  options.onProgress?.(n, n);

  // 3. what the ingest could not read, read from each row's flags: errors and misaligned rows
  // quarantine their row; a value the ingest emptied because it could not parse it quarantines the
  // row when the field matters, else warns
  const rowFlags = flagsOfRows(options);
  if (rowFlags !== undefined && rowFlags.size > 0) {
    const specOfHeader = new Map<string, FieldSpec>();
    for (const spec of specs) {
      const header = headerOf.get(spec.name);
      if (header !== undefined) specOfHeader.set(header, spec);
    }
    for (let row = 0; row < n; row++) {
      const line = lines[row] as number;
      const flags = rowFlags.get(line);
      if (flags === undefined) continue;
      for (const issue of flags) {
        if (issue.code === "ingest.total_row" || issue.code === "ingest.trailing_note") {
          // a total or a note is no record: set aside first, whatever else its cells break
          const problem = { column: "", code: issue.code, value: issue.value ?? "" };
          problems.set(row, [problem, ...(problems.get(row) ?? [])]);
          continue;
        }
        if (issue.code === "ingest.formula_without_value") {
          // a formula never recalculated: its value is unknown, never taken for a blank
          addProblem(problems, row, { column: issue.column ?? "", code: issue.code, value: issue.value ?? "" });
          continue;
        }
        if (issue.code === "ingest.ragged_row") {
          const lacking = missingOptionalCells(issue, headers, (h) => specOfHeader.get(h));
          if (lacking !== null) {
            warn({
              code: "clean.short_row",
              severity: "warning",
              line,
              column: lacking[0] as string,
              params: { count: lacking.length, columns: lacking.join(", ") },
            });
            continue;
          }
          addProblem(problems, row, {
            column: "",
            code: "clean.ragged_row",
            value: "",
            expected: String(issue.params?.expected ?? ""),
          });
        } else if (issue.severity === "error") {
          addProblem(problems, row, {
            column: issue.column ?? "",
            code: "clean.value_not_parsed",
            value: issue.value ?? issue.code,
          });
        } else if (issue.code === "ingest.value_not_parsed") {
          const spec = issue.column === undefined ? undefined : specOfHeader.get(issue.column);
          if (spec !== undefined && (spec.onInvalid === "quarantine" || spec.required)) {
            addProblem(problems, row, {
              column: issue.column ?? "",
              code: "clean.value_not_parsed",
              value: issue.value ?? "",
            });
          } else {
            warn(cellWarning("clean.value_not_parsed", line, issue.column ?? "", issue.value ?? ""));
          }
        }
      }
    }
  }

  // 4. unmapped columns untouched, then _line
  const taken = new Set(Object.keys(output));
  for (const m of matches) {
    if (m.field !== null) continue;
    let name = m.header;
    while (taken.has(name)) name = `${name}_original`;
    taken.add(name);
    output[name] = table.array(m.header) as ArrayLike<unknown>;
  }
  output._line = lines;

  const split = splitRows(
    output,
    { names: headers, columns: headers.map((h) => table.array(h) as ArrayLike<unknown>) },
    lines,
    problems,
    rowFlags,
  );
  // 5. missing person identifiers told by an e-mail or phone, then rows written twice merged
  let cleanRows = split.clean;
  if (options.fillPersonIds !== false) {
    const people = fillPersonIds(cleanRows);
    cleanRows = people.table;
    const byField: Record<string, number> = {};
    for (const fill of people.fills) {
      byField[fill.field] = (byField[fill.field] ?? 0) + 1;
      warn({
        code: "clean.person_id_filled",
        severity: "info",
        line: fill.line,
        column: headerOf.get("person_id") ?? "person_id",
        value: fill.personId,
        // the e-mail or phone itself is not repeated here: the line says where it is
        params: { field: fill.field },
      });
    }
    for (const [field, cells] of Object.entries(byField))
      changes.push({ field: "person_id", operation: `fill_from_${field}`, cells });
  }
  const deduplicated =
    options.mergeDuplicates === false
      ? { table: cleanRows, duplicates: [] }
      : mergeDuplicateRows(cleanRows, {
          raw: table,
          optional: optionalColumns(specs),
          // rows about no one (a file of items, one row per unit) are not merged
          identity: schema === "groups" ? "group_id" : "person_id",
        });
  const duplicates = duplicateTable(deduplicated.duplicates);
  const cleanFlags = new Map<number, readonly Issue[]>();
  if (rowFlags !== undefined && rowFlags.size > 0) {
    const cleanLines = deduplicated.table.array("_line") as ArrayLike<number>;
    for (let i = 0; i < cleanLines.length; i++) {
      const flags = rowFlags.get(cleanLines[i] as number);
      if (flags !== undefined) cleanFlags.set(cleanLines[i] as number, flags);
    }
  }
  for (const p of "possible" in deduplicated ? deduplicated.possible : [])
    warn({ code: "clean.possible_duplicate", severity: "info", line: p.line, params: { kept_line: p.keptLine } });
  const finalRecipe: Recipe = {
    format: RECIPE_FORMAT,
    version: RECIPE_VERSION,
    schema,
    columns: matches.map(recipeColumn),
    fields: fieldsRecipe,
  };
  if (detection) {
    finalRecipe.detection = {
      score: detection.score,
      threshold: detection.threshold,
      candidates: detection.candidates.map((c) => ({ kind: c.kind, points: c.points })),
    };
  }
  if (recipe) {
    // keep what the recipe knew about columns absent from this file
    for (const c of recipe.columns) if (!headers.includes(c.header)) finalRecipe.columns.push(c);
    for (const [field, step] of Object.entries(recipe.fields)) finalRecipe.fields[field] ??= step;
  }
  return {
    schema,
    clean: deduplicated.table,
    rowFlags: cleanFlags,
    quarantine: split.quarantine,
    duplicates: duplicates.table,
    recipe: finalRecipe,
    report: {
      schema,
      rowsIn: n,
      rowsClean: deduplicated.table.numRows(),
      rowsQuarantined: split.quarantine.numRows(),
      rowsMerged: deduplicated.duplicates.length,
      mergedByRule: duplicates.byRule,
      byCode: split.byCode,
      changes,
      warnings,
      warningsByCode,
      uncovered,
      mapping: matches,
      clusters,
      merged,
      ambiguousPostcodes,
    },
  };
}

/** The row flags of the options: given, or grouped from the ingest's issues by line. */
function flagsOfRows(options: CleanOptions): RowFlags | undefined {
  if (options.rowFlags !== undefined) return options.rowFlags;
  if (options.ingestIssues === undefined) return undefined;
  const byLine = new Map<number, Issue[]>();
  for (const issue of options.ingestIssues) {
    if (issue.line === undefined) continue;
    const flags = byLine.get(issue.line);
    if (flags) flags.push(issue);
    else byLine.set(issue.line, [issue]);
  }
  return byLine;
}

/**
 * {@link cleanTable} without exceptions for data problems: a file whose schema cannot be found or
 * whose mapping names unknown fields gives `{ ok: false, issues }`.
 *
 * @example
 * (await safeCleanTable(aq.table({ foo: [1] }))).ok // => false
 */
export async function safeCleanTable(
  table: ColumnTable,
  options: CleanOptions = {},
): Promise<{ ok: true; value: CleanResult } | { ok: false; issues: Issue[] }> {
  try {
    return { ok: true, value: await cleanTable(table, options) };
  } catch (error) {
    if (error instanceof CleanError) return { ok: false, issues: error.issues };
    throw error;
  }
}

function expectedFor(spec: FieldSpec, step: FieldRecipe): string | undefined {
  if (spec.kind === "date") return step.dateOrder === "mdy" ? "mm/dd/yyyy" : "dd/mm/yyyy";
  return undefined;
}

/**
 * Category labels: the confident clusters of {@link clusterCounts} (with the field's vocabularies) become
 * their suggested label; with `mergeLabels: false`, only variants that differ in case, accents or spaces
 * become their most frequent variant. With a recipe, its label table decides (a new label with the key
 * of a known one follows it). A person's decisions come last.
 */
function applyLabels(
  spec: FieldSpec,
  schema: SchemaName,
  header: string,
  values: unknown[],
  step: FieldRecipe,
  fromRecipe: boolean,
  options: CleanOptions,
  uncovered: Issue[],
): { clusters: LabelCluster[]; merged: LabelMerge[]; cells: number; formatCells: number } {
  const counts = new Map<string, number>();
  for (const v of values) if (typeof v === "string") counts.set(v, (counts.get(v) ?? 0) + 1);
  const vocabulary = options.builtinVocabularies === false ? undefined : vocabularyFor(schema, spec.name);
  const userVocabulary = options.vocabularies?.[spec.name];
  const clusters = clusterCounts(counts, {
    vocabularies: vocabulary ? [vocabulary] : [],
    ...(userVocabulary ? { userVocabulary } : {}),
  });
  const how = new Map<string, { rule: LabelRule | "recipe" | "decision"; score: number }>();
  let labels: Record<string, string>;
  if (fromRecipe && step.labels) {
    labels = { ...step.labels };
    for (const value of Object.keys(labels)) how.set(value, { rule: "recipe", score: 1 });
    // a variant written like one the recipe knows ("AJACCIO", "Distributions alimentaires") follows it
    const byKey = new Map<string, string | null>();
    for (const [value, to] of Object.entries(labels)) {
      const key = labelKey(value);
      const known = byKey.get(key);
      byKey.set(key, known === undefined || known === to ? to : null);
    }
    // a new label surely one with a label the recipe knows (same vocabulary entry, abbreviation, typo) follows it
    const known = step.labels;
    const targets = new Set(Object.values(known));
    const followed = new Map<string, { to: string; rule: LabelRule; score: number }>();
    for (const c of clusters) {
      if (!c.confident) continue;
      const anchor = c.values.find((v) => Object.hasOwn(known, v.value));
      const to = anchor ? known[anchor.value] : targets.has(c.suggestion) ? c.suggestion : undefined;
      if (to === undefined) continue;
      for (const v of c.values) followed.set(v.value, { to, rule: v.rule, score: v.score });
    }
    for (const [value, count] of counts) {
      if (Object.hasOwn(labels, value)) continue;
      const to = byKey.get(labelKey(value));
      const follow = followed.get(value);
      if (typeof to === "string") {
        labels[value] = to;
        how.set(value, { rule: "recipe", score: 1 });
      } else if (follow !== undefined) {
        labels[value] = follow.to;
        how.set(value, { rule: follow.rule, score: follow.score });
      } else {
        uncovered.push({
          code: "clean.recipe_value_uncovered",
          severity: "warning",
          column: header,
          value,
          params: { count, field: spec.name },
        });
      }
    }
  } else {
    labels = {};
    const sorted = [...counts.keys()].sort();
    for (const value of sorted) labels[value] = value;
    if (options.mergeLabels === false) {
      for (const [value, to] of formatCanonical(counts)) {
        labels[value] = to;
        how.set(value, { rule: "key", score: 1 });
      }
    } else {
      for (const c of clusters) {
        if (!c.confident) continue;
        for (const v of c.values) {
          labels[v.value] = c.suggestion;
          how.set(v.value, { rule: v.rule, score: v.score });
        }
      }
    }
    if (fromRecipe) {
      for (const value of sorted) {
        uncovered.push({
          code: "clean.recipe_value_uncovered",
          severity: "warning",
          column: header,
          value,
          params: { count: counts.get(value) ?? 0, field: spec.name },
        });
      }
    }
  }
  const decisions = options.labelDecisions?.[spec.name];
  if (decisions) {
    for (const value of counts.keys()) {
      const auto = labels[value] ?? value;
      const to = Object.hasOwn(decisions, value)
        ? decisions[value]
        : Object.hasOwn(decisions, auto)
          ? decisions[auto]
          : undefined;
      if (to === undefined || to.trim() === "") continue;
      labels[value] = to;
      how.set(value, { rule: "decision", score: 1 });
    }
  }
  let cells = 0;
  let formatCells = 0;
  const formatOnly = new Map<string, boolean>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "string" || !Object.hasOwn(labels, v)) continue;
    const to = labels[v] as string;
    if (to === v) continue;
    values[i] = to;
    let sameFormat = formatOnly.get(v);
    if (sameFormat === undefined) {
      sameFormat = formatKey(v) === formatKey(to);
      formatOnly.set(v, sameFormat);
    }
    if (sameFormat) formatCells++;
    else cells++;
  }
  step.labels = labels;
  const byLabel = new Map<string, LabelMerge>();
  const entryOf = new Map<string, string>();
  for (const c of clusters) if (c.confident && c.entry) entryOf.set(c.suggestion, c.entry);
  for (const [value, count] of counts) {
    const to = labels[value];
    if (to === undefined || to === value) continue;
    let merge = byLabel.get(to);
    if (merge === undefined) {
      const entry = entryOf.get(to);
      merge = { label: to, rows: 0, ...(entry ? { entry } : {}), from: [] };
      byLabel.set(to, merge);
    }
    merge.rows += count;
    merge.from.push({ value, count, ...(how.get(value) ?? { rule: "key" as const, score: 1 }) });
  }
  const merged = [...byLabel.values()].sort((a, b) => b.rows - a.rows || (a.label < b.label ? -1 : 1));
  for (const m of merged) m.from.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { clusters, merged, cells, formatCells };
}

/** Each label and the variant it becomes among those with the same {@link formatKey}. */
function formatCanonical(counts: ReadonlyMap<string, number>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const value of counts.keys()) {
    const key = formatKey(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  const accented = (v: string): number => (v.normalize("NFD") === v.normalize("NFC") ? 0 : 1);
  const capitalised = (v: string): number => (/\p{Lu}/u.test(v) ? 1 : 0);
  const canonical = new Map<string, string>();
  for (const group of groups.values()) {
    let best = group[0] as string;
    for (const v of group.slice(1)) {
      const byCount = (counts.get(v) ?? 0) - (counts.get(best) ?? 0);
      const byAccent = accented(v) - accented(best);
      const byCapital = capitalised(v) - capitalised(best);
      if (byCount > 0 || (byCount === 0 && (byAccent > 0 || (byAccent === 0 && byCapital > 0)))) best = v;
    }
    for (const v of group) canonical.set(v, best);
  }
  return canonical;
}

const DIGITS = /^[0-9]+$/;

/**
 * Identifiers that lost their leading zeros ("65" beside "000065"): when at least half of the
 * all-digit values have one width and some of them start with 0, shorter all-digit values are
 * left-padded to that width (kept in the recipe as `padWidth`). Values with letters are never
 * touched, longer ones never cut: they are kept and warned about. Returns the cells padded.
 */
function padIdentifiers(
  header: string,
  values: unknown[],
  step: FieldRecipe,
  fromRecipe: boolean,
  lines: ArrayLike<number>,
  warn: (issue: Issue) => void,
): number {
  if (!fromRecipe) {
    const byWidth = new Map<number, number>();
    const zeroWidths = new Set<number>();
    let digits = 0;
    for (const v of values) {
      if (typeof v !== "string" || !DIGITS.test(v)) continue;
      digits++;
      byWidth.set(v.length, (byWidth.get(v.length) ?? 0) + 1);
      if (v.length > 1 && v.startsWith("0")) zeroWidths.add(v.length);
    }
    let width = 0;
    let most = 0;
    for (const [w, count] of byWidth) if (count > most || (count === most && w > width)) [width, most] = [w, count];
    if (width >= 2 && most * 2 >= digits && zeroWidths.has(width)) step.padWidth = width;
    else delete step.padWidth;
  }
  const width = step.padWidth;
  if (width === undefined) return 0;
  let padded = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "string" || !DIGITS.test(v)) continue;
    if (v.length < width) {
      values[i] = v.padStart(width, "0");
      padded++;
    } else if (v.length > width) {
      warn(cellWarning("clean.id_longer_than_padding", lines[i] as number, header, v, String(width)));
    }
  }
  return padded;
}

function checkValues(
  spec: FieldSpec,
  header: string,
  values: unknown[],
  original: ArrayLike<unknown>,
  todayUtc: number,
  problems: Map<number, RowProblem[]>,
): void {
  // an implausible value (out of its range, negative, a future birth date) sets its row aside in every
  // field, naming the column and the rule (catalogue entry 26), even where an unreadable value is only emptied
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const raw = original[i];
    if (v === null || v === undefined) {
      // an empty cell (not one emptied because it was unreadable: that one is already reported)
      if (spec.required && (raw === null || raw === undefined || normalizeText(raw) === null)) {
        addProblem(problems, i, { column: header, code: "clean.required_missing", value: "" });
      }
      continue;
    }
    let code: MessageCode | null = null;
    let expected: string | undefined;
    if (typeof v === "number") {
      if (spec.min === 0 && v < 0) code = "clean.negative_value";
      else if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) {
        code = "clean.out_of_range";
        expected = `[${spec.min ?? "-∞"}, ${spec.max ?? "+∞"}]`;
      }
    } else if (v instanceof Date && spec.notFuture && v.getTime() > todayUtc) {
      code = "clean.future_date";
    }
    if (code === null) continue;
    addProblem(problems, i, { column: header, code, value: cellText(v), ...(expected ? { expected } : {}) });
  }
}

/** The distinct texts of a column (typed cells, already dates or numbers, say nothing of a date order). */
function distinctValues(values: ArrayLike<unknown>): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "string") set.add(v);
  }
  return set;
}

/**
 * Descriptive columns that may be empty in one of two consecutive duplicates: optional person
 * attributes and the codes derived from the postcode (not identifiers, categories or measures).
 */
function optionalColumns(specs: readonly FieldSpec[]): string[] {
  const descriptive = new Set(["text", "name", "email", "phone", "postcode", "gender", "boolean"]);
  const names = specs
    .filter((s) => !s.required && s.onInvalid === "blank" && (descriptive.has(s.kind) || s.name === "birth_date"))
    .map((s) => s.name);
  return [...names, "commune_code", "departement", "region"];
}

/** The list of merged duplicates as a table, with both messages, and the count per rule. */
function duplicateTable(rows: readonly DuplicateRow[]): { table: ColumnTable; byRule: Record<string, number> } {
  const byRule: Record<string, number> = {};
  const out: Record<string, unknown[]> = { line: [], kept_line: [], rule: [], message_en: [], message_fr: [] };
  for (const d of rows) {
    byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
    const params = { line: d.line, kept: d.keptLine };
    out.line?.push(d.line);
    out.kept_line?.push(d.keptLine);
    out.rule?.push(d.rule);
    out.message_en?.push(formatMessage(`clean.duplicate_${d.rule}`, "en", params));
    out.message_fr?.push(formatMessage(`clean.duplicate_${d.rule}`, "fr", params));
  }
  return { table: aq.table(out), byRule };
}

/** Whether a date column writes months without a day: as the ingest found, or every text value a month. */
function isMonthColumn(header: string, values: ArrayLike<unknown>, monthColumns?: readonly string[]): boolean {
  if (monthColumns?.includes(header)) return true;
  let months = 0;
  for (const value of distinctValues(values)) {
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string" || parseMonthYear(value) === undefined) return false;
    months++;
  }
  return months > 0;
}
