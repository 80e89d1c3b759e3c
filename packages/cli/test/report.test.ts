import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { findLeaks } from "../../core/test/privacy/find-leaks.js";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import { formatCell } from "../src/report/format-value.js";
import type { Figure, ReportModel } from "../src/report/model.js";
import { fakeIo } from "./report/fake-io.js";

const samples = (lang: "fr" | "en"): string =>
  fileURLToPath(new URL(`../../../datasets/samples/${lang}/`, import.meta.url));
const csvFiles = (lang: "fr" | "en"): string[] =>
  readdirSync(samples(lang))
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(samples(lang), f));

/** Every output text of a report folder: HTML, Markdown, JSON, chart specs and SVGs. */
function outputs(dir: string): string[] {
  const texts = ["report.html", "report.md", "report.json"]
    .filter((f) => existsSync(join(dir, f)))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const charts = join(dir, "charts");
  if (existsSync(charts)) for (const f of readdirSync(charts)) texts.push(readFileSync(join(charts, f), "utf8"));
  return texts;
}

/** Parses a `;`-separated sample file (no quoted fields in the samples' personal columns). */
function columnsOf(path: string, wanted: RegExp): string[] {
  const lines = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter(Boolean);
  const sep = (lines[0] ?? "").includes(";") ? ";" : ",";
  const header = (lines[0] ?? "").split(sep);
  const idx = header.map((h, i) => (wanted.test(h) ? i : -1)).filter((i) => i >= 0);
  const values: string[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(sep);
    for (const i of idx) {
      const v = (cells[i] ?? "").replace(/^"|"$/g, "").trim();
      if (v) values.push(v);
    }
  }
  return values;
}

/**
 * Names of départements and régions: the map shows them, and a surname that is also part of a
 * place name (DENIS in Seine-Saint-Denis) is not a leak. Read from the map's public geometry.
 */
