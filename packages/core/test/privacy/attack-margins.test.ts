/**
 * Attack: try to recover suppressed cells of a published two-way table from its margins.
 *
 * The attacker sees every published cell, every total that was published, and the status of each
 * suppressed cell: a `primary` cell lies in 1..k-1, any other suppressed cell is >= 0. For each
 * suppressed cell we try every value in turn and ask an exact feasibility oracle whether some
 * non-negative integer filling of all suppressed cells is consistent with everything published.
 * A two-way table with margins is a transportation network, so integer feasibility is exactly
 * the feasibility of a circulation with bounds (max-flow). The cell is recovered when a single
 * value is feasible: that must never happen.
 */
import { suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const TOTAL = "Total";

interface Published {
  rows: number;
  cols: number;
  /** value or null when suppressed, indexed [row][col]; row index `rows` and col index `cols` are the margins */
  value: (number | null)[][];
  status: string[][];
}

function publish(cells: number[][], k: number): Published {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const full: number[][] = [];
  for (let i = 0; i <= rows; i += 1) {
    const line: number[] = [];
    for (let j = 0; j <= cols; j += 1) {
      let sum = 0;
      for (let a = 0; a < rows; a += 1) {
        for (let b = 0; b < cols; b += 1) {
          if ((i === rows || i === a) && (j === cols || j === b)) sum += cells[a]?.[b] ?? 0;
        }
      }
      line.push(sum);
    }
    full.push(line);
  }
  const r: string[] = [];
  const c: string[] = [];
  const n: number[] = [];
  full.forEach((line, i) => {
    line.forEach((v, j) => {
      r.push(i === rows ? TOTAL : `r${i}`);
      c.push(j === cols ? TOTAL : `c${j}`);
      n.push(v);
    });
  });
  const out = suppressSmallCells(table({ r, c, n }), { name: "t", counts: ["n"], dimensions: ["r", "c"], k });
  const values = out.table.array("n") as ArrayLike<number | null>;
  const statuses = out.table.array("n_status") as ArrayLike<string>;
  const value: (number | null)[][] = [];
  const status: string[][] = [];
  for (let i = 0; i <= rows; i += 1) {
    value.push([]);
    status.push([]);
    for (let j = 0; j <= cols; j += 1) {
      value[i]?.push(values[i * (cols + 1) + j] ?? null);
      status[i]?.push(statuses[i * (cols + 1) + j] ?? "ok");
    }
  }
  return { rows, cols, value, status };
}

/** Max flow (Edmonds-Karp) on a dense capacity matrix. */
function maxFlow(cap: number[][], s: number, t: number): number {
  const n = cap.length;
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(n).fill(-1);
    parent[s] = s;
    const queue = [s];
    while (queue.length > 0 && parent[t] === -1) {
      const u = queue.shift() as number;
      for (let v = 0; v < n; v += 1) {
        if (parent[v] === -1 && (cap[u]?.[v] ?? 0) > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[t] === -1) return flow;
    let push = Number.POSITIVE_INFINITY;
    for (let v = t; v !== s; v = parent[v] as number) push = Math.min(push, cap[parent[v] as number]?.[v] ?? 0);
    for (let v = t; v !== s; v = parent[v] as number) {
      const u = parent[v] as number;
      (cap[u] as number[])[v] = (cap[u]?.[v] ?? 0) - push;
      (cap[v] as number[])[u] = (cap[v]?.[u] ?? 0) + push;
    }
    flow += push;
  }
}

/**
 * Whether some integer filling is consistent with the publication, with cell (fi, fj) fixed to `fixed`.
 * Network: S -> row i (row total), row i -> col j (cell), col j -> T (column total), T -> S (grand total).
 */
function feasible(p: Published, k: number, cap: number, fi: number, fj: number, fixed: number): boolean {
  const { rows, cols } = p;
  const S = 0;
  const R = (i: number): number => 1 + i;
  const C = (j: number): number => 1 + rows + j;
  const T = 1 + rows + cols;
  const SS = T + 1;
  const TT = T + 2;
  const n = T + 3;
  const capm = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const excess = new Array<number>(n).fill(0);
  const bounds = (i: number, j: number): [number, number] => {
    if (i === fi && j === fj) return [fixed, fixed];
    const v = p.value[i]?.[j];
    if (v !== null && v !== undefined) return [v, v];
    return p.status[i]?.[j] === "primary" ? [1, k - 1] : [0, cap];
  };
  const edge = (u: number, v: number, [lo, hi]: [number, number]): void => {
    (capm[u] as number[])[v] = (capm[u]?.[v] ?? 0) + hi - lo;
    excess[v] = (excess[v] ?? 0) + lo;
    excess[u] = (excess[u] ?? 0) - lo;
  };
  for (let i = 0; i < rows; i += 1) edge(S, R(i), bounds(i, cols));
  for (let j = 0; j < cols; j += 1) edge(C(j), T, bounds(rows, j));
  for (let i = 0; i < rows; i += 1) for (let j = 0; j < cols; j += 1) edge(R(i), C(j), bounds(i, j));
  edge(T, S, bounds(rows, cols));
  let need = 0;
  for (let v = 0; v < T + 1; v += 1) {
    const e = excess[v] ?? 0;
    if (e > 0) {
      (capm[SS] as number[])[v] = e;
      need += e;
    } else if (e < 0) (capm[v] as number[])[TT] = -e;
  }
  return maxFlow(capm, SS, TT) === need;
}

/** The feasible values of a suppressed cell, stopping after the second one found. */
function feasibleValues(p: Published, k: number, cap: number, i: number, j: number): number[] {
  const found: number[] = [];
  const [lo, hi] = p.status[i]?.[j] === "primary" ? [1, k - 1] : [0, cap];
  for (let v = lo; v <= hi && found.length < 2; v += 1) if (feasible(p, k, cap, i, j, v)) found.push(v);
  return found;
}

const smallOrLarge = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }) },
  { weight: 3, arbitrary: fc.integer({ min: 10, max: 40 }) },
);

