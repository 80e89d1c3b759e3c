import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

// Large inputs go through the engine's memory paths: columns allocated once from the expected
// size (and trimmed, or grown past it when the estimate is short), and the per-column cache of
// parsed values dropped when values do not repeat. Every cell must come out the same either way.

/** Deterministic pseudo-random integers (LCG), so the expected cells are built independently. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
}

interface Row {
  id: string;
  name: string;
  hours: number | null;
  day: Date;
}

function build(count: number, longFirst: number): { text: string; rows: Row[] } {
  const next = lcg(7);
  const lines = ["id;name;hours;day"];
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(i).padStart(7, "0"); // unique: the cache of this column is dropped
    const person = next() % 3000; // repeats: cached and shared
    // the first rows are longer than the rest: the estimate (about 78,000 rows, from the 10,000
    // rows of the sample) is large enough to allocate the columns but falls short of 90,000
    const name = i < longFirst ? `XXXXXXXXXX${person}` : `Nom ${person}`;
    const h = next() % 10;
    const hours = h === 0 ? null : h / 2;
    const d = 1 + (next() % 28);
    lines.push(`${id};${name};${hours === null ? "" : String(hours).replace(".", ",")};${d}/03/2024`);
    rows.push({ id, name, hours, day: new Date(Date.UTC(2024, 2, d)) });
  }
  return { text: `${lines.join("\n")}\n`, rows };
}

function check(text: string | Uint8Array, rows: Row[]): void {
  const { table, report } = fromCSV(text);
  expect(report.rows).toBe(rows.length);
  expect(table.numRows()).toBe(rows.length);
  const ids = table.array("id") as string[];
  const names = table.array("name") as string[];
  const hours = table.array("hours") as (number | null)[];
  const days = table.array("day") as Date[];
  const lines = table.array("_line") as number[];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (ids[i] !== r.id || names[i] !== r.name || hours[i] !== r.hours || days[i]?.getTime() !== r.day.getTime()) {
      expect({ i, id: ids[i], name: names[i], hours: hours[i], day: days[i] }).toEqual({ i, ...r });
    }
    if (lines[i] !== i + 2) expect({ i, line: lines[i] }).toEqual({ i, line: i + 2 });
  }
}

describe("ingest engine (large inputs)", () => {
  it("keeps every cell when the columns are allocated from the expected size (text input)", () => {
    const { text, rows } = build(90_000, 0);
    check(text, rows);
  });

  it("keeps every cell when the allocated columns overflow (bytes input, longer rows first)", () => {
    const { text, rows } = build(90_000, 10_000);
    check(new TextEncoder().encode(text), rows);
  });

  it("reports the columns' types and distinct counts the same way with and without the cache", () => {
    const { text } = build(80_000, 0);
    const { report } = fromCSV(text);
    const byName = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(byName.id).toMatchObject({ type: "identifier", distinctCapped: true, missing: 0 });
    expect(byName.name).toMatchObject({ type: "text", distinct: 3000, distinctCapped: false, missing: 0 });
    expect(byName.hours?.type).toBe("decimal");
    expect(byName.hours?.missing).toBeGreaterThan(0);
    expect(byName.day).toMatchObject({ type: "date", distinct: 28 });
  });

  it("keeps long unique texts exactly, quotes, backslashes and characters outside the BMP included", () => {
    const next = lcg(11);
    const notes: string[] = [];
    const lines = ["n;note"];
    for (let i = 0; i < 70_000; i++) {
      const note = `note ${i} "cité" \\ ${String.fromCodePoint(0x1f600 + (next() % 50))} n°${next() % 1000}`;
      notes.push(note);
      lines.push(`${i};"${note.replaceAll('"', '""')}"`);
    }
    const { table, report } = fromCSV(`${lines.join("\r\n")}\r\n`);
    expect(report.columns.find((c) => c.name === "note")?.type).toBe("text");
    const got = table.array("note") as string[];
    expect(got.length).toBe(notes.length);
    for (let i = 0; i < notes.length; i++)
      if (got[i] !== notes[i]) expect({ i, note: got[i] }).toEqual({ i, note: notes[i] });
  });
});
