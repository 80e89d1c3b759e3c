/**
 * Attack: generate a register full of personal data, build every output solidata makes from it
 * (protected aggregates as CSV, JSON, Markdown and HTML; minimised and k-anonymised row-level
 * files; k-anonymity reports; Vega-Lite specs and their SVG), then search all of them for every
 * name, e-mail, phone number, street address and the pseudonymisation key. Nothing may be found.
 */
import {
  countDistinct,
  enforceKAnonymity,
  generateKeyText,
  importKey,
  kAnonymity,
  minimise,
  PrivacyError,
  pseudonymise,
  suppressSmallCells,
} from "@solidata/core";
import { barChart, toSVG } from "@solidata/viz";
import { type ColumnTable, table } from "arquero";
import { beforeAll, describe, expect, it } from "vitest";
import { findLeaks } from "./find-leaks.js";

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Zoé",
  "Karim",
  "Léa",
  "Mamadou",
  "Inès",
  "Thibault",
  "Aïcha",
  "Grégoire",
  "Nadia",
  "Yannick",
  "Maëlys",
  "Éloïse",
];
const LAST = [
  "Dupont",
  "Benali",
  "Moreau",
  "Traoré",
  "Lefebvre",
  "Nguyen",
  "Garcia",
  "Rousseau",
  "Mercier",
  "Bonnet",
  "Kowalski",
];
const SITES = ["Lyon Gerland", "Villeurbanne", "Vénissieux", "Bron", "Givors"];
const POSTCODES = ["69007", "69100", "69200", "69500", "69700", "38200", "01000"];

interface Generated {
  register: ColumnTable;
  visits: ColumnTable;
  secrets: string[];
}

function generate(n: number, seed: number): Generated {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const secrets: string[] = [];
  const cols: Record<string, unknown[]> = {
    person_id: [],
    first_name: [],
    last_name: [],
    email: [],
    phone: [],
    address: [],
    birth_date: [],
    age: [],
    gender: [],
    household_size: [],
    postcode: [],
    situation: [],
    comment: [],
  };
  for (let i = 0; i < n; i += 1) {
    const first = pick(FIRST);
    // a unique family name per person so that each is a secret of its own
    const last = `${pick(LAST)}-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}ville`;
    const email = `${first.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}.${last.toLowerCase()}@exemple.fr`;
    const phone = `0${6 + (i % 2)} ${String(i % 100).padStart(2, "0")} ${String(Math.floor(next() * 100)).padStart(2, "0")} ${String(Math.floor(next() * 100)).padStart(2, "0")} ${String(Math.floor(next() * 100)).padStart(2, "0")}`;
    const address = `${1 + Math.floor(next() * 120)} rue des ${pick(["Lilas", "Tanneurs", "Capucins"])} ${i}`;
    const age = 16 + Math.floor(next() * 75);
    cols.person_id?.push(`BEN-${String(10000 + i)}`);
    cols.first_name?.push(first);
    cols.last_name?.push(last);
    cols.email?.push(email);
    cols.phone?.push(phone);
    cols.address?.push(address);
    cols.birth_date?.push(new Date(Date.UTC(2025 - age, Math.floor(next() * 12), 1 + Math.floor(next() * 28))));
    cols.age?.push(age);
    cols.gender?.push(pick(["female", "male", "female", "other"]));
    cols.household_size?.push(1 + Math.floor(next() * 5));
    cols.postcode?.push(pick(POSTCODES));
    cols.situation?.push(pick(["emploi", "RSA", "retraite", "étudiant"]));
    cols.comment?.push(`Appel de ${first} ${last} le lundi, rappeler au ${phone}`);
    secrets.push(last, email, phone, address, `BEN-${String(10000 + i)}`);
  }
  const visitCols: Record<string, unknown[]> = { person_id: [], site: [], month: [], quantity: [] };
  const ids = cols.person_id as string[];
  for (let v = 0; v < n * 4; v += 1) {
    const who = Math.floor(next() * next() * n);
    visitCols.person_id?.push(ids[who]);
    visitCols.site?.push(SITES[who % SITES.length]);
    visitCols.month?.push(`2025-${String(1 + Math.floor(next() * 6)).padStart(2, "0")}`);
    // one very large distribution at one site, so that a sum is dominated
    visitCols.quantity?.push(v === 7 ? 900 : 1 + Math.floor(next() * 12));
  }
  return { register: table(cols), visits: table(visitCols), secrets };
}

function renderings(t: ColumnTable): string[] {
  return [t.toCSV(), t.toJSON(), t.toMarkdown(), t.toHTML(), JSON.stringify(t.objects())];
}

let data: Generated;
let keyText: string;
const outputs: string[] = [];

