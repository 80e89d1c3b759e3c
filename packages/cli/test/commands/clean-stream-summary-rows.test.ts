// `clean` streams CSV files in batches: a total row and the notes under the table must be set aside
// there as in memory (`ingest.total_row`, `ingest.trailing_note`), and kept out of clean.csv.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/index.js";
import { fakeIo } from "../report/fake-io.js";

describe("clean (streamed) sets total rows and notes aside", () => {
  it("quarantines the total row and both notes, and the other rows stay clean", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-clean-totals-"));
    const rows = Array.from(
      { length: 40 },
      (_, i) => `B${String(i + 1).padStart(4, "0")};2025-03-${String((i % 28) + 1).padStart(2, "0")};Accueil;2`,
    );
    const csv = `N° bénévole;Date;Activité;Heures\n${rows.join("\n")}\nTotal;;;80\nSource : registre interne 2025\nChamp : antenne de Lyon\n`;
    await writeFile(join(cwd, "heures.csv"), csv);
    const io = fakeIo(cwd);
    expect(
      await runCli(["clean", "heures.csv", "--out", "out", "--schema", "volunteers", "--lang", "en", "--quiet"], io),
    ).toBe(0);
    const clean = (await readFile(join(cwd, "out", "clean.csv"), "utf8")).trim().split("\n");
    const quarantine = await readFile(join(cwd, "out", "quarantine.csv"), "utf8");
    expect(clean).toHaveLength(1 + 40);
    expect(clean.join("\n")).not.toMatch(/Source|Champ|Total/);
    // the code column of quarantine.csv (the third), line by line
    const codes = quarantine
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[2]);
    expect(codes).toEqual(["ingest.total_row", "ingest.trailing_note", "ingest.trailing_note"]);
  });
});
