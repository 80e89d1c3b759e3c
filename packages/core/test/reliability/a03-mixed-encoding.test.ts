import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { bytes, cp1252, prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #3: a mostly UTF-8 file with one row pasted in cp1252.
// Choice: the row is decoded as Windows-1252 (so it reads right) and reported with its line and
// byte offset (`ingest.encoding_repaired`); every other row is UTF-8, untouched. Never U+FFFD.
describe("#3 one Windows-1252 row in a UTF-8 file", () => {
  const utf8Rows = Array.from(
    { length: 40 },
    (_, i) => `Müller;Hélène;1990-01-${String((i % 28) + 1).padStart(2, "0")};01000`,
  );
  const head = register(utf8Rows.slice(0, 20));
  const bad = "Lefèvre;Françoise;1961-03-02;75011\n";
  const tail = `${utf8Rows.slice(20).join("\n")}\n`;
  const file = bytes(head, cp1252(bad), tail);

  it("decodes that row right, reports it with its line and byte offset, leaves the others untouched", async () => {
    const { ingested, prepared } = await prepareChecked(file);
    expect(ingested.report.encoding).toBe("utf-8");
    expect(ingested.report.decisions[0]?.code).toBe("ingest.decision.mostly_utf8");
    const names = ingested.table.array("Nom") as string[];
    expect(names[20]).toBe("Lefèvre");
    expect(names.filter((n) => n === "Müller")).toHaveLength(40);
    expect(ingested.table.array("Prénom")[20]).toBe("Françoise");
    const repaired = ingested.report.issues.filter((i) => i.code === "ingest.encoding_repaired");
    const offset = new TextEncoder().encode(head).length + bad.indexOf("è");
    expect(repaired.map((i) => i.line)).toEqual([22, 22]);
    expect(repaired[0]?.params?.offset).toBe(offset);
    expect(JSON.stringify(ingested.table.objects())).not.toContain("\ufffd");
    expect(prepared.cleaned?.clean.numRows()).toBe(41);
  });

  it("finds the row past the first 64 KiB too, whatever the chunk size", async () => {
    const many = register(Array.from({ length: 3000 }, () => "Müller;Hélène;1990-01-02;01000"));
    const file2 = bytes(many, cp1252(bad));
    const whole = fromCSV(file2, { maxIssuesPerCode: Number.POSITIVE_INFINITY });
    expect(whole.table.array("Nom")[3000]).toBe("Lefèvre");
    expect(whole.report.issues.filter((i) => i.code === "ingest.encoding_repaired").map((i) => i.line)).toEqual([
      3002, 3002,
    ]);
  });

  it("is strict when UTF-8 is given as an option: the byte is reported as undecodable", () => {
    const { report } = fromCSV(file, { encoding: "utf-8" });
    expect(report.issueCounts["ingest.undecodable_byte"]).toBe(2);
  });
});
