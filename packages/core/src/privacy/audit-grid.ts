/**
 * Exact audit of a two-way table with margins (internal to suppressSmallCells).
 *
 * A two-way table with row and column totals is a transportation network: rows supply their
 * totals, columns receive theirs, each cell is an edge. Every suppressed cell becomes an edge with
 * the bounds an attacker knows (1..k-1 for a primary cell, 0.. for any other), every published
 * cell an edge with fixed flow. The constraint matrix is totally unimodular, so the feasible values
 * of a cell form an integer interval and integer feasibility is circulation feasibility (max-flow).
 * A suppressed cell is exposed when neither its value minus one nor its value plus one is feasible.
 */

/**
 * Largest number of interior cells audited exactly (a few seconds at most); larger tables are
 * audited by propagation only.
 */
const GRID_LIMIT = 2_000;

/** Positions of a long-format two-way table: `cell[i][j]` is a table row index or -1. */
export interface Grid {
  rows: number;
  cols: number;
  /** interior cells, [row][col] */
  cell: number[][];
  /** row totals (index in the table, or -1 when the table has no total row for it) */
  rowTotal: number[];
  colTotal: number[];
  grandTotal: number;
}

/** Builds the grid of a two-dimension table, or `null` when the rows do not form one. */
export function buildGrid(first: unknown[], second: unknown[], isTotal: (v: unknown) => boolean): Grid | null {
  const rowIndex = new Map<string, number>();
  const colIndex = new Map<string, number>();
  const key = (v: unknown): string => (v instanceof Date ? `d${v.getTime()}` : `${typeof v}:${String(v)}`);
  const n = first.length;
  for (let t = 0; t < n; t += 1) {
    const a = first[t];
    const b = second[t];
    if (!isTotal(a) && !rowIndex.has(key(a))) rowIndex.set(key(a), rowIndex.size);
    if (!isTotal(b) && !colIndex.has(key(b))) colIndex.set(key(b), colIndex.size);
  }
  const rows = rowIndex.size;
  const cols = colIndex.size;
  if (rows === 0 || cols === 0 || rows * cols > GRID_LIMIT) return null;
  const grid: Grid = {
    rows,
    cols,
    cell: Array.from({ length: rows }, () => new Array<number>(cols).fill(-1)),
    rowTotal: new Array<number>(rows).fill(-1),
    colTotal: new Array<number>(cols).fill(-1),
    grandTotal: -1,
  };
  for (let t = 0; t < n; t += 1) {
    const a = first[t];
    const b = second[t];
    const i = isTotal(a) ? -1 : (rowIndex.get(key(a)) as number);
    const j = isTotal(b) ? -1 : (colIndex.get(key(b)) as number);
    if (i >= 0 && j >= 0) {
      const line = grid.cell[i] as number[];
      if ((line[j] as number) < 0) line[j] = t;
    } else if (i >= 0) {
      if ((grid.rowTotal[i] as number) < 0) grid.rowTotal[i] = t;
    } else if (j >= 0) {
      if ((grid.colTotal[j] as number) < 0) grid.colTotal[j] = t;
    } else if (grid.grandTotal < 0) grid.grandTotal = t;
  }
  return grid;
}

class Network {
  readonly head: number[];
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly next: number[] = [];
  constructor(readonly size: number) {
    this.head = new Array<number>(size).fill(-1);
  }
  add(u: number, v: number, c: number): void {
    this.to.push(v, u);
    this.cap.push(c, 0);
    this.next.push(this.head[u] as number, this.head[v] as number);
    this.head[u] = this.to.length - 2;
    this.head[v] = this.to.length - 1;
  }
  /** Dinic's maximum flow. */
  maxFlow(s: number, t: number): number {
    let flow = 0;
    for (;;) {
      const level = new Array<number>(this.size).fill(-1);
      level[s] = 0;
      const queue = [s];
      for (let q = 0; q < queue.length; q += 1) {
        const u = queue[q] as number;
        for (let e = this.head[u] as number; e >= 0; e = this.next[e] as number) {
          const v = this.to[e] as number;
          if ((this.cap[e] as number) > 0 && (level[v] as number) < 0) {
            level[v] = (level[u] as number) + 1;
            queue.push(v);
          }
        }
      }
      if ((level[t] as number) < 0) return flow;
      const it = [...this.head];
      const push = (u: number, limit: number): number => {
        if (u === t) return limit;
        for (; (it[u] as number) >= 0; it[u] = this.next[it[u] as number] as number) {
          const e = it[u] as number;
          const v = this.to[e] as number;
          const c = this.cap[e] as number;
          if (c > 0 && level[v] === (level[u] as number) + 1) {
            const got = push(v, Math.min(limit, c));
            if (got > 0) {
              this.cap[e] = c - got;
              this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + got;
              return got;
            }
          }
        }
        return 0;
      };
      for (let got = push(s, Number.POSITIVE_INFINITY); got > 0; got = push(s, Number.POSITIVE_INFINITY)) flow += got;
    }
  }
}

/**
 * Suppressed cells of the grid whose value an attacker can deduce exactly.
 *
 * @param value - published value of each table row (the true value, also for suppressed cells)
 * @param bounds - what an attacker knows of a suppressed table row: `[lo, hi]`
 */
