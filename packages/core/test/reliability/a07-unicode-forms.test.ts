import { normalizeEmail, normalizePersonName } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #7: the same name in NFC and NFD, and invisible characters in an e-mail.
describe("#7 NFC and NFD, zero-width space and NBSP", () => {
  it("reads both forms unchanged (the raw value is kept) and cleans them to one", async () => {
    const nfd = "He\u0301le\u0300ne";
    const text = register([`Dupont;${nfd};1990-05-12;01000`, "Dupont;Hélène;1990-05-12;01000"]);
    const { ingested } = await prepareChecked(text);
    expect(ingested.table.array("Prénom")).toEqual([nfd, "Hélène"]);
    expect(normalizePersonName(nfd)).toBe(normalizePersonName("Hélène"));
  });

  it("matches an e-mail with a zero-width space or NBSP to the plain one", () => {
    expect(normalizeEmail("marie@ex.org\u200b")).toEqual(normalizeEmail("marie@ex.org"));
    expect(normalizeEmail("\u00a0marie@ex.org")).toEqual(normalizeEmail("marie@ex.org"));
  });
});
