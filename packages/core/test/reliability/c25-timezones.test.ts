import { fromCSV } from "@solidata/core";
import { afterEach, describe, expect, it } from "vitest";

// RELIABILITY.md #25: a date-only birth date read under TZ=America/New_York and Pacific/Kiritimati.
// Dates are calendar dates at UTC midnight: the same day whatever the time zone of the machine
// (Node reads process.env.TZ again when it changes).
describe("#25 date-only values in every time zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });
  const read = (tz: string): unknown => {
    process.env.TZ = tz;
    const t = fromCSV("Nom;Date de naissance\na;1990-05-12\nb;12/05/1990\n").table;
    return (t.array("Date de naissance") as Date[]).map((d) => [d.toISOString(), d.getUTCDate(), d.getUTCMonth()]);
  };

  it("gives the same day in New York, Kiritimati and UTC", () => {
    const utc = read("UTC");
    expect(utc).toEqual([
      ["1990-05-12T00:00:00.000Z", 12, 4],
      ["1990-05-12T00:00:00.000Z", 12, 4],
    ]);
    process.env.TZ = "America/New_York";
    expect(new Date(1990, 4, 12).getTimezoneOffset()).toBe(240);
    expect(read("America/New_York")).toEqual(utc);
    expect(read("Pacific/Kiritimati")).toEqual(utc);
  });
});
