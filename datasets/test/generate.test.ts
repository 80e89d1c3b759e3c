import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { ACTIVITIES, SERVICES } from "../src/labels.js";
import { MESS_PRESETS, type MessOptions } from "../src/mess.js";
import { type GenerateOptions, KINDS } from "../src/options.js";
import { fold, readExport, readTruth, undoDate, undoLabel, undoNumber } from "./undo-mess.js";

const root = mkdtempSync(join(tmpdir(), "solidata-gen-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folder = 0;
const run = (overrides: Partial<GenerateOptions>) =>
  generate({
    kind: "volunteers",
    rows: 3000,
    seed: 7,
    out: join(root, `run${folder++}`),
    mess: MESS_PRESETS.heavy,
    lang: "fr",
    truth: true,
    ...overrides,
  });

describe("generate: determinism", () => {
  for (const kind of KINDS) {
    it(`${kind}: the same seed writes the same bytes, another seed other bytes`, async () => {
      const a = await run({ kind, rows: 800 });
      const b = await run({ kind, rows: 800 });
      const c = await run({ kind, rows: 800, seed: 8 });
      expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
      expect(readFileSync(a.truthFiles[0]!).equals(readFileSync(b.truthFiles[0]!))).toBe(true);
      expect(readFileSync(a.file).equals(readFileSync(c.file))).toBe(false);
    });
  }

  it("writes exactly the rows asked, after the title line and the header", async () => {
    for (const kind of KINDS) {
      const result = await run({ kind, rows: 500 });
      const lines = readExport(result.file, ";");
      expect(lines[0]![0]).toMatch(/^Extraction/);
      expect(lines.filter((l) => l.length > 1 || l[0] !== "").length - 2).toBe(500);
      expect(result.summary.rows).toBe(500);
    }
  });
});

describe("generate: the ground truth matches the data", () => {
  it("volunteers: every row, messes undone, gives the truth; the summary adds up", async () => {
    const result = await run({ rows: 4000 });
    const lines = readExport(result.file, ";");
    const truth = readTruth(result.truthFiles[0]!);
    expect(truth).toHaveLength(4000);
    const people = new Map(readTruth(result.truthFiles[1]!).map((p) => [p.person_id!, p]));
    const hoursByMonth = new Map<string, number>();
    let variants = 0;
    let ragged = 0;
    for (const t of truth) {
      const cells = lines[Number(t.line) - 1]!;
      if (t.ragged === "short") expect(cells).toHaveLength(13);
      else if (t.ragged === "long") expect(cells.length).toBeGreaterThan(14);
      else expect(cells).toHaveLength(14);
      if (t.ragged) ragged++;
      const id = cells[0]!.trim();
      if (/^\d+$/.test(id)) expect(id.padStart(6, "0")).toBe(t.person_id);
      else expect(["", "N/A", "-", "?", "NA"]).toContain(id);
      expect(undoDate(cells[10]!)).toBe(t.activity_date);
      expect(undoLabel(cells[11]!, ACTIVITIES, false)).toBe(t.activity);
      expect(undoNumber(cells[12]!)).toBe(Number(t.hours));
      if (t.ragged !== "short") expect(fold(cells[13]!)).toBe(fold(t.site!));
      const person = people.get(t.person_id!)!;
      expect(cells[5]!.padStart(5, "0")).toBe(person.postcode);
      expect(fold(cells[6]!)).toBe(fold(person.commune!));
      if (t.person_variant === "swapped_names") expect(fold(cells[1]!)).toBe(fold(person.last_name!));
      else if (t.person_variant !== "typo") expect(fold(cells[2]!)).toBe(fold(person.last_name!));
      if (t.person_variant) variants++;
      if (t.duplicate_of === "") {
        const month = t.activity_date!.slice(0, 7);
        hoursByMonth.set(month, (hoursByMonth.get(month) ?? 0) + Number(t.hours));
      } else {
        const original = truth.find((o) => o.line === t.duplicate_of)!;
        expect([original.person_id, original.activity_date, original.activity, original.hours]).toEqual([
          t.person_id,
          t.activity_date,
          t.activity,
          t.hours,
        ]);
      }
    }
    expect(variants).toBeGreaterThan(100);
    expect(ragged).toBeGreaterThan(20);
    expect(result.summary.hours_by_month).toEqual(Object.fromEntries([...hoursByMonth].sort()));
    expect(result.summary.distinct_volunteers).toBe(new Set(truth.map((t) => t.person_id)).size);
    expect(result.summary.records).toBe(truth.filter((t) => t.duplicate_of === "").length);
  });

  it("volunteers without mess: a clean comma-separated UTF-8 file with ISO-free dd/mm/yyyy dates", async () => {
    const result = await run({ rows: 300, mess: MESS_PRESETS.none });
    const bytes = readFileSync(result.file);
    expect(bytes[0]).not.toBe(0xef);
    const lines = readExport(result.file, ",");
    expect(lines[0]![0]).toBe("N° adhérent");
    for (const cells of lines.slice(1, -1)) {
      expect(cells).toHaveLength(14);
      expect(cells[10]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(cells[5]).toMatch(/^\d{5}$/);
    }
  });

  it("writes Windows-1252 when asked (é as one byte 0xE9) and English headers", async () => {
    const mess: MessOptions = { ...MESS_PRESETS.moderate, encoding: "windows-1252" };
    const fr = await run({ rows: 200, mess });
    const bytes = readFileSync(fr.file);
    expect(bytes.includes(Buffer.from([0xe9]))).toBe(true);
    expect(bytes.includes(Buffer.from("é", "utf8"))).toBe(false);
    expect(readExport(fr.file, ";", "windows-1252")[0]![0]).toBe("N° adhérent");
    const en = await run({ rows: 200, lang: "en" });
    expect(readExport(en.file, ";")[1]).toContain("Activity date");
  });

  it("visits link to the beneficiary register generated with the same seed and pool", async () => {
    const out = join(root, "linked");
    const register = await generate({
      kind: "beneficiaries",
      rows: 300,
      seed: 5,
      out,
      mess: MESS_PRESETS.heavy,
      lang: "fr",
      truth: true,
    });
    const people = register.summary.distinct_beneficiaries as number;
    const visits = await generate({
      kind: "visits",
      rows: 1500,
      seed: 5,
      out,
      mess: MESS_PRESETS.heavy,
      lang: "fr",
      truth: true,
      people,
    });
    const registered = new Set(readTruth(join(out, "truth", "beneficiaries.csv")).map((t) => t.person_id));
    expect(registered.size).toBe(people);
    const visitTruth = readTruth(visits.truthFiles[0]!);
    for (const v of visitTruth) expect(registered.has(v.person_id)).toBe(true);
    const lines = readExport(visits.file, ";");
    for (const v of visitTruth.slice(0, 500)) {
      const cells = lines[Number(v.line) - 1]!;
      expect(cells[0]!.trim().toUpperCase()).toBe(v.person_id);
      expect(undoDate(cells[1]!)).toBe(v.visit_date);
      expect(undoLabel(cells[2]!, SERVICES, false)).toBe(v.service);
      if (v.ragged !== "short")
        expect(cells[4] === "" ? null : undoNumber(cells[4]!)).toBe(v.quantity === "" ? null : Number(v.quantity));
    }
  });

  it("beneficiaries registered twice keep their true person id under a new identifier", async () => {
    const result = await run({ kind: "beneficiaries", rows: 1000 });
    const truth = readTruth(result.truthFiles[0]!);
    const twice = truth.filter((t) => t.duplicate_of !== "");
    expect(twice.length).toBe(result.summary.registered_twice);
    expect(twice.length).toBeGreaterThan(20);
    const lines = readExport(result.file, ";");
    for (const t of twice) {
      expect(t.row_id).not.toBe(t.person_id);
      expect(lines[Number(t.line) - 1]![0]).toBe(t.row_id);
      const first = truth.find((o) => o.line === t.duplicate_of)!;
      expect(first.person_id).toBe(t.person_id);
    }
  });

  it("outcomes: waves in order, drop-outs have no follow-up score and no later wave", async () => {
    const result = await run({ kind: "outcomes", rows: 1500 });
    const truth = readTruth(result.truthFiles[0]!);
    const lines = readExport(result.file, ";");
    const lastWave = new Map<string, number>();
    const droppedPeople = new Set<string>();
    for (const t of truth) {
      const wave = Number(t.followup_wave);
      expect(droppedPeople.has(t.person_id!)).toBe(false);
      expect(wave).toBe((lastWave.get(t.person_id!) ?? 0) + 1);
      lastWave.set(t.person_id!, wave);
      const cells = lines[Number(t.line) - 1]!;
      expect(cells[6]!.replace(/^[VW]/, "")).toBe(String(wave));
      if (t.dropped === "true") {
        droppedPeople.add(t.person_id!);
        expect(t.followup_value).toBe("");
        expect(Number.isNaN(Number.parseInt(cells[4]!, 10))).toBe(true);
      } else {
        expect(Number(cells[4])).toBe(Number(t.followup_value));
        expect(Number(t.followup_value)).toBeGreaterThanOrEqual(14);
        expect(Number(t.followup_value)).toBeLessThanOrEqual(70);
      }
    }
    expect(droppedPeople.size).toBeGreaterThan(10);
  });

  it("groups: status follows the last activity date", async () => {
    const result = await run({ kind: "groups", rows: 400 });
    for (const t of readTruth(result.truthFiles[0]!)) {
      const days = (Date.UTC(2025, 11, 31) - Date.parse(t.last_activity_date!)) / 86_400_000;
      const expected = days <= 183 ? "Actif" : days <= 730 ? "En sommeil" : "Fermé";
      expect(t.status).toBe(expected);
      expect(t.created_date! <= t.last_activity_date!).toBe(true);
    }
  });
});
