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
        sections: [
          "summary",
          "indicators",
          "volunteers",
          "beneficiaries",
          "territory",
          "outcomes",
          "sites",
          "groups",
          "signals",
          "factors",
          "quality",
        ],
        formats: ["html", "md", "json"],
      },
    });
  });

  it("reads a logframe and the census rule; refuses a target on the wrong side and two ids alike", () => {
    const yaml = `groups: { activeWithinMonths: 24 }
indicators:
  - id: hours
    label: { fr: Heures, en: Hours }
    figure: volunteers.hours
    baseline: 6000
    target: 10000
    direction: increase
    milestones: [{ date: 2025-06-30, value: 7000 }]
`;
    const result = safeParseConfig(yaml, "yaml");
    expect(result.ok && result.value.groups).toEqual({ activeWithinMonths: 24 });
    expect(result.ok && result.value.indicators?.[0]?.milestones).toEqual([{ date: "2025-06-30", value: 7000 }]);
    expect(safeParseConfig(yaml.replace("target: 10000", "target: 5000"), "yaml").ok).toBe(false);
    expect(
      safeParseConfig(
        yaml.replace("direction: increase", "direction: decrease").replace("target: 10000", "target: 5000"),
        "yaml",
      ).ok,
    ).toBe(true);
    const twice = `indicators:\n${yaml.split("indicators:\n")[1]}${yaml.split("indicators:\n")[1]}`;
    expect(safeParseConfig(twice, "yaml").ok).toBe(false);
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