const PLACE_WORDS = new Set(
  ["departements", "regions"].flatMap((level) => {
    const path = fileURLToPath(
      new URL(`../../viz/data/france-geojson_${level}-version-simplifiee.geojson`, import.meta.url),
    );
    const geo = JSON.parse(readFileSync(path, "utf8")) as { features: { properties: { nom?: string } }[] };
    return geo.features.flatMap((f) => (f.properties.nom ?? "").split(/[\s'’-]+/).map((w) => w.toLowerCase()));
  }),
);

/** The words of the communes of the sample's local groups ("Saint-André-de-Corcy" → saint, andré, de, corcy). */
function groupPlaceWords(lang: "fr" | "en"): Set<string> {
  const file = join(samples(lang), lang === "fr" ? "groupes.csv" : "groups.csv");
  return new Set(columnsOf(file, /^(commune|town)$/i).flatMap((c) => c.split(/[\s'’-]+/).map((w) => w.toLowerCase())));
}

const PERSONAL = /pr[ée]nom|^nom$|first.?name|last.?name|surname|e-?mail|t[ée]l|phone|adresse|address|naissance|birth/i;

interface Built {
  dir: string;
  code: number;
  err: string;
  model: ReportModel;
}

const built: Partial<Record<"fr" | "en", Built>> = {};

beforeAll(async () => {
  for (const lang of ["fr", "en"] as const) {
    const dir = await mkdtemp(join(tmpdir(), `solidata-report-${lang}-`));
    const io = fakeIo(dir, { lang });
    // The English volunteer log names its identifier "Member no", which the automatic mapping does not
    // know: a user maps it in the configuration, as here.
    const config = {
      files: csvFiles(lang).map((path) => ({
        path,
        ...(path.endsWith("volunteers.csv") ? { mapping: { "Member no": "person_id" } } : {}),
      })),
    };
    await writeFile(join(dir, "solidata.config.json"), JSON.stringify(config));
    const code = await runCli(
      ["report", "--config", "solidata.config.json", "--out", "out", "--lang", lang, "--quiet"],
      io,
    );
    const model = JSON.parse(await readFile(join(dir, "out", "report.json"), "utf8")) as ReportModel;
    built[lang] = { dir: join(dir, "out"), code, err: io.err.join(""), model };
  }
}, 240_000);

describe("solidata report on the sample files", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`writes report.html, report.md, report.json and charts in ${lang}`, () => {
      const b = built[lang] as Built;
      expect(b.code).toBe(ExitCode.ok);
      for (const f of ["report.html", "report.md", "report.json"]) expect(existsSync(join(b.dir, f))).toBe(true);
      const charts = readdirSync(join(b.dir, "charts"));
      expect(charts.filter((c) => c.endsWith(`.${lang}.vl.json`)).length).toBeGreaterThanOrEqual(5);
      expect(charts.filter((c) => c.endsWith(`.${lang}.svg`)).length).toBe(
        charts.filter((c) => c.endsWith(".vl.json")).length,
      );
      expect(b.err).toContain(lang === "fr" ? "Rapport écrit dans" : "Report written to");
      expect(statSync(join(b.dir, "report.html")).size).toBeLessThan(2 * 1024 * 1024);
    });

    it(`links every chart of report.md to an SVG beside it (${lang})`, () => {
      const b = built[lang] as Built;
      const md = readFileSync(join(b.dir, "report.md"), "utf8");
      const links = [...md.matchAll(/!\[[^\]]*\]\((charts\/[^)]+\.svg)\)/g)].map((m) => m[1] as string);
      expect(links.length).toBe(b.model.sections.flatMap((s) => s.charts).length);
      for (const link of links) expect(existsSync(join(b.dir, link))).toBe(true);
    });

    it(`recognises every sample file and has every section (${lang})`, () => {
      const b = built[lang] as Built;
      expect(b.model.files.map((f) => f.kind).sort()).toEqual([
        "beneficiaries",
        "groups",
        "outcomes",
        "projects",
        "visits",
        "volunteers",
      ]);
      expect(b.model.sections.map((s) => s.id)).toEqual([
        "summary",
        "volunteers",
        "beneficiaries",
        "territory",
        "outcomes",
        "groups",
        "signals",
        "factors",
        "quality",
      ]);
    });

    it(`reconciles rows: read = kept + quarantined + merged, for every file (${lang})`, () => {
      const b = built[lang] as Built;
      for (const f of b.model.files) expect(f.rowsClean + f.rowsQuarantined + f.rowsMerged).toBe(f.rowsRead);
      for (const f of b.model.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it(`shows every figure of report.json in the HTML, formatted in ${lang}`, () => {
      const b = built[lang] as Built;
      const html = readFileSync(join(b.dir, "report.html"), "utf8");
      const figures: Figure[] = b.model.sections.flatMap((s) => s.figures);
      expect(figures.length).toBeGreaterThanOrEqual(8);
      for (const f of figures) {
        const shown = formatCell(f, f.format, lang).replace("<", "&lt;");
        expect(html).toContain(`<dd data-figure="${f.id}">${shown}<span`);
      }
    });

    it(`leaks no personal value of the input (${lang})`, () => {
      const b = built[lang] as Built;
      const secrets = csvFiles(lang)
        .flatMap((f) => columnsOf(f, PERSONAL))
        .filter((s) => !PLACE_WORDS.has(s.toLowerCase()))
        // the communes of local groups are published by the groups census (organisations, not people)
        .filter((s) => !groupPlaceWords(lang).has(s.toLowerCase()));
      expect(secrets.length).toBeGreaterThan(1000);
      expect(findLeaks(outputs(b.dir), secrets)).toEqual([]);
    });
  }

  it("checks the leak finder on a report that does leak (control)", () => {
    const b = built.fr as Built;
    const secrets = csvFiles("fr").flatMap((f) => columnsOf(f, PERSONAL));
    const leaking = [...outputs(b.dir), `<td>${secrets[5]}</td>`];
    expect(findLeaks(leaking, secrets).length).toBeGreaterThan(0);
  });
});

describe("solidata report on a workbook", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`reads the groups workbook and shows its figures, in ${lang}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), "solidata-xlsx-"));
      const workbook = join(samples(lang), lang === "fr" ? "groupes.xlsx" : "groups.xlsx");
      const io = fakeIo(dir);
      expect(await runCli(["report", workbook, "--out", "out", "--lang", lang, "--quiet"], io)).toBe(ExitCode.ok);
      const model = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as ReportModel;
      expect(model.files).toEqual([
        expect.objectContaining({ kind: "groups", rowsRead: 20, rowsClean: 20, rowsQuarantined: 0 }),
      ]);
      const html = readFileSync(join(dir, "out", "report.html"), "utf8");
      const groups = model.sections.flatMap((s) => s.figures).find((f) => f.id === "territory.groups") as Figure;
      // 20 groups in the workbook (datasets/samples/*/groups*.xlsx, one row per group)
      expect(groups.value).toBe(20);
      expect(html).toContain(`<dd data-figure="territory.groups">20<span`);
    });
  }
});

describe("solidata report with hostile labels", () => {
  it("escapes a label that holds markup in every output", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-hostile-"));
    const rows = ["N° adhérent;Date de la mission;Mission;Nb d'heures;Antenne"];
    for (let i = 0; i < 24; i++) {
      const label = i % 2 === 0 ? "<img src=x onerror=alert(1)>" : "</script><script>alert(1)</script>";
      rows.push(`${1000 + i};${String((i % 27) + 1).padStart(2, "0")}/03/2025;${label};2;Lyon`);
    }
    await writeFile(join(dir, "benevoles.csv"), `${rows.join("\n")}\n`, "utf8");
    const io = fakeIo(dir);
    const code = await runCli(["report", "benevoles.csv", "--out", "out", "--lang", "en", "--quiet"], io);
    expect(io.err.join("")).toContain("Report written to");
    expect(code).toBe(ExitCode.ok);
    const html = readFileSync(join(dir, "out", "report.html"), "utf8");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const md = readFileSync(join(dir, "out", "report.md"), "utf8");
    expect(md).not.toContain("<img src=x");
    expect(md).not.toContain("</script>");
  });
});

describe("solidata report errors", () => {
  it("exits 3 when a file is missing, saying where it looked", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-err-"));
    const io = fakeIo(dir);
    expect(await runCli(["report", "absent.csv"], io)).toBe(ExitCode.noInput);
    expect(io.err.join("")).toContain("absent.csv not found");
  });

  it("exits 3 when a folder is given instead of a file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-err-"));
    await mkdir(join(dir, "exports"));
    const io = fakeIo(dir);
    expect(await runCli(["report", "exports"], io)).toBe(ExitCode.noInput);
    expect(io.err.join("")).toContain("exports is a folder, not a file");
  });

  it("exits 2 on a wrong privacy profile, format, period or language, in the user's language", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-err-"));
    const file = join(dir, "a.csv");
    await writeFile(file, "a;b\n1;2\n");
    const fr = fakeIo(dir, { lang: "fr" });
    expect(await runCli(["report", file, "--privacy", "everyone"], fr)).toBe(ExitCode.usage);
    expect(fr.err.join("")).toContain("profil de confidentialité inconnu everyone");
    expect(await runCli(["report", file, "--format", "pdf"], fakeIo(dir))).toBe(ExitCode.usage);
    expect(await runCli(["report", file, "--period", "last year"], fakeIo(dir))).toBe(ExitCode.usage);
    expect(await runCli(["report", file, "--lang", "de"], fakeIo(dir))).toBe(ExitCode.usage);
  });

  it("exits 5 on a missing or invalid configuration, naming the key", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-err-"));
    const io = fakeIo(dir);
    expect(await runCli(["report", "--config", "nope.yaml"], io)).toBe(ExitCode.config);
    expect(io.err.join("")).toContain("Run `solidata init");
    await writeFile(join(dir, "solidata.config.yaml"), "privacy: everyone\n");
    const io2 = fakeIo(dir);
    expect(await runCli(["report", "--config", "solidata.config.yaml"], io2)).toBe(ExitCode.config);
    expect(io2.err.join("")).toContain("configuration key privacy:");
  });

  it("exits 4 when no file can be used, with the reason", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-err-"));
    await writeFile(join(dir, "other.csv"), "foo;bar\nqux;3\nquux;4\n");
    const io = fakeIo(dir);
    expect(await runCli(["report", "other.csv", "--out", "out"], io)).toBe(ExitCode.badData);
    expect(io.err.join("")).toContain("other.csv: its columns and values do not say clearly enough");
  });

  it("exits 7 when the output folder cannot be written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-err-"));
    await mkdir(join(dir, "in"));
    await copyFile(join(samples("en"), "groups.csv"), join(dir, "in", "groups.csv"));
    await writeFile(join(dir, "blocked"), "a file, not a folder");
    const io = fakeIo(dir);
    expect(await runCli(["report", "in/groups.csv", "--out", "blocked/sub", "--quiet"], io)).toBe(ExitCode.cantWrite);
    expect(io.err.join("")).toContain("cannot write the report into");
  });
});

