import { describe, expect, it } from "vitest";
import { findRecordStart } from "../../src/ingest/find-record-start.js";

const SEMI = 0x3b;
const bytes = (text: string): Buffer => Buffer.from(text, "utf8");

describe("findRecordStart", () => {
  it("skips a line start inside a quoted field with a newline", () => {
    // offsets: a;b\n = 0-3, "x\ny";1\n = 4-11, c;d\n = 12-15; the LF at 6 is inside quotes
    expect(findRecordStart(bytes('a;b\n"x\ny";1\nc;d\n'), 5, 2, SEMI)).toBe(12);
    // unchecked, the first LF is taken as it is
    expect(findRecordStart(bytes('a;b\n"x\ny";1\nc;d\n'), 5, 2, SEMI, false)).toBe(7);
  });

  it("takes `from` itself when an LF is just before it, and CRLF endings", () => {
    expect(findRecordStart(bytes("a;b\r\nc;d\r\ne;f\r\n"), 5, 2, SEMI)).toBe(5);
    expect(findRecordStart(bytes("a;b\r\nc;d\r\ne;f\r\n"), 6, 2, SEMI)).toBe(10);
  });

  it("judges by the field count: a start inside a quoted field full of delimiters is refused", () => {
    // the LF at 8 is inside the quoted field "x;y\nz;w"; from there the fields do not line up
    const text = 'h1;h2\n1;"x;y\nz;w;v"\n2;ok\n3;ok\n';
    const at = findRecordStart(bytes(text), 7, 2, SEMI);
    expect(text.slice(at)).toBe("2;ok\n3;ok\n");
  });

  it("returns -1 when no line ends after `from`", () => {
    expect(findRecordStart(bytes("a;b\nc;d"), 5, 2, SEMI)).toBe(-1);
  });
});
