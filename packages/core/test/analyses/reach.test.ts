import { reach } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { day, ids } from "./helpers.js";

const internal = { privacy: { profile: "internal" as const } };

// January: p1..p10 come once on the 10th (parcel, site A), p1..p5 again on the 20th (parcel, site A).
// February: p1..p5 come for a shower (site B), p11..p16 come for the first time (parcel, site B).
// By hand: 16 people, 26 visits; visits per person: p1..p5 3, the 11 others 1 -> mean 26/16, median 1.
type Visit = [string, Date, string, string];
const rows: Visit[] = [
  ...ids(1, 10).map((p): Visit => [p, day("2025-01-10"), "colis", "A"]),
  ...ids(1, 5).map((p): Visit => [p, day("2025-01-20"), "colis", "A"]),
  ...ids(1, 5).map((p): Visit => [p, day("2025-02-03"), "douche", "B"]),
  ...ids(11, 16).map((p): Visit => [p, day("2025-02-04"), "colis", "B"]),
];
const visits = aq.table({
  person_id: rows.map((r) => r[0]),
  visit_date: rows.map((r) => r[1]),
  service: rows.map((r) => r[2]),
  site: rows.map((r) => r[3]),
});

describe("reach", () => {
  it("counts distinct people and visits in total and per period", () => {
    const r = reach(visits, { period: "month", ...internal });
    const total = r.tables.total.objects()[0] as Record<string, number>;
    expect([total.people, total.visits, total.median_visits]).toEqual([16, 26, 1]);
    expect(total.mean_visits).toBeCloseTo(26 / 16, 12);
    const periods = r.tables.by_period.objects() as Record<string, unknown>[];
    expect(periods.map((x) => [x.period, x.people, x.new, x.returning, x.visits])).toEqual([
      ["2025-01", 10, 10, 0, 15],
      ["2025-02", 11, 6, 5, 11],
    ]);
    expect(r.n).toBe(16);
  });

  it("gives the distribution of visits per person and the services and sites used", () => {
    const r = reach(visits, internal);
    const bands = r.tables.visits_per_person.objects() as Record<string, unknown>[];
    expect(bands.map((x) => [x.band, x.people])).toEqual([
      ["1", 11],
      ["2", 0],
      ["3–5", 5],
      ["6–10", 0],
      ["11+", 0],
    ]);
    const services = r.tables.by_service?.objects() as Record<string, unknown>[];
    expect(services.map((x) => [x.service, x.people, x.visits])).toEqual([
      ["colis", 16, 21],
      ["douche", 5, 5],
    ]);
    const sites = r.tables.by_site?.objects() as Record<string, unknown>[];
    expect(sites.map((x) => [x.site, x.people, x.visits])).toEqual([
      ["A", 10, 15],
      ["B", 11, 11],
    ]);
  });

  it("protects small counts with the public profile", () => {
    const r = reach(visits);
    const services = r.tables.by_service?.objects() as Record<string, unknown>[];
    expect(services.find((x) => x.service === "douche")?.people_status).toBe("primary");
    expect(r.warnings.map((w) => w.code)).toContain("analyses.small_n");
    expect(() => reach(visits, { by: ["quartier"] })).toThrow("reach: needs a column quartier");
  });
});
