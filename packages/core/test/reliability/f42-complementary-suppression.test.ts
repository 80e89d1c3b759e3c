// Catalogue entry 42: a table with row and column totals and exactly one small cell. Complementary
// suppression must leave the small cell unrecoverable from the published cells and margins: the
// test brute-forces every non-negative integer filling of the suppressed cells consistent with all
// that is published (primary cells in 1..k-1) and finds more than one value for the small cell.
// I3: the small cell's value is not published. (Random tables: privacy/attack-margins.test.ts.)
import { suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

const TOTAL = "Total";

function publishWithMargins(cells: number[][], k: number) {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const r: string[] = [];
  const c: string[] = [];
  const n: number[] = [];
  for (let i = 0; i <= rows; i += 1) {
    for (let j = 0; j <= cols; j += 1) {
      let sum = 0;
      for (let a = 0; a < rows; a += 1)
        for (let b = 0; b < cols; b += 1)
          if ((i === rows || i === a) && (j === cols || j === b)) sum += cells[a]?.[b] ?? 0;
      r.push(i === rows ? TOTAL : `r${i}`);
      c.push(j === cols ? TOTAL : `c${j}`);
      n.push(sum);
    }
  }
  const out = suppressSmallCells(table({ r, c, n }), { name: "t", counts: ["n"], dimensions: ["r", "c"], k });
  const value = Array.from(out.table.array("n") as ArrayLike<number | null>);
  const status = Array.from(out.table.array("n_status") as ArrayLike<string>);
  const at = (i: number, j: number) => i * (cols + 1) + j;
  return { rows, cols, value, status, at };
}

/** Every value the cell (0,0) can take in a filling consistent with everything published. */
function feasibleValues(p: ReturnType<typeof publishWithMargins>, k: number, bound: number): Set<number> {
  const hidden: [number, number][] = [];
  for (let i = 0; i <= p.rows; i += 1)
    for (let j = 0; j <= p.cols; j += 1) if (p.value[p.at(i, j)] === null) hidden.push([i, j]);
  const found = new Set<number>();
  const grid: number[][] = Array.from({ length: p.rows + 1 }, (_, i) =>
    Array.from({ length: p.cols + 1 }, (_, j) => p.value[p.at(i, j)] ?? -1),
  );
  const consistent = (): boolean => {
    for (let i = 0; i <= p.rows; i += 1) {
      let s = 0;
      for (let j = 0; j < p.cols; j += 1) s += grid[i]?.[j] ?? 0;
      if (s !== grid[i]?.[p.cols]) return false;
    }
    for (let j = 0; j <= p.cols; j += 1) {
      let s = 0;
      for (let i = 0; i < p.rows; i += 1) s += grid[i]?.[j] ?? 0;
      if (s !== grid[p.rows]?.[j]) return false;
    }
    return true;
  };
  // hidden cells in row order; a row's sum is checked as soon as its last hidden cell is set (pruning)
  const lastOfRow = new Map<number, number>();
  hidden.forEach(([i], h) => {
    lastOfRow.set(i, h);
  });
  const rowHolds = (i: number): boolean => {
    let s = 0;
    for (let j = 0; j < p.cols; j += 1) s += grid[i]?.[j] ?? 0;
    const total = grid[i]?.[p.cols] ?? -1;
    return total < 0 || s === total || lastOfRow.get(i) === undefined;
  };
  const fill = (h: number): void => {
    if (h === hidden.length) {
      if (consistent()) found.add(grid[0]?.[0] ?? -1);
      return;
    }
    const [i, j] = hidden[h] as [number, number];
    const primary = p.status[p.at(i, j)] === "primary";
    for (let v = primary ? 1 : 0; v <= (primary ? k - 1 : bound); v += 1) {
      (grid[i] as number[])[j] = v;
      if (j < p.cols && lastOfRow.get(i) === h && (grid[i]?.[p.cols] ?? -1) >= 0 && !rowHolds(i)) continue;
      fill(h + 1);
    }
  };
  fill(0);
  return found;
}

describe("42. one small cell in a table with margins", () => {
  it("cannot be recovered by solving the published cells and totals", () => {
    const k = 10;
    const cells = [
      [3, 22, 14],
      [18, 25, 30],
    ];
    const published = publishWithMargins(cells, k);
    expect(published.value[published.at(0, 0)]).toBeNull(); // I3
    expect(published.status[published.at(0, 0)]).toBe("primary");
    const values = feasibleValues(published, k, 60);
    expect(values.has(3)).toBe(true); // the truth is among them
    expect(values.size).toBeGreaterThan(1);
  });
});
