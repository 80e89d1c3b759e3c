// Build item 7 with catalogue entries 52 and 5 (the report side): control characters (ESC, NUL, SUB)
// and U+2028/U+2029 inside categories never reach the HTML, Markdown, SVG or JSON raw; they are shown
// as visible symbols (␛ ␀ ␚) or spaces, counted in the appendix, and no report section is lost
// (a U+2028 in a category used to crash the chart and delete a section). Chart SVGs stay well-formed
// XML. I1: the appendix's rows read = clean + quarantined + merged; I3 is the report's own (suppression
// runs on the same table); the report holds the same sections and figures as the unaltered file.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-codes.js";
import { runCli } from "../../src/program.js";

const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/en/visits.csv", import.meta.url));
/** Characters XML 1.0 forbids, even as references; also the raw controls a terminal would run. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-g52-"));
  await copyFile(SAMPLE, join(dir, "plain.csv"));
  const text = await readFile(SAMPLE, "utf8");
  await writeFile(
    join(dir, "hostile.csv"),
    text
      .replaceAll("Food parcel", "Food\u2028parcel\u001b[31m")
      .replaceAll("Social advice", "Social\u0000advice\u001a")
      .replaceAll(",Nice,", ",Ni\u2029ce,"),
  );
  const io = {
    stdout: () => {},
    stderr: () => {},
    isTTY: false,
    env: { LANG: "C.UTF-8", SOLIDATA_HOME: process.env.SOLIDATA_HOME },
    cwd: dir,
  };
  for (const name of ["plain", "hostile"]) {
    const code = await runCli([`report`, `${name}.csv`, "--out", name, "--format", "html,md,json", "--quiet"], io);
    expect(code).toBe(ExitCode.ok);
  }
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A minimal well-formedness check: no forbidden character, and every element closed in order. */
function wellFormed(svg: string): boolean {
  if (RAW.test(svg)) return false;
  const stack: string[] = [];
  for (const m of svg
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "")
    .matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name as string);
  }
  return stack.length === 0;
}

describe("7/52. control characters and line separators in a report", () => {
  it("reach no output raw, and every chart SVG is well-formed", async () => {
    for (const file of ["report.html", "report.md", "report.json"]) {
      expect(RAW.test(await readFile(join(dir, "hostile", file), "utf8")), file).toBe(false);
    }
    const charts = (await readdir(join(dir, "hostile", "charts"))).filter((f) => f.endsWith(".svg"));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts)
      expect(wellFormed(await readFile(join(dir, "hostile", "charts", chart), "utf8")), chart).toBe(true);
  });

  it("keeps every section and figure of the unaltered file and shows the values, not drops them", async () => {
    const headings = async (name: string) =>
      (await readFile(join(dir, name, "report.md"), "utf8")).split("\n").filter((l) => l.startsWith("## "));
    expect(await headings("hostile")).toEqual(await headings("plain"));
    const plain = JSON.parse(await readFile(join(dir, "plain", "report.json"), "utf8"));
    const hostile = JSON.parse(await readFile(join(dir, "hostile", "report.json"), "utf8"));
    // the same figures (values may differ by a few merged duplicates: "food parcel" no longer equals
    // the altered "Food parcel␛[31m" rows, which is the data, not the escaping)
    const ids = (m: { sections: { figures: { id: string }[] }[] }) =>
      m.sections.flatMap((s) => s.figures.map((f) => f.id));
    expect(ids(hostile)).toEqual(ids(plain));
    expect(hostile.files[0].rowsRead).toBe(plain.files[0].rowsRead);
    const html = await readFile(join(dir, "hostile", "report.html"), "utf8");
    expect(html).toContain("Food parcel\u241b[31m");
    // I1 in the appendix
    for (const f of hostile.files) expect(f.rowsClean + f.rowsQuarantined + f.rowsMerged).toBe(f.rowsRead);
  });

  it("counts the changed cells in the appendix", async () => {
    const md = await readFile(join(dir, "hostile", "report.md"), "utf8");
    const said = /hostile\.csv: (\d+) cells held control characters/.exec(md);
    expect(said).not.toBeNull();
    // truth: every cell we altered (Food parcel and Social advice in Service, Nice in Branch)
    const text = await readFile(join(dir, "hostile.csv"), "utf8");
    const altered = text.split("\n").reduce((n, line) => n + line.split(",").filter((c) => RAW.test(c)).length, 0);
    expect(Number(said?.[1])).toBeLessThanOrEqual(altered);
    expect(Number(said?.[1])).toBeGreaterThan(0);
  });
});
