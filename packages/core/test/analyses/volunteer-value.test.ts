import { formatIssue, type Issue, volunteerValue } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { day, ids, volunteerLog } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } };

// 10 volunteers × 10 h on 1 June 2024 (SMIC 11,65 €) and 10 × 10 h on 15 November 2024 (SMIC 11,88 €
// from 1 November 2024): 100 × 11.65 + 100 × 11.88 = 1165 + 1188 = 2353 €, average rate 11.765 €.
const log = volunteerLog([
  ...ids(1, 10).map((p): [string, Date, number] => [p, day("2024-06-01"), 10]),
  ...ids(11, 20).map((p): [string, Date, number] => [p, day("2024-11-15"), 10]),
]);

describe("volunteerValue", () => {
  it("values each hour at the SMIC in force on its date", () => {
    const r = volunteerValue(log, { preset: "fr-smic-gross", ...internal });
    const v = r.tables.valuation.objects()[0] as Record<string, unknown>;
    expect(v.hours).toBe(200);
    expect(v.value).toBeCloseTo(2353, 6);
    expect(v.rate).toBeCloseTo(11.77, 6);
    expect(v.currency).toBe("EUR");
    expect(v.volunteers).toBe(20);
    // two SMIC periods: no single "hours × average rate" (200 × 11.77 = 2354 ≠ 2353), one line per period instead
    expect(r.warnings.some((w) => w.code === "analyses.valuation_method")).toBe(false);
    const method = r.warnings.find((w) => w.code === "analyses.valuation_method_periods");
    expect(method?.severity).toBe("info");
    const fr = formatIssue(method!, "fr");
    // French figures: narrow no-break space between thousands, decimal comma, no-break space before €
    expect(fr).toContain("Temps bénévole valorisé à 2\u202f353,00\u00a0€ : 200 heures, chacune au taux en vigueur");
    expect(fr).toContain("864");
    expect(fr).toContain("875");
    expect(fr).toContain("ANC 2018-06");
    expect(formatIssue(method!, "en")).toContain(
      "Volunteer time valued at €2,353.00: 200 hours, each valued at the rate",
    );
    expect(
      (r.tables.periods.objects() as Record<string, unknown>[]).map((p) => [
        p.from,
        p.to,
        p.rate_from,
        p.rate,
        p.hours,
        p.value,
      ]),
    ).toEqual([
      ["2024-06-01", "2024-06-01", "2024-01-01", 11.65, 100, 1165],
      ["2024-11-15", "2024-11-15", "2024-11-01", 11.88, 100, 1188],
    ]);
    expect(r.tables.periods.get("source", 0)).toContain("SMIC horaire brut");
    const lines = r.warnings.filter((w) => w.code === "analyses.valuation_line").map((w) => formatIssue(w, "en"));
    expect(lines[1]).toBe(
      "2024-11-15 to 2024-11-15: 100 hours × €11.88/hour = €1,188.00 (SMIC horaire brut, the French gross hourly minimum wage, decrees in the Journal officiel (service-public.fr, “Smic”), rate in force from 2024-11-01)",
    );
    // each language quotes the source in its own words
    expect(formatIssue(r.warnings.filter((w) => w.code === "analyses.valuation_line")[1] as Issue, "fr")).toBe(
      "du 2024-11-15 au 2024-11-15 : 100 heures × 11,88\u00a0€/heure = 1\u202f188,00\u00a0€ (SMIC horaire brut, décrets au Journal officiel (service-public.fr, « Smic »), taux en vigueur depuis le 2024-11-01)",
    );
  });

  it("adds employer contributions for the charged preset", () => {
    const r = volunteerValue(log, { preset: "fr-smic-charged", employerRate: 0.5, ...internal });
    // the rate used is the one printed, to the cent: 11.65 × 1.5 = 17.475 → 17.48; 11.88 × 1.5 = 17.82
    expect(r.tables.periods.array("rate")).toEqual([17.48, 17.82]);
    expect(r.tables.valuation.get("value", 0)).toBeCloseTo(100 * 17.48 + 100 * 17.82, 6);
    expect(r.parameters.employerRate).toBe(0.5);
  });

  it("uses the Independent Sector value by year and warns outside the known years", () => {
    const us = volunteerLog([
      ...ids(1, 10).map((p): [string, Date, number] => [p, day("2023-03-01"), 2]),
      ...ids(11, 20).map((p): [string, Date, number] => [p, day("2019-03-01"), 1]),
    ]);
    const r = volunteerValue(us, { preset: "us-independent-sector", ...internal });
    // 20 h × 33.49 (2023) + 10 h × 28.54 (2019 is before the table: nearest year 2020)
    expect(r.tables.valuation.get("value", 0)).toBeCloseTo(20 * 33.49 + 10 * 28.54, 6);
    expect(r.tables.valuation.get("currency", 0)).toBe("USD");
    const w = r.warnings.find((x) => x.code === "analyses.rate_out_of_range");
    expect(w?.params).toMatchObject({ year: 2019, used: 2020 });
  });

  it("accepts a fixed rate and rejects a rate that is not positive", () => {
    const r = volunteerValue(log, { rate: 20, currency: "EUR", source: "coût horaire d'un animateur", ...internal });
    expect(r.tables.valuation.get("value", 0)).toBe(4000);
    expect(formatIssue(r.warnings.at(-1)!, "fr")).toContain("coût horaire d'un animateur");
    expect(() => volunteerValue(log, { rate: -1 })).toThrow("volunteerValue: rate must be a positive number");
  });

  it("writes the method's amounts for each language", () => {
    // 10 volunteers × 839.94 h = 8,399.4 h; × 11.82 = 99,280.908 → 99,280.91
    const big = volunteerLog(ids(1, 10).map((p): [string, Date, number] => [p, day("2024-06-01"), 839.94]));
    const r = volunteerValue(big, { rate: 11.82, source: "coût horaire", ...internal });
    const method = r.warnings.find((w) => w.code === "analyses.valuation_method")!;
    expect(formatIssue(method, "fr")).toContain(
      "valorisé à 99\u202f280,91\u00a0€ : 8\u202f399,4 heures × 11,82\u00a0€/heure (coût horaire)",
    );
    expect(formatIssue(method, "en")).toContain("valued at €99,280.91: 8,399.4 hours × €11.82/hour (coût horaire)");
    // the raw figures stay numbers for scripts
    expect(method.params).toMatchObject({ value: 99280.91, rate: 11.82, currency: "EUR" });
    expect(method.params?.hours).toBeCloseTo(8399.4, 6);
    const usd = volunteerValue(big, { rate: 11.82, currency: "USD", ...internal });
    const us = usd.warnings.find((w) => w.code === "analyses.valuation_method")!;
    expect(formatIssue(us, "en")).toContain("valued at $99,280.91");
    expect(formatIssue(us, "fr")).toContain("99\u202f280,91\u00a0$US");
  });
});
