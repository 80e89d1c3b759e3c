import { PrivacyError, suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("suppressSmallCells", () => {
  it("suppresses a count below k and the next smallest cell of its line", () => {
    const t = table({ site: ["A", "B", "C"], n: [3, 25, 40] });
    const out = suppressSmallCells(t, { name: "sites", counts: ["n"], dimensions: ["site"] });
    expect(out.table.objects()).toEqual([
      { site: "A", n: null, n_status: "primary" },
      { site: "B", n: null, n_status: "complementary" },
      { site: "C", n: 40, n_status: "ok" },
    ]);
    expect(out.suppressed).toEqual([
      { table: "sites", row: 0, column: "n", rule: "primary", k: 10 },
      { table: "sites", row: 1, column: "n", rule: "complementary", k: 10 },
    ]);
  });

  it("keeps zeros and counts of k or more, and uses k = 5 for the internal profile", () => {
    const t = table({ site: ["A", "B", "C", "D"], n: [0, 5, 9, 30] });
    const pub = suppressSmallCells(t, { name: "t", counts: ["n"] });
    expect(pub.table.array("n_status")).toEqual(["ok", "primary", "primary", "ok"]);
    const internal = suppressSmallCells(t, { name: "t", counts: ["n"], profile: "internal" });
    expect(Array.from(internal.table.array("n") as ArrayLike<unknown>)).toEqual([0, 5, 9, 30]);
  });

  it("refuses k below the floor of 5", () => {
    const t = table({ n: [1] });
    expect(() => suppressSmallCells(t, { name: "t", counts: ["n"], k: 3 })).toThrow(PrivacyError);
    expect(() => suppressSmallCells(t, { name: "t", counts: ["n"], k: 3 })).toThrow(
      /k must be an integer of at least 5/,
    );
  });

  it("refuses a column the table does not have", () => {
    const t = table({ n: [1] });
    expect(() => suppressSmallCells(t, { name: "t", counts: ["m"] })).toThrow(/no column m/);
  });

  it("protects a two-way table with margins so that no suppressed cell equals a difference of totals", () => {
    // long format: period x activity, with "Total" rows in both dimensions
    const periods = ["2024", "2025"];
    const activities = ["accueil", "collecte", "tri"];
    const interior: Record<string, number> = {
      "2024|accueil": 4,
      "2024|collecte": 30,
      "2024|tri": 22,
      "2025|accueil": 18,
      "2025|collecte": 27,
      "2025|tri": 35,
    };
    const rows: { period: string; activity: string; n: number }[] = [];
    for (const p of [...periods, "Total"]) {
      for (const a of [...activities, "Total"]) {
        let n = 0;
        for (const pp of periods)
          for (const aa of activities) {
            if ((p === "Total" || p === pp) && (a === "Total" || a === aa)) n += interior[`${pp}|${aa}`] ?? 0;
          }
        rows.push({ period: p, activity: a, n });
      }
    }
    const out = suppressSmallCells(
      table({
        period: rows.map((r) => r.period),
        activity: rows.map((r) => r.activity),
        n: rows.map((r) => r.n),
      }),
      { name: "activity", counts: ["n"], dimensions: ["period", "activity"] },
    );
    const status = out.table.array("n_status") as string[];
    // 2024|accueil is primary; its row and its column each need a second suppressed cell
    expect(status[0]).toBe("primary");
    const suppressedIn = (pred: (r: { period: string; activity: string }) => boolean): number =>
      rows.filter((r, i) => pred(r) && status[i] !== "ok").length;
    expect(suppressedIn((r) => r.period === "2024" && r.activity !== "Total")).toBeGreaterThanOrEqual(2);
    expect(suppressedIn((r) => r.activity === "accueil" && r.period !== "Total")).toBeGreaterThanOrEqual(2);
    // the grand total is published
    expect(out.table.get("n", rows.length - 1)).toBe(136);
  });

  it("suppresses a statistic whose base is below k and one that derives from a suppressed count", () => {
    const t = table({ site: ["A", "B", "C"], n: [4, 30, 50], mean_hours: [2.5, 3.1, 4.2], share: [0.05, 0.36, 0.59] });
    const out = suppressSmallCells(t, {
      name: "t",
      counts: ["n"],
      bases: { mean_hours: "n" },
      derived: { share: "n" },
    });
    expect(out.table.objects()).toEqual([
      {
        site: "A",
        n: null,
        n_status: "primary",
        mean_hours: null,
        mean_hours_status: "small-base",
        share: null,
        share_status: "primary",
      },
      {
        site: "B",
        n: null,
        n_status: "complementary",
        mean_hours: 3.1,
        mean_hours_status: "ok",
        share: null,
        share_status: "complementary",
      },
      { site: "C", n: 50, n_status: "ok", mean_hours: 4.2, mean_hours_status: "ok", share: 0.59, share_status: "ok" },
    ]);
  });

  it("suppresses a sum dominated by one person and removes the contribution column", () => {
    const t = table({ site: ["A", "B", "C", "D"], hours: [100, 80, 60, 300], max_hours: [90, 20, 10, 40] });
    const out = suppressSmallCells(t, { name: "t", sums: { hours: "max_hours" } });
    expect(out.table.columnNames()).toEqual(["site", "hours", "hours_status"]);
    // 90/100 > 0.85: dominance; then the smallest other sum hides it from the total
    expect(out.table.array("hours_status")).toEqual(["dominance", "ok", "complementary", "ok"]);
  });

  it("rounds published counts to base 5 when asked", () => {
    const t = table({ site: ["A", "B", "C"], n: [12, 23, 48] });
    const out = suppressSmallCells(t, { name: "t", counts: ["n"], roundTo: 5 });
    expect(Array.from(out.table.array("n") as ArrayLike<unknown>)).toEqual([10, 25, 50]);
  });

  it("adds a third cell when two small cells of a line could be solved from their bounds", () => {
    // 1 + 1 = 2 and both lie in 1..9: the pair alone would give both values away
    const t = table({ site: ["A", "B", "C", "D"], n: [1, 1, 40, 50] });
    const out = suppressSmallCells(t, { name: "t", counts: ["n"] });
    expect(out.table.array("n_status")).toEqual(["primary", "primary", "complementary", "ok"]);
  });
});

describe("suppressSmallCells on edge cases", () => {
  it("accepts an empty table and missing counts", () => {
    const empty = suppressSmallCells(table({ site: [] as string[], n: [] as number[] }), { name: "t", counts: ["n"] });
    expect(empty.table.numRows()).toBe(0);
    expect(empty.table.columnNames()).toEqual(["site", "n", "n_status"]);
    const missing = suppressSmallCells(table({ site: ["A", "B", "C"], n: [null, 40, 50] }), {
      name: "t",
      counts: ["n"],
    });
    expect(missing.table.array("n_status")).toEqual(["ok", "ok", "ok"]);
  });

  it("keeps the earlier rule when a table is protected twice", () => {
    const once = suppressSmallCells(table({ site: ["A", "B", "C"], n: [3, 25, 40] }), { name: "t", counts: ["n"] });
    const twice = suppressSmallCells(once.table, { name: "t", counts: ["n"] });
    expect(twice.table.objects()).toEqual(once.table.objects());
  });

  it("protects three-dimension tables line by line", () => {
    const sex = ["f", "m"];
    const age = ["young", "old"];
    const site = ["A", "B", "C"];
    const rows: { sex: string; age: string; site: string; n: number }[] = [];
    let x = 3;
    for (const s of sex)
      for (const a of age)
        for (const si of site) {
          x = (x * 7 + 5) % 41;
          rows.push({ sex: s, age: a, site: si, n: x });
        }
    const t = table({
      sex: rows.map((r) => r.sex),
      age: rows.map((r) => r.age),
      site: rows.map((r) => r.site),
      n: rows.map((r) => r.n),
    });
    const out = suppressSmallCells(t, { name: "t", counts: ["n"], dimensions: ["sex", "age", "site"] });
    const status = out.table.array("n_status") as string[];
    const small = rows.map((r, i) => (r.n > 0 && r.n < 10 ? i : -1)).filter((i) => i >= 0);
    expect(small.length).toBeGreaterThan(0);
    for (const i of small) expect(status[i]).toBe("primary");
    // every line (two dimensions fixed) holds zero or at least two suppressed cells
    const lines = new Map<string, number>();
    rows.forEach((r, i) => {
      if (status[i] === "ok") return;
      for (const key of [`s${r.age}|${r.site}`, `a${r.sex}|${r.site}`, `i${r.sex}|${r.age}`]) {
        lines.set(key, (lines.get(key) ?? 0) + 1);
      }
    });
    for (const count of lines.values()) expect(count).toBeGreaterThanOrEqual(2);
  });
});
