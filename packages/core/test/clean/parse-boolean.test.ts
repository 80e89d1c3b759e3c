import { parseBoolean } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("parseBoolean", () => {
  it("reads French and English yes and no", () => {
    for (const yes of ["Oui", "O", "vrai", "yes", "TRUE", "1", "x"])
      expect(parseBoolean(yes)).toEqual({ ok: true, value: true });
    for (const no of ["Non", "n", "FAUX", "no", "false", "0"])
      expect(parseBoolean(no)).toEqual({ ok: true, value: false });
  });
  it("refuses anything else and keeps blanks missing", () => {
    expect(parseBoolean("peut-être")).toEqual({ ok: false, code: "clean.invalid_boolean" });
    expect(parseBoolean("")).toEqual({ ok: true, value: null });
  });
});
