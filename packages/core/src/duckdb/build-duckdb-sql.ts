/** One column of the file as the DuckDB engine reads it. */
export interface DuckDBColumnPlan {
  /** position in the file (0-based); the SQL names it `c<index>` */
  index: number;
  /** header as read by solidata's detection */
  header: string;
  /** the canonical field solidata mapped it to, or null (kept raw, compared for duplicates) */
  field: string | null;
  /** the field may be empty in one of two consecutive duplicates (descriptive columns) */
  optional?: boolean;
}

/** What the DuckDB engine needs to read and clean a file: solidata's detection, as plain data. */
export interface DuckDBPlan {
  /** path of the UTF-8 CSV file */
  file: string;
  delimiter: string;
  quote: string;
  /** line of the header (1-based); data start on the next line */
  headerLine: number;
  columns: DuckDBColumnPlan[];
  /** the field saying who a row is about; rows without it are never merged */
  identity: string;
  /** fields whose values may tell a missing identity (e-mail, phone), in order */
  fillFrom: string[];
  /** the fields sent back to JavaScript for the indicators, with how each is typed */
  output: { field: string; type: "text" | "day" | "number" }[];
}

const quoteText = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The SQL the DuckDB engine runs for one file, statement by statement: a typed read of the file
 * (every cell as text, so identifiers keep their leading zeros), each mapped column joined to its
 * dictionary (`d_<field>(raw, vid, code)`: raw text → the integer of its clean value, 0 when
 * empty, and its problem code; filled by solidata's own cleaning of the column's
 * distinct values), the rows with a problem set aside, missing identities told by an e-mail or
 * phone, duplicates dropped by solidata's rules (one window over narrow rows: the previous row and
 * a hash of the columns that must be equal; only the rows whose hash matches are compared column
 * by column), and the clean rows of the fields the indicators read (as their dictionary integers,
 * which the caller turns back into its clean values: texts, numbers, dates), in the file's order.
 *
 * Why: the SQL is data — `docs/scale.md` prints it from this builder, and a warehouse (Postgres,
 * MotherDuck, BigQuery) can run the same statements on pooled, pseudonymised rows.
 *
 * @param plan - the file, its detected dialect and columns, the fields to give back
 * @returns the statements, in order; the last one selects the clean rows
 * @example
 * buildDuckDBSql({ file: "b.csv", delimiter: ";", quote: '"', headerLine: 1, columns: [{ index: 0, header: "N°", field: "person_id" }], identity: "person_id", fillFrom: [], output: [{ field: "person_id", type: "text" }] }).length // => 8
 */
