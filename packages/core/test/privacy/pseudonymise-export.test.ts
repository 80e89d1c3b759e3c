import { importKey, PrivacyError, pseudonymiseExport } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { findLeaks } from "./find-leaks.js";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const OTHER = "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100";

const people = () =>
  table({
    person_id: ["A12", "A12", "B07", "000065"],
    first_name: ["Zoé", "Zoé", "Karim", "Brigitte"],
    last_name: ["Dupont", "Dupont", "Benali", "Casanova"],
    email: ["zoe.dupont@example.org", "zoe.dupont@example.org", "karim.benali@example.org", "b.casanova@sfr.fr"],
    phone: ["+33612345678", "+33612345678", "+33798765432", "+33643335235"],
    address: ["3 rue des Lilas", "3 rue des Lilas", "12 avenue Jean Jaurès", "1 place du Marché"],
    birth_date: [new Date("1991-12-11"), new Date("1991-12-11"), new Date("1975-03-02"), new Date("1995-12-11")],
    contact: ["zoe.dupont@example.org", "zoe.dupont@example.org", "karim.benali@example.org", "b.casanova@sfr.fr"],
    postcode: ["69003", "69003", "38200", "13700"],
    hours: [2, 3, 1.5, 7],
  });

describe("pseudonymiseExport", () => {
  it("replaces identifiers by 128-bit HMAC-SHA-256 pseudonyms and drops direct identifiers", async () => {
    // python3 -c "import hmac,hashlib; k=bytes.fromhex('0001...1e1f');
    //   print(hmac.new(k, b'A12', hashlib.sha256).hexdigest()[:32])" -> 45911549d58b9023e0803f84280b4e34
    const out = await pseudonymiseExport(people(), await importKey(HEX));
    expect(out.table.columnNames()).toEqual(["person_id", "birth_year", "postcode", "hours"]);
    expect(out.table.get("person_id", 0)).toBe("45911549d58b9023e0803f84280b4e34");
    expect(out.table.get("person_id", 1)).toBe(out.table.get("person_id", 0));
    expect(out.table.array("birth_year")).toEqual([1991, 1991, 1975, 1995]);
    expect(out.bits).toBe(128);
    expect(out.dropped).toEqual(["first_name", "last_name", "email", "phone", "address", "contact"]);
    const text = JSON.stringify(out.table.objects());
    // control: the same search finds the secrets in the input
    const secrets = [
      "Zoé",
      "Dupont",
      "Karim",
      "Benali",
      "Brigitte",
      "Casanova",
      "zoe.dupont@example.org",
      "+33612345678",
      "rue des Lilas",
      "1991-12-11",
      "A12",
      "B07",
      "000065",
    ];
    expect(findLeaks([JSON.stringify(people().objects())], secrets).length).toBeGreaterThanOrEqual(secrets.length);
    expect(findLeaks([text], secrets)).toEqual([]);
  });
  it("is stable under one key and unlinkable under another", async () => {
    const a = await pseudonymiseExport(people(), await importKey(HEX));
    const again = await pseudonymiseExport(people(), await importKey(HEX));
    const b = await pseudonymiseExport(people(), await importKey(OTHER));
    expect(again.table.array("person_id")).toEqual(a.table.array("person_id"));
    const ours = new Set(Array.from(a.table.array("person_id") as ArrayLike<string>));
    for (const p of Array.from(b.table.array("person_id") as ArrayLike<string>)) expect(ours.has(p)).toBe(false);
  });
  it("refuses pseudonyms under 128 bits and fails on a collision instead of merging", async () => {
    const key = await importKey(HEX);
    await expect(pseudonymiseExport(people(), key, { length: 16 })).rejects.toThrow(PrivacyError);
    // a truncation to one character forces A12, B07 and 000065 onto few pseudonyms
    const forced = pseudonymiseExport(people(), key, { truncate: () => "x" });
    await expect(forced).rejects.toMatchObject({ code: "privacy.pseudonym_collision" });
  });
});
