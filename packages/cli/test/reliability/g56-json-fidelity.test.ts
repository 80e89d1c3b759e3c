// Catalogue entry 56: JSON output fidelity (NaN, Infinity, -0, dates, big identifiers, emoji, lone
// surrogates). report.json has no silent null: non-finite numbers are written as "NaN", "Infinity",
// "-Infinity"; -0 as 0; dates as ISO text; identifiers are text so big ones keep every digit; emoji
// round-trip; a lone surrogate becomes U+FFFD, so the file is valid UTF-8, and is counted in
// loneSurrogatesReplaced (reported, not emitted). I3: the sample's
// suppressed figure stays null (suppression is a status, not a number).
import { describe, expect, it } from "vitest";
import { renderJSON } from "../../src/report/render-json.js";
import { sampleModel } from "../report/sample-model.js";

describe("56. JSON output fidelity", () => {
  it("writes every special value by an explicit rule and stays valid UTF-8", async () => {
    const model = sampleModel();
    const figures = model.sections[0]?.figures ?? [];
    const base = figures[0];
    if (!base) throw new Error("the sample has a figure");
    const special = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0];
    special.forEach((value, i) => {
      figures.push({ ...base, id: `special.${i}`, value });
    });
    model.organisation = { name: "Équipe 🌍 12345678901234567890 \ud800 fin" };
    const json = renderJSON(model);
    const parsed = JSON.parse(json);
    const out = parsed.sections[0].figures.filter((f: { id: string }) => f.id.startsWith("special."));
    expect(out.map((f: { value: unknown }) => f.value)).toEqual(["NaN", "Infinity", "-Infinity", 0]);
    expect(parsed.organisation.name).toBe("Équipe 🌍 12345678901234567890 \ufffd fin");
    // reported, not emitted: one lone surrogate replaced, and none left in the text
    expect(parsed.loneSurrogatesReplaced).toBe(1);
    expect(json).not.toMatch(/[\ud800-\udfff]/u);
    // no silent null: none of the special numbers became null
    expect(out.every((f: { value: unknown }) => f.value !== null)).toBe(true);
    // valid UTF-8: encoding then decoding strictly gives the same text
    const bytes = new TextEncoder().encode(json);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(json);
    expect(parsed.generatedAt).toBe("2026-01-15T10:00:00.000Z");
    const rare = parsed.sections[0].figures.find((f: { id: string }) => f.id === "beneficiaries.rare");
    expect(rare.value).toBeNull();
    expect(rare.status).toBe("primary");
  });
});
