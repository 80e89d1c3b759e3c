import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build-report.js";
import type { Figure, ReportModel } from "../../src/report/model.js";

/**
 * A volunteer log known by construction: 60 volunteers join on 1 February of 2023, 2024 and 2025;
 * a volunteer who joined in year y is active in year y + d when their number is a multiple of d + 1
 * (all of them the first year, half the second, a third the third), 3 hours each time.
 * Rows: 2023 cohort 60 + 30 + 20, 2024 cohort 60 + 30, 2025 cohort 60 = 260 rows, 780 hours, 180 people.
 */
function log(): Uint8Array {
  const rows = ["N° adhérent;Nom;Date d'inscription;Date de la mission;Mission;Nb d'heures;Antenne"];
  for (let y = 0; y < 3; y++) {
    for (let p = 0; p < 60; p++) {
      const id = `${y}${String(p).padStart(3, "0")}`;
      for (let later = y; later < 3; later++) {
        if (p % (later - y + 1) === 0) {
          rows.push(`${id};Secretname${id};01/02/${2023 + y};15/0${(p % 9) + 1}/${2023 + later};Accueil;3;Lyon`);
        }
      }
    }
  }
  return new TextEncoder().encode(`${rows.join("\n")}\n`);
}

const figure = (model: ReportModel, id: string): Figure | undefined =>
  model.sections.flatMap((s) => s.figures).find((f) => f.id === id);

describe("buildReport", () => {
  it("counts people and hours of a log built by hand", async () => {
    const model = await buildReport([{ name: "benevoles.csv", bytes: log() }], { lang: "fr" });
    expect(model.files).toEqual([
      expect.objectContaining({
        name: "benevoles.csv",
        kind: "volunteers",
        rowsRead: 260,
        rowsClean: 260,
        rowsQuarantined: 0,
      }),
    ]);
    expect(figure(model, "volunteers.people")?.value).toBe(180);
    expect(figure(model, "volunteers.hours")?.value).toBe(780);
    expect(model.period).toEqual({ from: "2023-01-15", to: "2025-09-15" });
  });

  it("shows retention by year of arrival: 100 %, 50 %, 33 %", async () => {
    const model = await buildReport([{ name: "benevoles.csv", bytes: log() }], { lang: "en" });
    const chart = model.sections.flatMap((s) => s.charts).find((c) => c.id === "volunteers-retention");
    const rates = chart?.table.rows.filter((r) => r[0]?.value === "2023").map((r) => r[4]?.value);
    expect(rates?.[0]).toBe(1);
    expect(rates?.[1]).toBe(0.5);
    expect(rates?.[2]).toBeCloseTo(1 / 3, 10);
  });

  it("keeps only the rows of the period asked", async () => {
    const model = await buildReport([{ name: "benevoles.csv", bytes: log() }], { period: "2024" });
    // active in 2024: half of the 2023 cohort (30) and all of the 2024 cohort (60)
    expect(figure(model, "volunteers.people")?.value).toBe(90);
    expect(figure(model, "volunteers.hours")?.value).toBe(270);
    expect(model.period).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it("leaves a name column out of every output", async () => {
    const model = await buildReport([{ name: "benevoles.csv", bytes: log() }]);
    expect(JSON.stringify(model)).not.toContain("Secretname");
  });

  it("hides a count of people below the threshold: one public status, the rule in the internal report", async () => {
    const rows = ["Identifiant;Date de passage;Service;Antenne"];
    for (let i = 0; i < 30; i++) rows.push(`B${i};10/03/2025;${i < 3 ? "Douche" : "Colis alimentaire"};Lyon`);
    const bytes = new TextEncoder().encode(rows.join("\n"));
    const cells = async (privacy: "public" | "internal") => {
      const model = await buildReport([{ name: "passages.csv", bytes }], { privacy });
      const byService = model.sections.flatMap((s) => s.charts).find((c) => c.id === "beneficiaries-by-service");
      return ["Douche", "Colis alimentaire"].map((v) => byService?.table.rows.find((r) => r[0]?.value === v)?.[1]);
    };
    // 30 people reached is published, so 27 would give the 3 back: it is hidden too, and nothing says which is small
    expect(await cells("public")).toEqual([
      { value: null, status: "suppressed", k: 10 },
      { value: null, status: "suppressed", k: 10 },
    ]);
    expect(await cells("internal")).toEqual([
      { value: null, status: "primary", k: 5 },
      { value: null, status: "complementary", k: 5 },
    ]);
  });

  it("lists a file it cannot use, with a warning, and goes on", async () => {
    const model = await buildReport([
      { name: "b.csv", bytes: log() },
      { name: "autre.csv", bytes: new TextEncoder().encode("foo;bar\nqux;1\n") },
    ]);
    expect(model.files.map((f) => f.kind)).toEqual(["volunteers", null]);
    expect(model.warnings).toContainEqual({
      code: "report.no_file_kind",
      severity: "warning",
      params: { file: "autre.csv" },
    });
  });
});

describe("buildReport with a logo", () => {
  it("embeds a PNG logo as a data: URI and warns about an unusable one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-logo-"));
    // the 8-byte PNG signature is enough to embed: the report does not decode images
    await writeFile(join(dir, "logo.png"), Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]));
    await writeFile(join(dir, "logo.gif"), "GIF89a");
    const ok = await buildReport([{ name: "b.csv", bytes: log() }], {
      organisation: { name: "Asso", logo: join(dir, "logo.png") },
    });
    expect(ok.organisation).toEqual({ name: "Asso", logo: "data:image/png;base64,iVBORw0KGgo=" });
    const bad = await buildReport([{ name: "b.csv", bytes: log() }], {
      organisation: { name: "Asso", logo: join(dir, "logo.gif") },
    });
    expect(bad.organisation).toEqual({ name: "Asso" });
    expect(bad.warnings).toContainEqual({ code: "report.bad_logo", severity: "warning", params: { file: "logo.gif" } });
  });
});
