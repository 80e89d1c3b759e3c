import type { Signal } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { signalWords } from "../../src/report/signal-words.js";

const drop: Signal = {
  code: "anomaly.seasonal",
  measure: "visits",
  where: { site: "Antenne Nord" },
  period: "2025-09",
  direction: "down",
  observed: 6,
  expected: 30,
  score: -5.2,
};

describe("signalWords", () => {
  it("says a drop in plain French and English", () => {
    const { sentences } = signalWords([drop]);
    expect(sentences[0]?.fr).toBe(
      "Antenne Nord : passages en forte baisse en septembre 2025 — 6 contre 30 d'habitude.",
    );
    expect(sentences[0]?.en).toBe("Antenne Nord: visits sharply down in September 2025 — 6 against 30 usually.");
  });

  it("says a signal on people reached once when visits say it at the same place and month, strongest first", () => {
    const silent: Signal = {
      ...drop,
      code: "site.silent",
      where: { site: "Est" },
      observed: 0,
      expected: 40,
      score: null,
    };
    const { sentences, table } = signalWords([drop, { ...drop, measure: "people", observed: 5 }, silent]);
    expect(sentences.map((s) => s.en)).toEqual([
      "Est: no longer reports from September 2025 (about 40 visits a month before).",
      "Antenne Nord: visits sharply down in September 2025 — 6 against 30 usually.",
    ]);
    // the table keeps every signal
    expect(table.rows).toHaveLength(3);
    expect(table.rows[2]?.[3]?.value).toEqual({
      fr: "Antenne qui ne remonte plus rien",
      en: "Site no longer reporting",
    });
  });

  it("names the whole association when a signal has no place", () => {
    const { sentences } = signalWords([
      { ...drop, where: {}, code: "shift", direction: "up", observed: 90, expected: 45 },
    ]);
    expect(sentences[0]?.fr).toBe(
      "Ensemble de l'association : passages en hausse durable à partir de septembre 2025 — 90 contre 45 avant.",
    );
  });
});
