import { describe, expect, it } from "vitest";
import { findLeaks } from "./find-leaks.js";

describe("findLeaks (test helper)", () => {
  it("finds names, e-mails and phones in any case, escaped or reformatted", () => {
    const texts = [
      '{"label":"DUPONT Zoé"}',
      "<td>zoe.dupont&#64;example.org</td>",
      "tel: +33 6 12 34 56 78",
      "<text>O&#39;Brien</text>",
      '{"name":"Zo\\u00e9"}',
    ];
    const leaks = findLeaks(texts, ["Dupont", "zoe.dupont@example.org", "06.12.34.56.78", "O'Brien", "Zoé"]);
    expect(leaks.map((l) => [l.secret, l.text])).toEqual([
      ["Dupont", 0],
      // a last name inside an e-mail address is a leak too
      ["Dupont", 1],
      ["zoe.dupont@example.org", 1],
      ["06.12.34.56.78", 2],
      ["O'Brien", 3],
      ["Zoé", 0],
      ["Zoé", 4],
    ]);
  });

  it("does not match inside longer words and ignores very short secrets", () => {
    expect(findLeaks(["Léandre et Lucas", "n = 42"], ["Léa", "Luc", "42"])).toEqual([]);
  });
});
