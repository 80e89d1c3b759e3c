import { DuckDBInstance } from "@duckdb/node-api";
import { ACTIVITY_MAP, BLANKS, type Peer } from "./spec.js";

const sqlText = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** DuckDB through @duckdb/node-api: the whole work in SQL. */
export const duckdbPeer: Peer = async (file) => {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const db = await instance.connect();
  const names = Array.from({ length: 14 }, (_, i) => `'c${i}'`).join(",");
  const map = [...ACTIVITY_MAP].map(([k, v]) => `(${sqlText(k)}, ${sqlText(v)})`).join(",");
  const blanks = BLANKS.map(sqlText).join(",");
  const re = `'^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$'`;
  await db.run(`CREATE TABLE raw AS SELECT * FROM read_csv(${sqlText(file)}, delim=';', quote='"', escape='"',
    skip=1, header=true, all_varchar=true, names=[${names}], null_padding=true)`);
  await db.run(`CREATE TABLE map AS SELECT * FROM (VALUES ${map}) t(k, v)`);
  await db.run(`CREATE TABLE clean AS
    WITH t AS (SELECT trim(coalesce(c0, '')) AS id, trim(coalesce(c10, '')) AS d, lower(trim(coalesce(c11, ''))) AS a,
                      trim(coalesce(c12, '')) AS h, lower(trim(coalesce(c13, ''))) AS s FROM raw)
    SELECT
      CASE WHEN id IN (${blanks}) THEN NULL WHEN regexp_full_match(id, '[0-9]+') THEN lpad(id, 6, '0') ELSE id END AS person_id,
      CASE WHEN regexp_full_match(d, '\\d{4}-\\d{2}-\\d{2}') THEN CAST(d AS DATE)
           ELSE make_date(
             CAST(CASE WHEN length(regexp_extract(d, ${re}, 3)) = 2 THEN '20' || regexp_extract(d, ${re}, 3)
                       ELSE regexp_extract(d, ${re}, 3) END AS INTEGER),
             CAST(regexp_extract(d, ${re}, 2) AS INTEGER),
             CAST(regexp_extract(d, ${re}, 1) AS INTEGER)) END AS activity_date,
      map.v AS activity,
      CAST(replace(h, ',', '.') AS DOUBLE) AS hours,
      s AS site
    FROM t LEFT JOIN map ON map.k = t.a`);
  const read = Number((await (await db.run("SELECT count(*) FROM raw")).getRows())[0]?.[0]);
  await db.run("CREATE TABLE dedup AS SELECT DISTINCT person_id, activity_date, activity, hours, site FROM clean");
  const kept = Number((await (await db.run("SELECT count(*) FROM dedup")).getRows())[0]?.[0]);
  const ma = await (
    await db.run(`SELECT strftime(activity_date, '%Y-%m') AS month, activity, count(*) AS rows, sum(hours) AS hours,
      count(DISTINCT person_id) AS volunteers FROM dedup GROUP BY ALL`)
  ).getRows();
  const bv = await (
    await db.run("SELECT person_id, count(*), sum(hours) FROM dedup WHERE person_id IS NOT NULL GROUP BY person_id")
  ).getRows();
  db.closeSync();
  return {
    rowsRead: read,
    rowsKept: kept,
    monthActivity: ma.map((r) => ({
      month: String(r[0]),
      activity: r[1] === null ? null : String(r[1]),
      rows: Number(r[2]),
      hours: Number(r[3]),
      volunteers: Number(r[4]),
    })),
    byVolunteer: bv.map((r) => ({ person_id: String(r[0]), rows: Number(r[1]), hours: Number(r[2]) })),
  };
};
