import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { volunteerIndicators } from "../../src/indicators/volunteer-indicators.js";

const privacy = { profile: "public" as const, k: 10 };

/** A clean volunteer log of `people` volunteers, 2 h each on one day. */
function log(people: number) {
  const ids = Array.from({ length: people }, (_, i) => `B${String(i + 1).padStart(3, "0")}`);
  return aq.table({
    person_id: ids,
    activity_date: ids.map(() => new Date("2025-03-01T00:00:00Z")),
    hours: ids.map(() => 2),
    _line: ids.map((_, i) => i + 2),
  });
}

describe("volunteerIndicators", () => {
  it("hides the count and its base on a 6-volunteer log: n never gives the hidden count back", () => {
    const out = volunteerIndicators(log(6), { privacy });
    const people = out.figures.find((f) => f.id === "volunteers.people");
    expect(people).toMatchObject({ value: null, n: null, nStatus: "primary" });
    expect(people?.status).not.toBe("ok");
    for (const f of out.figures) {
      expect(f.n).toBeNull();
      expect(f.value).toBeNull();
    }
  });
  it("publishes the count, the hours and the base of 12 volunteers", () => {
    const out = volunteerIndicators(log(12), { privacy });
    const byId = Object.fromEntries(out.figures.map((f) => [f.id, f]));
    expect(byId["volunteers.people"]).toMatchObject({ value: 12, n: 12, status: "ok", unit: "person" });
    expect(byId["volunteers.hours"]).toMatchObject({ value: 24, n: 12, status: "ok" });
    expect(byId["volunteers.median_hours"]).toMatchObject({ value: 2, status: "ok" });
  });
});
