import { fromCSV, IngestError } from "@solidata/core";
import { describe, expect, it } from "vitest";

const rows = (text: string | Uint8Array, options = {}): Record<string, unknown>[] =>
  fromCSV(text, options).table.objects() as Record<string, unknown>[];
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("fromCSV", () => {
  it("reads a messy French export: BOM, title line, semicolons, decimal commas, lost zeros kept", () => {
    const text =
      "\ufeffExport bénévoles 2024\r\n\r\nN° adhérent;Code postal;Heures;Date;Présent\r\n007;01000;2,5;03/04/2024;oui\r\n12;75011;1 200,75;25/12/2024;non\r\n";
    const { table, report } = fromCSV(new TextEncoder().encode(text), { file: "export.csv" });
    expect(report).toMatchObject({
      file: "export.csv",
      encoding: "utf-8",
      bom: true,
      delimiter: ";",
      headerLine: 3,
      rows: 2,
      lineEnding: "crlf",
      blankRows: 1,
    });
    expect(table.objects()).toEqual([
      { "N° adhérent": "007", "Code postal": "01000", Heures: 2.5, Date: utc(2024, 4, 3), Présent: true, _line: 4 },
      {
        "N° adhérent": "12",
        "Code postal": "75011",
        Heures: 1200.75,
        Date: utc(2024, 12, 25),
        Présent: false,
        _line: 5,
      },
    ]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "ingest.line_above_header", line: 1, value: "Export bénévoles 2024" }),
    );
    expect(report.columns.map((c) => c.type)).toEqual(["identifier", "identifier", "decimal", "date", "boolean"]);
  });

  it("decodes Windows-1252 with € and œ", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("mot;prix\n"),
      0x9c,
      0x75,
      0x76,
      0x72,
      0x65,
      0x3b,
      0x35,
      0x20,
      0x80,
      0x0a,
    ]);
    const { table, report } = fromCSV(bytes);
    expect(report.encoding).toBe("windows-1252");
    expect(table.objects()).toEqual([{ mot: "œuvre", prix: 5, _line: 2 }]);
    expect(report.columns[1]?.type).toBe("currency");
  });

  it("reports an undecodable byte with its offset when the encoding is forced", () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a]);
    const { table, report } = fromCSV(bytes, { encoding: "utf-8" });
    expect(table.array("a")).toEqual(["b\ufffd"]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "ingest.undecodable_byte", params: { offset: 3, encoding: "utf-8" } }),
    );
  });

  it("keeps ragged rows, renames empty and duplicate headers, reports each", () => {
    const { table, report } = fromCSV("a,,a\n1,2,3,4\n5\n");
    expect(table.columnNames()).toEqual(["a", "column_2", "a_2", "column_4", "_line"]);
    expect(table.objects()).toEqual([
      { a: 1, column_2: 2, a_2: 3, column_4: 4, _line: 2 },
      { a: 5, column_2: null, a_2: null, column_4: null, _line: 3 },
    ]);
    expect(report.issueCounts).toEqual({
      "ingest.empty_header": 1,
      "ingest.duplicate_header": 1,
      "ingest.ragged_row": 2,
    });
  });

  it("keeps a value that does not parse under its column's type as an issue with line, column and value", () => {
    const text = `n\n${"1\n".repeat(5)}deux\n`;
    const { table, report } = fromCSV(text, { sampleRows: 3 });
    // never emptied: the value that does not fit stays as text in its cell
    expect(table.array("n")).toEqual([1, 1, 1, 1, 1, "deux"]);
    expect(report.issues).toEqual([
      {
        code: "ingest.value_not_parsed",
        severity: "warning",
        line: 7,
        column: "n",
        value: "deux",
        expected: "integer",
        params: { type: "integer" },
      },
    ]);
    expect(report.columns[0]?.missing).toBe(0);
    expect(report.columns[0]?.keptAsText).toBe(1);
  });

  it("turns an integer column decimal when decimals appear after the sample", () => {
    const { table, report } = fromCSV("h\n1\n2\n2,5\n", { sampleRows: 2, decimal: "," });
    expect(table.array("h")).toEqual([1, 2, 2.5]);
    expect(report.columns[0]?.type).toBe("decimal");
  });

  it("counts every issue but stores at most maxIssuesPerCode", () => {
    const text = `a,b,c\n${"1,2\n".repeat(50)}`;
    const { report } = fromCSV(text, { maxIssuesPerCode: 5 });
    expect(report.issues).toHaveLength(5);
    expect(report.issueCounts["ingest.ragged_row"]).toBe(50);
  });

  it("lets every guess be overridden", () => {
    const text = "x|d|cp\n1.500|01/02/2024|1000\n";
    const { table, report } = fromCSV(text, {
      delimiter: "|",
      decimal: ",",
      dateOrder: "mdy",
      types: { cp: "identifier" },
    });
    expect(table.objects()).toEqual([{ x: 1500, d: utc(2024, 1, 2), cp: "1000", _line: 2 }]);
    expect(report.delimiter).toBe("|");
    expect(fromCSV("titre\na;b\n1;2\n", { headerLine: 2 }).table.columnNames()).toEqual(["a", "b", "_line"]);
  });

  it("uses configurable null tokens", () => {
    expect(rows("a,b\nNA,-\n.,NULL\n", {})).toEqual([
      { a: null, b: null, _line: 2 },
      { a: null, b: null, _line: 3 },
    ]);
    expect(rows("a\nNA\nnc\n", { nullTokens: ["", "nc"] })).toEqual([
      { a: "NA", _line: 2 },
      { a: null, _line: 3 },
    ]);
  });

  it("keeps an HXL hashtag row as column metadata, not data", () => {
    const { table, report } = fromCSV("Pays,Nombre\n#country,#affected+f\nTchad,12\n");
    expect(table.objects()).toEqual([{ Pays: "Tchad", Nombre: 12, _line: 3 }]);
    expect(report.hxlLine).toBe(2);
    expect(report.columns.map((c) => c.hxl)).toEqual(["#country", "#affected+f"]);
  });

  it("detects tab and pipe delimiters", () => {
    expect(fromCSV("a\tb\n1,5\t2\n").report.delimiter).toBe("\t");
    expect(fromCSV("a|b|c\n1|2|3\n").report.delimiter).toBe("|");
  });

  it("throws IngestError on empty input and an unterminated quote", () => {
    expect(() => fromCSV("")).toThrow(IngestError);
    expect(() => fromCSV(" \n\n")).toThrow(/ingest.empty_file/);
    expect(() => fromCSV('a\n"open\n', { file: "f.csv" })).toThrow(/ingest.unterminated_quote \(line 2, column 1\)/);
  });

  it("refuses binary data and workbooks given as CSV", () => {
    const binary = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0 : i % 256));
    expect(() => fromCSV(binary)).toThrow(/ingest.binary_file/);
    expect(() => fromCSV(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toThrow(/ingest.workbook_as_csv/);
  });

  it("reads UTF-16 with or without a BOM", () => {
    const text = "\ufeffnom;âge\nZoé;7\n";
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const { table, report } = fromCSV(le);
    expect(report.encoding).toBe("utf-16le");
    expect(table.objects()).toEqual([{ nom: "Zoé", âge: 7, _line: 2 }]);
    const noBom = fromCSV(le.subarray(2));
    expect(noBom.report).toMatchObject({ encoding: "utf-16le", bom: false });
    expect(noBom.table.objects()).toEqual([{ nom: "Zoé", âge: 7, _line: 2 }]);
  });
});
