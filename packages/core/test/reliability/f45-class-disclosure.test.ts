// Catalogue entry 45: class disclosure. All 12 people at site Y are "undocumented", 0 % "employed":
// no cell is below k, yet the table says something about every one of them. Expected: l-diversity
// below 2 is flagged and, by the default policy, the group's cells are suppressed (the one public
// label), then complementary suppression; with the policy "flag" they are only listed. The truth is
// a brute force: every table of non-negative counts agreeing with the published cells and margins
// is enumerated, and the status of the people of site Y must stay undetermined.
// I3: no cell below k is published either.
import { demographics, publicTable, suppressSmallCells } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const SITES = ["X", "Y", "Z"];
const STATUSES = ["undocumented", "employed", "other"];
/** people by site (rows) and status (columns); site Y: 12 people, all undocumented */
const COUNTS = [
  [15, 20, 10],
  [12, 0, 0],
  [14, 16, 10],
];

function crossTable() {
  const site: string[] = [];
  const status: string[] = [];
  const n: number[] = [];
  const add = (a: string, b: string, v: number): void => {
    site.push(a);
    status.push(b);
    n.push(v);
  };
  COUNTS.forEach((row, i) => {
    row.forEach((v, j) => {
      add(SITES[i] as string, STATUSES[j] as string, v);
    });
    add(
      SITES[i] as string,
      "Total",
      row.reduce((a, b) => a + b, 0),
    );
  });
  STATUSES.forEach((s, j) => {
    add(
      "Total",
      s,
      COUNTS.reduce((a, row) => a + (row[j] as number), 0),
    );
  });
  add(
    "Total",
    "Total",
    COUNTS.flat().reduce((a, b) => a + b, 0),
  );
  return aq.table({ site, status, n });
}

/** Every table of counts ≥ 0 matching the published cells and the row and column totals. */
function solutions(rows: { site: string; status: string; n: number | null }[]): number[][][] {
  const cell = (s: string, t: string) => rows.find((r) => r.site === s && r.status === t)?.n ?? null;
  const unknown: [number, number][] = [];
  const grid = SITES.map((s, i) =>
    STATUSES.map((t, j) => {
      const v = cell(s, t);
      if (v === null) unknown.push([i, j]);
      return v ?? 0;
    }),
  );
  const rowTotal = SITES.map((s) => cell(s, "Total") as number);
  const colTotal = STATUSES.map((t) => cell("Total", t) as number);
  const found: number[][][] = [];
  const fits = (complete: boolean) =>
    grid.every((row, i) =>
      complete
        ? row.reduce((a, b) => a + b, 0) === rowTotal[i]
        : row.reduce((a, b) => a + b, 0) <= (rowTotal[i] as number),
    ) &&
    colTotal.every((total, j) => {
      const sum = grid.reduce((a, row) => a + (row[j] as number), 0);
      return complete ? sum === total : sum <= total;
    });
  const walk = (u: number) => {
    if (!fits(u === unknown.length)) return;
    if (u === unknown.length) {
      found.push(grid.map((row) => row.slice()));
      return;
    }
    const [i, j] = unknown[u] as [number, number];
    const row = grid[i] as number[];
    if (!unknown.slice(u + 1).some(([r]) => r === i)) {
      // the last unknown of its row is what the row total leaves
      const v = (rowTotal[i] as number) - row.reduce((a, b, c) => a + (c === j ? 0 : b), 0);
      if (v >= 0) {
        row[j] = v;
        walk(u + 1);
      }
      row[j] = 0;
      return;
    }
    for (let v = 0; v <= Math.min(rowTotal[i] as number, colTotal[j] as number); v++) {
      (grid[i] as number[])[j] = v;
      walk(u + 1);
    }
    (grid[i] as number[])[j] = 0;
  };
  walk(0);
  return found;
}

describe("45. class disclosure", () => {
  it("flags site Y and suppresses its cells; the published table leaves its people's status undetermined", () => {
    const out = suppressSmallCells(crossTable(), {
      name: "status_by_site",
      counts: ["n"],
      dimensions: ["site", "status"],
      diversity: { attribute: "status" },
    });
    expect(out.diversity).toEqual([
      {
        table: "status_by_site",
        group: { site: "Y" },
        attribute: "status",
        column: "n",
        distinct: 1,
        l: 2,
        suppressed: true,
      },
    ]);
    const rows = out.table.objects() as { site: string; status: string; n: number | null; n_status: string }[];
    for (const status of STATUSES) {
      expect(rows.find((r) => r.site === "Y" && r.status === status)?.n_status).toBe("l-diversity");
    }
    // the public table shows one label, whatever the rule
    const shown = publicTable(out.table).objects() as { site: string; n_status: string }[];
    expect(new Set(shown.filter((r) => r.site === "Y" && r.n_status !== "ok").map((r) => r.n_status))).toEqual(
      new Set(["suppressed"]),
    );
    // brute force: the true table is one solution, and site Y's status is not pinned
    const all = solutions(rows);
    expect(all.some((g) => JSON.stringify(g) === JSON.stringify(COUNTS))).toBe(true);
    const yUndocumented = new Set(all.map((g) => g[1]?.[0]));
    expect(yUndocumented.size).toBeGreaterThan(1);
    expect(all.some((g) => (g[1]?.[1] as number) > 0)).toBe(true); // "0 % employed" is not certain
    // I3: no published cell below k (10)
    for (const r of rows) if (r.n !== null) expect(r.n === 0 || r.n >= 10).toBe(true);
  });

  it("without the option the group is published as is (the control), and the policy flag only lists it", () => {
    const plain = suppressSmallCells(crossTable(), { name: "t", counts: ["n"], dimensions: ["site", "status"] });
    const y = (plain.table.objects() as { site: string; status: string; n: number | null }[]).find(
      (r) => r.site === "Y" && r.status === "undocumented",
    );
    expect(y?.n).toBe(12);
    expect(plain.diversity).toEqual([]);
    const flagged = suppressSmallCells(crossTable(), {
      name: "t",
      counts: ["n"],
      dimensions: ["site", "status"],
      diversity: { attribute: "status", policy: "flag" },
    });
    expect(flagged.diversity.map((d) => [d.group, d.suppressed])).toEqual([[{ site: "Y" }, false]]);
    expect(
      (flagged.table.objects() as { site: string; status: string; n: number | null }[]).find(
        (r) => r.site === "Y" && r.status === "undocumented",
      )?.n,
    ).toBe(12);
  });

  it("demographics by site: a site whose people are all women has its gender cells suppressed", () => {
    const person: string[] = [];
    const site: string[] = [];
    const gender: string[] = [];
    for (let i = 0; i < 40; i++) {
      person.push(`P${i}`);
      site.push(i < 12 ? "Y" : "X");
      gender.push(i < 12 ? "female" : i % 2 === 0 ? "female" : "male");
    }
    const register = aq.table({ person_id: person, site, gender });
    const result = demographics(register, { by: "site" });
    const rows = result.tables.gender.objects() as {
      site: string;
      gender: string;
      people: number | null;
      people_status: string;
    }[];
    const y = rows.find((r) => r.site === "Y" && r.gender === "female");
    expect(y?.people).toBeNull();
    expect(y?.people_status).toBe("l-diversity");
    expect(result.tables.gender.columnNames()).toContain("people_status");
    // site X (14 women, 14 men) is diverse: its cells are at most complementary
    expect(rows.filter((r) => r.site === "X").map((r) => r.people_status)).not.toContain("l-diversity");
  });
});
