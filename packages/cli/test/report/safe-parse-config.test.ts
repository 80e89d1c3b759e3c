import { describe, expect, it } from "vitest";
import { parseConfig, safeParseConfig } from "../../src/config/safe-parse-config.js";

describe("safeParseConfig", () => {
  it("fills defaults: public privacy, French, every section and format", () => {
    const result = safeParseConfig("{}", "json");
    expect(result).toEqual({
      ok: true,
      value: {
        lang: "fr",
        files: [],
        privacy: "public",
        valuation: { hourlyRate: "fr-smic-gross" },
        sections: ["summary", "volunteers", "beneficiaries", "territory", "outcomes", "sites", "quality"],
        formats: ["html", "md", "json"],
      },
    });
  });

  it("reads YAML with comments, files, a period and a numeric hourly rate", () => {
    const yaml = `# my association
organisation: { name: "Les Restos du Cœur de Lyon" }
period: { from: 2025-01-01, to: 2025-06-30 }
files:
  - path: benevoles.csv
    kind: volunteers
    mapping: { "Prénom du bénévole": first_name }
valuation: { hourlyRate: 15.5 }
privacy: internal
`;
    const result = safeParseConfig(yaml, "yaml");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.period).toEqual({ from: "2025-01-01", to: "2025-06-30" });
    expect(result.value.files[0]).toEqual({
      path: "benevoles.csv",
      kind: "volunteers",
      mapping: { "Prénom du bénévole": "first_name" },
    });
    expect(result.value.valuation.hourlyRate).toBe(15.5);
    expect(result.value.privacy).toBe("internal");
  });

  it("names the wrong key and why", () => {
    const result = safeParseConfig('{"privacy":"everyone","files":[{"path":"a.csv","kind":"donors"}]}', "json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.params?.key])).toEqual(
      [
        ["report.config_invalid", "files.0.kind"],
        ["report.config_invalid", "privacy"],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  it("refuses unknown keys, so a typo does not pass silently", () => {
    const result = safeParseConfig("privacyy: public", "yaml");
    expect(result.ok).toBe(false);
  });

  it("reports a syntax error as data", () => {
    const result = safeParseConfig("{ not json", "json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe("report.config_syntax");
  });
});

describe("parseConfig", () => {
  it("throws with the key and the reason", () => {
    expect(() => parseConfig("period: last year", "yaml")).toThrow(
      /^parseConfig: needs a valid configuration \(period: /,
    );
  });
});