beforeAll(async () => {
  data = generate(400, 2026);
  keyText = generateKeyText();
  const key = await importKey(keyText);
  const register = await pseudonymise(data.register, ["person_id"], key);
  const visits = await pseudonymise(data.visits, ["person_id"], key);

  const minimised = minimise(register);
  outputs.push(
    ...renderings(minimised.table),
    JSON.stringify({ dropped: minimised.dropped, generalised: minimised.generalised }),
  );
  const internal = minimise(register, { profile: "internal" });
  outputs.push(...renderings(internal.table));

  const quasi = ["age_band", "gender", "departement"];
  const report = kAnonymity(minimised.table, { quasi, k: 5 });
  outputs.push(JSON.stringify(report));
  const enforced = enforceKAnonymity(minimised.table, { quasi, k: 5, strategy: "generalise" });
  outputs.push(...renderings(enforced.table), JSON.stringify(enforced.changes), JSON.stringify(enforced.issues));

  const bySite = countDistinct(visits, { by: ["site"], person: "person_id", name: "people_per_site", totals: true });
  const bySiteMonth = countDistinct(visits, {
    by: ["site", "month"],
    person: "person_id",
    name: "site_month",
    totals: true,
  });
  const byPlace = countDistinct(minimised.table, {
    by: ["departement", "age_band"],
    person: "person_id",
    name: "place_age",
  });
  for (const out of [bySite, bySiteMonth, byPlace])
    outputs.push(...renderings(out.table), JSON.stringify(out.suppressed));

  // sums of quantities per site, with their largest single contribution
  const perPerson = new Map<string, number>();
  const sums = new Map<string, { sum: number; max: number; people: Set<string> }>();
  const siteOf = visits.array("site") as ArrayLike<string>;
  const whoOf = visits.array("person_id") as ArrayLike<string>;
  const qty = visits.array("quantity") as ArrayLike<number>;
  for (let i = 0; i < visits.numRows(); i += 1) {
    const k = `${siteOf[i]}|${whoOf[i]}`;
    perPerson.set(k, (perPerson.get(k) ?? 0) + (qty[i] as number));
  }
  for (const [k, q] of perPerson) {
    const site = k.split("|")[0] as string;
    const s = sums.get(site) ?? { sum: 0, max: 0, people: new Set<string>() };
    s.sum += q;
    s.max = Math.max(s.max, q);
    s.people.add(k);
    sums.set(site, s);
  }
  const sites = [...sums.keys()];
  const quantities = suppressSmallCells(
    table({
      site: sites,
      people: sites.map((s) => sums.get(s)?.people.size ?? 0),
      quantity: sites.map((s) => sums.get(s)?.sum ?? 0),
      largest: sites.map((s) => sums.get(s)?.max ?? 0),
      mean: sites.map((s) => (sums.get(s)?.sum ?? 0) / (sums.get(s)?.people.size ?? 1)),
    }),
    { name: "quantities", counts: ["people"], sums: { quantity: "largest" }, bases: { mean: "people" } },
  );
  outputs.push(...renderings(quantities.table));

  const spec = barChart(bySite.table, { x: "site", y: "n", lang: "fr" });
  outputs.push(JSON.stringify(spec), await toSVG(spec));
  const spec2 = barChart(bySiteMonth.table, { x: "month", y: "n", color: "site", lang: "en" });
  outputs.push(JSON.stringify(spec2), await toSVG(spec2));
}, 120_000);

describe("attack: searching every output for personal data", () => {
  it("finds the secrets in the raw input (the search works on these data)", () => {
    // one secret in seven of every kind is enough to show the search sees them
    const sample = data.secrets.filter((_, i) => i % 7 === 0);
    const leaks = findLeaks([data.register.toCSV(), data.register.toJSON()], sample);
    expect(new Set(leaks.map((l) => l.secret)).size).toBe(new Set(sample).size);
  });

  it("finds no name, e-mail, phone, address or member number in any output", () => {
    expect(outputs.length).toBeGreaterThan(40);
    expect(findLeaks(outputs, data.secrets)).toEqual([]);
  });

  it("never writes the key in any output", () => {
    expect(findLeaks(outputs, [keyText])).toEqual([]);
    for (const text of outputs) expect(text.toLowerCase()).not.toContain(keyText.slice(0, 16));
  });

  it("never writes the key in an error message", async () => {
    const weak = keyText.slice(0, 40);
    const error = await importKey(weak).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivacyError);
    const shown = [
      (error as PrivacyError).message,
      (error as PrivacyError).messageIn("fr"),
      String((error as Error).stack),
      JSON.stringify(error),
    ];
    expect(findLeaks(shown, [weak, keyText])).toEqual([]);
  });

  it("shows suppressed cells as such, with their rule, in a report-ready aggregate", () => {
    // a small association: 120 people, so some site-month cells are small
    const small = generate(120, 11);
    const out = countDistinct(small.visits, {
      by: ["site", "month"],
      person: "person_id",
      name: "site_month",
      totals: true,
    });
    const rows = out.table.objects() as { n: number | null; n_status: string }[];
    expect(rows.some((r) => r.n_status === "primary")).toBe(true);
    expect(rows.some((r) => r.n_status === "complementary")).toBe(true);
    for (const r of rows) {
      expect(r.n === null).toBe(r.n_status !== "ok");
      if (r.n !== null) expect(r.n === 0 || r.n >= 10).toBe(true);
    }
    expect(out.suppressed.length).toBe(rows.filter((r) => r.n_status !== "ok").length);
    const spec = barChart(out.table, { x: "month", y: "n", color: "site", lang: "en" });
    const labels = spec.usermeta.solidata.table.rows.map((r) => JSON.stringify(r));
    expect(labels.some((l) => l.includes("< 10"))).toBe(true);
  });
});