function attack(cells: number[][], k: number): { cell: string; values: number[] }[] {
  const p = publish(cells, k);
  const grand = cells.flat().reduce((a, b) => a + b, 0);
  const recovered: { cell: string; values: number[] }[] = [];
  for (let i = 0; i <= p.rows; i += 1) {
    for (let j = 0; j <= p.cols; j += 1) {
      if (p.status[i]?.[j] === "ok") continue;
      const values = feasibleValues(p, k, grand + k, i, j);
      if (values.length < 2) recovered.push({ cell: `${i},${j}`, values });
    }
  }
  return recovered;
}

describe("attack: recovering suppressed cells from published margins", () => {
  it("the oracle recovers a lone suppressed cell when protection is skipped (sanity check)", () => {
    // one small cell suppressed and nothing else: the row total gives it back
    const p: Published = {
      rows: 2,
      cols: 2,
      value: [
        [null, 20, 23],
        [15, 30, 45],
        [18, 50, 68],
      ],
      status: [
        ["primary", "ok", "ok"],
        ["ok", "ok", "ok"],
        ["ok", "ok", "ok"],
      ],
    };
    expect(feasibleValues(p, 10, 100, 0, 0)).toEqual([3]);
  });

  it("a hand-made 4x5 table with several small cells keeps every suppressed cell ambiguous", () => {
    const cells = [
      [3, 25, 14, 0, 31],
      [12, 2, 40, 18, 22],
      [27, 33, 1, 15, 9],
      [19, 21, 30, 28, 16],
    ];
    const p = publish(cells, 10);
    expect(p.status.flat().filter((s) => s === "primary").length).toBe(4);
    expect(attack(cells, 10)).toEqual([]);
  });

  it("random tables up to 4x5 with margins: no suppressed cell has a single feasible value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((rows) =>
          fc.integer({ min: 2, max: 5 }).chain((cols) =>
            fc.array(fc.array(smallOrLarge, { minLength: cols, maxLength: cols }), {
              minLength: rows,
              maxLength: rows,
            }),
          ),
        ),
        fc.constantFrom(5, 10),
        (cells, k) => {
          expect(attack(cells, k)).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 20261122 },
    );
  });
});

describe("attack: one-way tables, by literal enumeration", () => {
  it("no suppressed cell of a list of counts has a single value given the (known) total", () => {
    fc.assert(
      fc.property(fc.array(smallOrLarge, { minLength: 1, maxLength: 7 }), fc.constantFrom(5, 10), (counts, k) => {
        const out = suppressSmallCells(table({ site: counts.map((_, i) => `s${i}`), n: counts }), {
          name: "t",
          counts: ["n"],
          dimensions: ["site"],
          k,
        });
        const status = out.table.array("n_status") as ArrayLike<string>;
        const total = counts.reduce((a, b) => a + b, 0);
        const hidden = counts.map((_, i) => i).filter((i) => status[i] !== "ok");
        if (hidden.length === 0) return;
        const rest = total - counts.reduce((a, v, i) => (status[i] === "ok" ? a + v : a), 0);
        const seen = hidden.map(() => new Set<number>());
        const current: number[] = [];
        const walk = (n: number, left: number): void => {
          if (n === hidden.length) {
            if (left === 0) {
              current.forEach((v, u) => {
                seen[u]?.add(v);
              });
            }
            return;
          }
          const primary = status[hidden[n] as number] === "primary";
          for (let v = primary ? 1 : 0; v <= (primary ? Math.min(k - 1, left) : left); v += 1) {
            current[n] = v;
            walk(n + 1, left - v);
          }
        };
        walk(0, rest);
        // with a single line, the only way to hide is to suppress nothing when only one cell exists
        if (counts.length === 1) return;
        for (const s of seen) expect(s.size).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
