import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";
import { hasChromium, launchChromium, openInChromium } from "./open-in-chromium.js";
import { parseCsv } from "./parse-csv.js";

const sample = new URL("../../../datasets/samples/fr/benevoles.csv", import.meta.url);
let dir = "";
let browser: Browser | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-inspect-html-"));
  await copyFile(sample, join(dir, "benevoles.csv"));
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env: {}, cwd: dir };
}

// a hostile label repeated 12 times (so it is listed), and a name that must never be
const hostile = [
  "Antenne;Prénom;Heures",
  ...Array.from({ length: 12 }, (_, i) => `<img src=x onerror=alert(1)>;Zébulon${i};${i}`),
  '<script>alert("x")</script>;Zébulon;1',
].join("\n");

describe("solidata inspect --html", () => {
  it("writes one page per file and keeps the problems on stdout too", async () => {
    const io = fakeIo();
    expect(await runCli(["inspect", "benevoles.csv", "--html", "--out", "pages", "--lang", "fr"], io)).toBe(
      ExitCode.ok,
    );
    const out = io.out.join("");
    // the sample's three ragged rows (lines 318, 599, 654) are in the text on stdout, not only on stderr
    for (const line of [318, 599, 654]) expect(out).toContain(`la ligne ${line} a 13 champs au lieu de 14`);
    expect(io.err.join("")).toContain(join(dir, "pages", "benevoles.profile.html"));
  });

  it("leaves with exit 7 and a clear message when the page cannot be written", async () => {
    await writeFile(join(dir, "not-a-folder"), "x");
    const io = fakeIo();
    const code = await runCli(["inspect", "benevoles.csv", "--html", "--out", "not-a-folder", "--lang", "en"], io);
    expect(code).toBe(ExitCode.cantWrite);
    expect(io.err.join("")).toContain(`cannot write the profile page in ${join(dir, "not-a-folder")}`);
    expect(io.err.join("")).not.toMatch(/at .*\.ts:\d+/);
  });

  it("lists no name, e-mail, phone or member number of the file, and no count below 10", async () => {
    const html = await readFile(join(dir, "pages", "benevoles.profile.html"), "utf8");
    const rows = parseCsv((await readFile(sample, "utf8")).replace(/^\uFEFF/, ""), ";");
    const header = rows[0] as string[];
    const personal = ["Prénom", "Nom", "E-mail", "Tél. portable", "N° adhérent"].map((h) => header.indexOf(h));
    expect(personal.every((i) => i >= 0)).toBe(true);
    const values = new Set(rows.slice(1).flatMap((r) => personal.map((i) => (r[i] ?? "").trim())));
    const leaked = [...values].filter((v) => v.length >= 4 && html.includes(`<td>${v}</td>`));
    expect(leaked).toEqual([]);
    expect(html).not.toMatch(/@(?:sfr|orange|gmail|free|laposte|hotmail|yahoo|wanadoo)\./);
    // value tables only (the problems table, last, counts issues, not people: 3 ragged rows, 5 null markers)
    const valueTables = html.slice(0, html.indexOf('<section id="issues"'));
    const valueCounts = [...valueTables.matchAll(/<td class="num">([\d\u202f\u00a0 ]+)<\/td>/g)].map((m) =>
      Number((m[1] ?? "").replace(/\D/g, "")),
    );
    expect(valueCounts.length).toBeGreaterThan(20);
    expect(valueCounts.filter((n) => n < 10)).toEqual([]);
  });

  describe.skipIf(!hasChromium)("in Debian's Chromium", () => {
    for (const lang of ["fr", "en"] as const) {
      it(`opens in ${lang} with no console error, no request, no CSP violation and a chart per numeric or date column`, async () => {
        const io = fakeIo();
        await runCli(["inspect", "benevoles.csv", "--html", "--out", lang, "--lang", lang], io);
        const html = await readFile(join(dir, lang, "benevoles.profile.html"), "utf8");
        const { visit, page, url } = await openInChromium(browser as Browser, dir, `page.${lang}.html`, html);
        expect(visit.requests).toEqual([url]);
        expect(visit.consoleMessages).toEqual([]);
        expect(visit.pageErrors).toEqual([]);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        // birth date, signup date, activity date, hours
        const charts = await page.locator("figure.chart svg[role=img]").all();
        expect(charts).toHaveLength(4);
        for (const chart of charts) expect((await chart.boundingBox())?.width ?? 0).toBeGreaterThan(100);
        expect(await page.locator("h1").textContent()).toBe(
          lang === "fr" ? "Profil de benevoles.csv" : "Profile of benevoles.csv",
        );
        await page.close();
      });
    }

    it("shows a hostile label as text: no script runs, no dialog, nothing loads", async () => {
      await mkdir(join(dir, "h"), { recursive: true });
      await writeFile(join(dir, "h", "hostile.csv"), hostile);
      const io = fakeIo();
      await runCli(["inspect", "h/hostile.csv", "--html", "--out", "h", "--lang", "en"], io);
      const html = await readFile(join(dir, "h", "hostile.profile.html"), "utf8");
      expect(html).not.toContain("Zébulon");
      const { visit, page, url } = await openInChromium(browser as Browser, dir, "hostile.html", html);
      expect(visit.requests).toEqual([url]);
      expect(visit.dialogs).toEqual([]);
      expect(visit.consoleMessages).toEqual([]);
      expect(await page.locator("td", { hasText: "<img src=x onerror=alert(1)>" }).count()).toBe(1);
      await page.close();
    });
  });
});