export function buildDuckDBSql(plan: DuckDBPlan): string[] {
  const mapped = plan.columns.filter((c): c is DuckDBColumnPlan & { field: string } => c.field !== null);
  const unmapped = plan.columns.filter((c) => c.field === null);
  const raw = plan.columns.map((c) => `c${c.index}`);
  const read = `CREATE TABLE raw AS SELECT * FROM read_csv(${quoteText(plan.file)}, delim = ${quoteText(plan.delimiter)}, quote = ${quoteText(plan.quote)}, escape = ${quoteText(plan.quote)}, header = false, skip = ${plan.headerLine}, auto_detect = false, columns = {${plan.columns.map((c) => `'c${c.index}': 'VARCHAR'`).join(", ")}}, null_padding = true, strict_mode = true)`;
  // the line of each row: insertion order is the file's order
  const lines = `CREATE VIEW lined AS SELECT rowid + ${plan.headerLine + 1} AS line, * FROM raw`;
  const j = (field: string): string => ident(`j_${field}`);
  const joins = mapped.map(
    (c) =>
      `LEFT JOIN ${ident(`d_${c.field}`)} AS ${j(c.field)} ON ${j(c.field)}.raw IS NOT DISTINCT FROM l.c${c.index}`,
  );
  const problem = mapped.length > 0 ? `coalesce(${mapped.map((c) => `${j(c.field)}.code`).join(", ")})` : "NULL";
  const problemColumn =
    mapped.length > 0
      ? `CASE ${mapped.map((c) => `WHEN ${j(c.field)}.code IS NOT NULL THEN ${quoteText(c.header)}`).join(" ")} END`
      : "NULL";
  // each mapped cell becomes the integer of its clean value in the dictionary (0: empty), whatever its type
  const typedColumns = [
    "l.line",
    `hash(${raw.map((r) => `l.${r}`).join(", ")}) AS raw_key`,
    ...mapped.map((c) => `coalesce(${j(c.field)}.vid, 0) AS ${ident(c.field)}`),
    ...unmapped.map((c) => `l.c${c.index}`),
    `${problem} AS problem`,
    `${problemColumn} AS problem_column`,
  ];
  const typed = `CREATE TABLE typed AS SELECT ${typedColumns.join(", ")} FROM lined AS l ${joins.join(" ")}`;
  // missing identities: an e-mail or phone seen with one identifier only tells it (solidata's fillPersonIds)
  const id = ident(plan.identity);
  const owners = plan.fillFrom.map(
    (f) =>
      `${ident(`o_${f}`)} AS (SELECT ${ident(f)} AS v, min(${id}) AS owner, count(DISTINCT ${id}) AS n FROM typed WHERE problem IS NULL AND ${id} <> 0 AND ${ident(f)} <> 0 GROUP BY ${ident(f)})`,
  );
  const fillJoins = plan.fillFrom.map((f) => `LEFT JOIN ${ident(`o_${f}`)} ON ${ident(`o_${f}`)}.v = t.${ident(f)}`);
  const multi = plan.fillFrom.map((f) => `${ident(`o_${f}`)}.n > 1`);
  const owner = plan.fillFrom.map((f) => `${ident(`o_${f}`)}.owner`);
  const candidate =
    plan.fillFrom.length === 0
      ? "NULL"
      : `CASE ${multi.map((m) => `WHEN ${m} THEN NULL`).join(" ")} ${
          owner.length > 1
            ? `WHEN ${owner.map((o) => `${o} IS NOT NULL`).join(" AND ")} AND ${owner.map((o) => o).join(" <> ")} THEN NULL `
            : ""
        }ELSE coalesce(${owner.join(", ")}) END`;
  const filled = `CREATE VIEW filled AS ${owners.length > 0 ? `WITH ${owners.join(", ")} ` : ""}SELECT t.* REPLACE (CASE WHEN t.${id} = 0 THEN coalesce(${candidate}, 0) ELSE t.${id} END AS ${id}) FROM typed AS t ${fillJoins.join(" ")} WHERE t.problem IS NULL`;
  // duplicates: identical as read next to each other or in a repeated block, or equal after cleaning to the row just
  // before. One window over narrow rows: the previous row's line and a hash of the columns that must be equal; the
  // rows whose hash equals the previous row's are then compared column by column with it
  const isIdentity = (c: DuckDBColumnPlan): boolean => c.field === plan.identity;
  const strict = [
    ...mapped.filter((c) => c.optional !== true).map((c) => (isIdentity(c) ? id : ident(c.field))),
    ...unmapped.map((c) => `coalesce(c${c.index}, '')`),
  ];
  const strictKey = strict.length > 0 ? `hash(${strict.join(", ")})` : "0";
  // the fields given back ride along as the integers of their clean values, so the clean rows are read from here
  const outName = (field: string): string => ident(`out_${field}`);
  const carried = plan.output.map((o) => `${ident(o.field)} AS ${outName(o.field)}`);
  const windowed = `CREATE TABLE ordered AS SELECT *, row_number() OVER w AS pos, lag(line) OVER w AS prev_line, lag(identity) OVER w AS prev_identity, lag(raw_key) OVER w AS prev_key, lead(raw_key) OVER w AS next_key, lag(strict_key) OVER w AS prev_strict, min(line) OVER (PARTITION BY raw_key, identity = 0) AS first_line FROM (SELECT line, ${id} AS identity, raw_key, ${strictKey} AS strict_key${carried.map((c) => `, ${c}`).join("")} FROM filled) WINDOW w AS (ORDER BY line)`;
  const firsts = `CREATE TABLE firsts AS SELECT o.line AS first_line, o.prev_key AS before_first, o.next_key AS after_first, o.pos AS first_pos FROM ordered AS o WHERE o.line = o.first_line AND o.identity <> 0`;
  // the row (a) and the one before it (b), column by column; the identity as filled
  const cell = (c: DuckDBColumnPlan, side: "a" | "b"): string =>
    isIdentity(c)
      ? side === "a"
        ? "c.identity"
        : "c.prev_identity"
      : c.field === null
        ? `coalesce(${side}.c${c.index}, '')`
        : `${side}.${ident(c.field)}`;
  const empty = (c: DuckDBColumnPlan, side: "a" | "b"): string =>
    c.field === null ? `${cell(c, side)} = ''` : `${cell(c, side)} = 0`;
  const same = plan.columns.map((c) =>
    c.optional === true
      ? `(${cell(c, "a")} = ${cell(c, "b")} OR ${empty(c, "a")} OR ${empty(c, "b")})`
      : `${cell(c, "a")} = ${cell(c, "b")}`,
  );
  const missingOnly = plan.columns.filter((c) => c.optional === true).map((c) => `${cell(c, "a")} <> ${cell(c, "b")}`);
  const rule =
    missingOnly.length > 0
      ? `CASE WHEN ${missingOnly.join(" OR ")} THEN 'normalised_missing' ELSE 'normalised' END`
      : "'normalised'";
  const dedup = `CREATE TABLE merged AS WITH flagged AS (SELECT o.line, o.prev_line, o.identity, o.prev_identity, CASE WHEN o.identity = 0 THEN NULL WHEN o.line <> o.first_line AND (f.first_pos = o.pos - 1 OR o.prev_key = o.raw_key OR o.prev_key = f.before_first OR o.next_key = f.after_first) THEN 'identical' WHEN o.prev_identity <> 0 AND o.strict_key = o.prev_strict THEN 'candidate' END AS rule FROM ordered AS o LEFT JOIN firsts AS f ON f.first_line = o.first_line) SELECT line, rule FROM flagged WHERE rule = 'identical' UNION ALL SELECT c.line, ${rule} AS rule FROM flagged AS c JOIN typed AS a ON a.line = c.line JOIN typed AS b ON b.line = c.prev_line WHERE c.rule = 'candidate' AND ${same.join(" AND ")}`;
  // the clean rows in the file's order (the window leaves them in the order of its partitions; read in that order,
  // each row is written at a random place of every column)
  const select = `SELECT CAST(o.line AS INTEGER) AS line${plan.output.map((o) => `, o.${outName(o.field)} AS ${ident(o.field)}`).join("")} FROM ordered AS o WHERE NOT EXISTS (SELECT 1 FROM merged AS m WHERE m.line = o.line) ORDER BY o.pos`;
  return [read, lines, typed, filled, windowed, firsts, dedup, select];
}
