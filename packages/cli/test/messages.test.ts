import { describe, expect, expectTypeOf, it } from "vitest";
import { type CliCode, isCliCode, t } from "../src/messages.js";

describe("t", () => {
  it("gives the CLI's text in French or English with its parameters", () => {
    expect(t("fr", "inspect.html.title", { file: "a.csv" })).toBe("Profil de a.csv");
    expect(t("en", "inspect.html.title", { file: "a.csv" })).toBe("Profile of a.csv");
    expect(t("fr", "cli.help.usage")).toBe("Utilisation :");
  });

  it("takes only a code of the CLI's catalogue (checked by tsc -p tsconfig.test.json)", () => {
    expectTypeOf(t).parameter(1).toEqualTypeOf<CliCode>();
    // @ts-expect-error a string that is no code of the catalogue does not compile
    const unknown = t("en", "no.such.code");
    // plain JavaScript can still pass one: it gets the code back, never a crash
    expect(unknown).toBe("no.such.code");
    // @ts-expect-error a code of core is not a code of the CLI
    expect(t("en", "ingest.ragged_row")).toBe("ingest.ragged_row");
  });
});

describe("isCliCode", () => {
  it("accepts the CLI's codes only", () => {
    expect(isCliCode("inspect.html.issue.ragged_row")).toBe(true);
    for (const c of ["no.such.code", "ingest.ragged_row", "toString", ""]) expect(isCliCode(c), c).toBe(false);
  });
});
