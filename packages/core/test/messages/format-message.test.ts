import { type CodeTail, formatIssue, formatMessage, type Issue, type MessageCode } from "@solidata/core";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("formatMessage", () => {
  it("fills the French or English template of a code with its parameters", () => {
    const params = { line: 4, found: 3, expected: 4 };
    expect(formatMessage("ingest.ragged_row", "fr", params)).toMatch(/^la ligne 4 a 3 champs au lieu de 4 : gardée/);
    expect(formatMessage("ingest.ragged_row", "en", params)).toMatch(/^line 4 has 3 fields instead of 4: kept/);
    // a parameter not given stays visible as its placeholder
    expect(formatMessage("ingest.empty_file", "en")).toMatch(/^\{file\} is empty/);
  });

  it("takes only a code of the catalogue (checked by tsc -p tsconfig.test.json)", () => {
    expectTypeOf(formatMessage).parameter(0).toEqualTypeOf<MessageCode>();
    // @ts-expect-error a string that is no code of the catalogue does not compile
    const unknown = formatMessage("no.such.code", "en");
    // plain JavaScript can still pass one: it gets the code back, never a crash
    expect(unknown).toBe("no.such.code");
    const anyString: string = "ingest.ragged_row";
    // @ts-expect-error nor does a plain string, even one that happens to be a code: check it with isMessageCode
    expect(formatMessage(anyString, "en")).toMatch(/^line \{line\}/);
  });
});

describe("Issue", () => {
  it("carries a code of core by default, or of the union it is given", () => {
    expectTypeOf<Issue["code"]>().toEqualTypeOf<MessageCode>();
    expectTypeOf<Issue<"a.b" | "a.c">["code"]>().toEqualTypeOf<"a.b" | "a.c">();
    // @ts-expect-error an issue of core cannot carry a code the catalogue lacks
    const wrong: Issue = { code: "no.such.code", severity: "error" };
    expect(formatIssue(wrong, "en")).toBe("no.such.code");
  });

  it("lets a computed code be checked: CodeTail lists the ends of the codes under a prefix", () => {
    type Skipped = CodeTail<MessageCode, "indicators.skipped.">;
    expectTypeOf<"no_volunteers">().toExtend<Skipped>();
    expectTypeOf<"no_such_reason">().not.toExtend<Skipped>();
    const reason: Skipped = "no_outcomes";
    expect(formatMessage(`indicators.skipped.${reason}`, "en")).toMatch(/^Outcomes section left out/);
  });
});
