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
 * dictionary (`d_<field>`: raw text → clean value and problem code, filled by solidata's own
 * cleaning of the column's distinct values), the rows with a problem set aside, missing
 * identities told by an e-mail or phone, duplicates dropped by solidata's rules, and the clean
 * rows of the fields the indicators read.
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
  const raw = plan.columns.map((c) => `c${c.index}`);
  const read = `CREATE TABLE raw AS SELECT * FROM read_csv(${quoteText(plan.file)}, delim = ${quoteText(plan.delimiter)}, quote = ${quoteText(plan.quote)}, escape = ${quoteText(plan.quote)}, header = false, skip = ${plan.headerLine}, auto_detect = false, columns = {${plan.columns.map((c) => `'c${c.index}': 'VARCHAR'`).join(", ")}}, null_padding = true, strict_mode = true)`;
  // the line of each row: insertion order is the file's order
  const lines = `CREATE VIEW lined AS SELECT rowid + ${plan.headerLine + 1} AS line, * FROM raw`;
  const joins = mapped.map(
    (c) =>
      `LEFT JOIN ${ident(`d_${c.field}`)} AS ${ident(`j_${c.field}`)} ON ${ident(`j_${c.field}`)}.raw IS NOT DISTINCT FROM l.c${c.index}`,
  );
  const problem =
    mapped.length > 0 ? `coalesce(${mapped.map((c) => `${ident(`j_${c.field}`)}.code`).join(", ")})` : "NULL";
  const problemColumn =
    mapped.length > 0
      ? `CASE ${mapped.map((c) => `WHEN ${ident(`j_${c.field}`)}.code IS NOT NULL THEN ${quoteText(c.header)}`).join(" ")} END`
      : "NULL";
  const typedColumns = [
    "l.line",
    `hash(${raw.map((r) => `l.${r}`).join(", ")}) AS raw_key`,
    ...mapped.map((c) => `${ident(`j_${c.field}`)}.val AS ${ident(c.field)}`),
    ...mapped.map((c) => `${ident(`j_${c.field}`)}.num AS ${ident(`num_${c.field}`)}`),
    ...plan.columns.filter((c) => c.field === null).map((c) => `l.c${c.index}`),
    `${problem} AS problem`,
    `${problemColumn} AS problem_column`,
    ...mapped.map(
      (c) => `CASE WHEN ${ident(`j_${c.field}`)}.code IS NOT NULL THEN l.c${c.index} END AS ${ident(`bad_${c.field}`)}`,
    ),
  ];
  const typed = `CREATE TABLE typed AS SELECT ${typedColumns.join(", ")} FROM lined AS l ${joins.join(" ")}`;
  // missing identities: an e-mail or phone seen with one identifier only tells it (solidata's fillPersonIds)
  const id = ident(plan.identity);
  const owners = plan.fillFrom.map(
    (f) =>
      `${ident(`o_${f}`)} AS (SELECT ${ident(f)} AS v, min(${id}) AS owner, count(DISTINCT ${id}) AS n FROM typed WHERE problem IS NULL AND ${id} <> '' AND ${ident(f)} <> '' GROUP BY ${ident(f)})`,
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
  const filled = `CREATE VIEW filled AS ${owners.length > 0 ? `WITH ${owners.join(", ")} ` : ""}SELECT t.* REPLACE (CASE WHEN t.${id} IS NULL OR t.${id} = '' THEN ${candidate} ELSE t.${id} END AS ${id}), (t.${id} IS NULL OR t.${id} = '') AND ${candidate} IS NOT NULL AS was_filled FROM typed AS t ${fillJoins.join(" ")} WHERE t.problem IS NULL`;
  // duplicates: identical as read next to each other or in a repeated block, or equal after cleaning to the row just before
  const compared = [
    ...mapped.map((c) => ({ col: ident(c.field), optional: c.optional === true })),
    ...plan.columns.filter((c) => c.field === null).map((c) => ({ col: `c${c.index}`, optional: false })),
  ];
  const same = compared.map(({ col, optional }) => {
    const eq = `(${col} IS NOT DISTINCT FROM prev_${col.replace(/"/g, "")} OR (coalesce(${col}, '') = '' AND coalesce(prev_${col.replace(/"/g, "")}, '') = ''))`;
    return optional ? `(${eq} OR coalesce(${col}, '') = '' OR coalesce(prev_${col.replace(/"/g, "")}, '') = '')` : eq;
  });
  const missingOnly = compared
    .filter((c) => c.optional)
    .map(
      ({ col }) =>
        `(${col} IS DISTINCT FROM prev_${col.replace(/"/g, "")} AND NOT (coalesce(${col}, '') = '' AND coalesce(prev_${col.replace(/"/g, "")}, '') = ''))`,
    );
  const windowed = `CREATE TABLE ordered AS SELECT *, row_number() OVER (ORDER BY line) AS pos, ${compared.map(({ col }) => `lag(${col}) OVER (ORDER BY line) AS prev_${col.replace(/"/g, "")}`).join(", ")}, lag(${id}) OVER (ORDER BY line) AS prev_identity, lag(raw_key) OVER (ORDER BY line) AS prev_key, lead(raw_key) OVER (ORDER BY line) AS next_key, min(line) OVER (PARTITION BY raw_key, (${id} IS NULL OR ${id} = '')) AS first_line FROM filled`;
  const firsts = `CREATE TABLE firsts AS SELECT o.line AS first_line, o.prev_key AS before_first, o.next_key AS after_first, o.pos AS first_pos FROM ordered AS o WHERE o.line = o.first_line AND coalesce(o.${id}, '') <> ''`;
  const dedup = `CREATE TABLE deduped AS SELECT o.*, CASE WHEN coalesce(o.${id}, '') = '' THEN NULL WHEN o.line <> o.first_line AND (f.first_pos = o.pos - 1 OR o.prev_key = o.raw_key OR o.prev_key = f.before_first OR o.next_key = f.after_first) THEN 'identical' WHEN coalesce(o.prev_identity, '') <> '' AND o.pos > 1 AND ${same.join(" AND ")} THEN ${missingOnly.length > 0 ? `CASE WHEN ${missingOnly.join(" OR ")} THEN 'normalised_missing' ELSE 'normalised' END` : "'normalised'"} END AS merged FROM ordered AS o LEFT JOIN firsts AS f ON f.first_line = o.first_line`;
  const out = plan.output
    .map((o) =>
      o.type === "text"
        ? ident(o.field)
        : o.type === "day"
          ? `CAST(${ident(`num_${o.field}`)} AS INTEGER) AS ${ident(o.field)}`
          : `${ident(`num_${o.field}`)} AS ${ident(o.field)}`,
    )
    .join(", ");
  const select = `SELECT line, ${out} FROM deduped WHERE merged IS NULL ORDER BY line`;
  return [read, lines, typed, filled, windowed, firsts, dedup, select];
}