describe("solidata report --json", () => {
  it("prints the report model on stdout and no progress", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-json-"));
    await copyFile(join(samples("en"), "groups.csv"), join(dir, "groups.csv"));
    const io = fakeIo(dir, { isTTY: true });
    expect(await runCli(["report", "groups.csv", "--out", "out", "--json", "--format", "json"], io)).toBe(ExitCode.ok);
    const model = JSON.parse(io.out.join("")) as ReportModel;
    expect(model.files[0]?.kind).toBe("groups");
    expect(io.err.join("")).not.toContain("\r");
    expect(existsSync(join(dir, "out", "report.html"))).toBe(false);
    // charts go with the HTML or the Markdown: JSON alone draws none
    expect(existsSync(join(dir, "out", "charts"))).toBe(false);
  });

  it("shows a progress bar with counts on a terminal", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-tty-"));
    await copyFile(join(samples("en"), "groups.csv"), join(dir, "groups.csv"));
    const io = fakeIo(dir, { isTTY: true });
    expect(await runCli(["report", "groups.csv", "--out", "out", "--format", "json"], io)).toBe(ExitCode.ok);
    expect(io.err.join("")).toContain("] 1/4 reading groups.csv");
  });
});

describe("solidata report --help", () => {
  it("shows examples and exit codes", async () => {
    const io = fakeIo(tmpdir());
    expect(await runCli(["report", "--help"], io)).toBe(ExitCode.ok);
    const help = io.out.join("");
    expect(help).toContain("Examples:");
    expect(help).toContain("--privacy <profile>");
    expect(help).toContain("Exit codes:");
  });
});
