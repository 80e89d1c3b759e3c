import pl from "nodejs-polars";
import { ACTIVITY_MAP, BLANKS, type Peer, WIDTH } from "./spec.js";

const DATE_RE = "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$";

/** nodejs-polars: lazy scan with every cell as text, then expressions. */
export const polarsPeer: Peer = async (file) => {
  const names = Array.from({ length: WIDTH }, (_, i) => `c${i}`);
  const map = pl.DataFrame({ a: [...ACTIVITY_MAP.keys()], activity: [...ACTIVITY_MAP.values()] }).lazy();
  const id = pl.col("c0").fillNull("").str.strip();
  const d = pl.col("c10").fillNull("").str.strip();
  const year = d.str.extract(DATE_RE, 3);
  const year4 = pl
    .when(year.str.lengths().eq(2))
    .then(pl.concatString([pl.lit("20"), year], ""))
    .otherwise(year);
  const iso = pl
    .when(d.str.contains("^\\d{4}-\\d{2}-\\d{2}$"))
    .then(d)
    .otherwise(
      pl.concatString(
        [year4, d.str.extract(DATE_RE, 2).str.padStart(2, "0"), d.str.extract(DATE_RE, 1).str.padStart(2, "0")],
        "-",
      ),
    );
  const clean = pl
    .scanCSV(file, { sep: ";", skipRows: 2, hasHeader: false, inferSchemaLength: 0, quoteChar: '"' })
    .rename(Object.fromEntries(names.map((n, i) => [`column_${i + 1}`, n])))
    .select(
      pl
        .when(id.isIn(BLANKS))
        .then(pl.lit(null))
        .when(id.str.contains("^[0-9]+$"))
        .then(id.str.padStart(6, "0"))
        .otherwise(id)
        .alias("person_id"),
      iso.str.strptime(pl.Date, "%Y-%m-%d").alias("activity_date"),
      iso.str.slice(0, 7).alias("month"),
      pl.col("c11").fillNull("").str.strip().str.toLowerCase().alias("a"),
      pl.col("c12").fillNull("").str.strip().str.replace(",", ".", true).cast(pl.Float64).alias("hours"),
      pl.col("c13").fillNull("").str.strip().str.toLowerCase().alias("site"),
    )
    .join(map, { on: "a", how: "left" })
    .select("person_id", "activity_date", "activity", "hours", "site", "month");
  return collect(clean);
};

async function collect(clean: pl.LazyDataFrame) {
  const all = await clean.collect();
  const rowsRead = all.height;
  const dedup = all.unique({ maintainOrder: false });
  const ma = dedup
    .groupBy(["month", "activity"])
    .agg(
      pl.len().alias("rows"),
      pl.col("hours").sum().alias("hours"),
      pl.col("person_id").dropNulls().nUnique().alias("volunteers"),
    );
  const bv = dedup
    .filter(pl.col("person_id").isNotNull())
    .groupBy("person_id")
    .agg(pl.len().alias("rows"), pl.col("hours").sum().alias("hours"));
  return {
    rowsRead,
    rowsKept: dedup.height,
    monthActivity: ma.toRecords() as never,
    byVolunteer: bv.toRecords() as never,
  };
}