export function auditGrid(
  grid: Grid,
  value: (t: number) => number,
  suppressed: (t: number) => boolean,
  bounds: (t: number) => [number, number],
): number[] {
  const { rows, cols } = grid;
  let big = 1;
  const interiorSum = (pick: (i: number, j: number) => boolean): number => {
    let sum = 0;
    for (let i = 0; i < rows; i += 1) {
      for (let j = 0; j < cols; j += 1) {
        const t = grid.cell[i]?.[j] as number;
        if (t >= 0 && pick(i, j)) sum += value(t);
      }
    }
    return sum;
  };
  const all = interiorSum(() => true);
  big += 2 * Math.max(all, grid.grandTotal >= 0 ? value(grid.grandTotal) : 0) + 1;
  const edgeBounds = (t: number, virtual: () => number, fixT: number, fixV: number): [number, number] => {
    if (t < 0) {
      const v = virtual();
      return [v, v];
    }
    if (t === fixT) return [fixV, fixV];
    if (!suppressed(t)) return [value(t), value(t)];
    const [lo, hi] = bounds(t);
    return [lo, Math.min(hi, big)];
  };
  // Distinct-person totals are not always sums (a person counted in two cells counts once in the
  // total). For such a line the attacker only knows: every cell <= total <= sum of the cells.
  const rowSum = Array.from({ length: rows }, (_, i) => interiorSum((a) => a === i));
  const colSum = Array.from({ length: cols }, (_, j) => interiorSum((_a, b) => b === j));
  const additive = (t: number, sum: number): boolean => t < 0 || value(t) === sum;
  const rowAdditive = rowSum.map((sum, i) => additive(grid.rowTotal[i] as number, sum));
  const colAdditive = colSum.map((sum, j) => additive(grid.colTotal[j] as number, sum));
  const grandAdditive = additive(grid.grandTotal, all);
  const marginBounds = (t: number, isAdditive: boolean, sum: number, fixT: number, fixV: number): [number, number] => {
    if (isAdditive) return edgeBounds(t, () => sum, fixT, fixV);
    return [suppressed(t) ? bounds(t)[0] : value(t), big];
  };
  const cap = (t: number, isAdditive: boolean): number => {
    if (isAdditive || t < 0) return big;
    return suppressed(t) ? Math.min(bounds(t)[1], big) : value(t);
  };
  const cellBounds = (i: number, j: number, fixT: number, fixV: number): [number, number] => {
    const t = grid.cell[i]?.[j] as number;
    const [lo, hi] = edgeBounds(t, () => 0, fixT, fixV);
    if (t === fixT) return [lo, hi];
    return [
      lo,
      Math.min(
        hi,
        cap(grid.rowTotal[i] as number, rowAdditive[i] as boolean),
        cap(grid.colTotal[j] as number, colAdditive[j] as boolean),
      ),
    ];
  };
  const feasible = (fixT: number, fixV: number): boolean => {
    const S = 0;
    const R = (i: number): number => 1 + i;
    const C = (j: number): number => 1 + rows + j;
    const T = 1 + rows + cols;
    const SS = T + 1;
    const TT = T + 2;
    const net = new Network(T + 3);
    const excess = new Array<number>(T + 1).fill(0);
    const edge = (u: number, v: number, [lo, hi]: [number, number]): boolean => {
      if (hi < lo) return false;
      if (hi > lo) net.add(u, v, hi - lo);
      excess[v] = (excess[v] as number) + lo;
      excess[u] = (excess[u] as number) - lo;
      return true;
    };
    let ok = true;
    for (let i = 0; i < rows; i += 1) {
      ok &&= edge(
        S,
        R(i),
        marginBounds(grid.rowTotal[i] as number, rowAdditive[i] as boolean, rowSum[i] as number, fixT, fixV),
      );
    }
    for (let j = 0; j < cols; j += 1) {
      ok &&= edge(
        C(j),
        T,
        marginBounds(grid.colTotal[j] as number, colAdditive[j] as boolean, colSum[j] as number, fixT, fixV),
      );
    }
    for (let i = 0; i < rows; i += 1) {
      for (let j = 0; j < cols; j += 1) {
        ok &&= edge(R(i), C(j), cellBounds(i, j, fixT, fixV));
      }
    }
    ok &&= edge(T, S, marginBounds(grid.grandTotal, grandAdditive, all, fixT, fixV));
    if (!ok) return false;
    let need = 0;
    excess.forEach((e, v) => {
      if (e > 0) {
        net.add(SS, v, e);
        need += e;
      } else if (e < 0) net.add(v, TT, -e);
    });
    return net.maxFlow(SS, TT) === need;
  };
  // margins that are not sums are left to the lone-cell rule: the flow cannot carry them
  const members: number[] = [];
  for (const line of grid.cell) for (const t of line) if (t >= 0) members.push(t);
  grid.rowTotal.forEach((t, i) => {
    if (t >= 0 && rowAdditive[i]) members.push(t);
  });
  grid.colTotal.forEach((t, j) => {
    if (t >= 0 && colAdditive[j]) members.push(t);
  });
  if (grid.grandTotal >= 0 && grandAdditive) members.push(grid.grandTotal);
  const pinned: number[] = [];
  for (const t of members) {
    if (!suppressed(t)) continue;
    const v = value(t);
    const [lo, hi] = bounds(t);
    const below = v - 1 >= lo && feasible(t, v - 1);
    if (below) continue;
    const above = v + 1 <= hi && feasible(t, v + 1);
    if (!above) pinned.push(t);
  }
  return pinned;
}
