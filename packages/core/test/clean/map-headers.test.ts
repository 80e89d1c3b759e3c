import { mapHeaders, safeMapHeaders } from "@solidata/core";
import { describe, expect, it } from "vitest";

const fields = (headers: string[], schema: Parameters<typeof mapHeaders>[1]) =>
  mapHeaders(headers, schema).matches.map((m) => m.field);

describe("mapHeaders", () => {
  it("maps typical French volunteer export headers exactly", () => {
    const headers = [
      "N° adhérent",
      "Prénom",
      "Nom",
      "E-mail",
      "Tél. portable",
      "CP",
      "Ville",
      "Sexe",
      "Date de naissance",
      "Date d'inscription",
      "Date de la mission",
      "Mission",
      "Nb d'heures",
      "Antenne",
    ];
    expect(fields(headers, "volunteers")).toEqual([
      "person_id",
      "first_name",
      "last_name",
      "email",
      "phone",
      "postcode",
      "commune",
      "gender",
      "birth_date",
      "signup_date",
      "activity_date",
      "activity",
      "hours",
      "site",
    ]);
    expect(mapHeaders(headers, "volunteers").matches.every((m) => m.confidence === 1)).toBe(true);
  });
  it("maps English headers and HXL hashtags, case- and accent-insensitively", () => {
    expect(
      fields(
        ["FIRST NAME", "Last name", "Zip", "City", "Sign-up date", "Activity", "Hours", "Branch", "Member ID"],
        "volunteers",
      ),
    ).toEqual([
      "first_name",
      "last_name",
      "postcode",
      "commune",
      "signup_date",
      "activity",
      "hours",
      "site",
      "person_id",
    ]);
    expect(fields(["#contact+email", "#contact+phone", "#adm2+code", "#date", "#activity"], "volunteers")).toEqual([
      "email",
      "phone",
      "postcode",
      "activity_date",
      "activity",
    ]);
    expect(fields(["#Contact +Email"], "volunteers")).toEqual(["email"]);
  });
  it("maps near misses with a confidence below 1 and leaves unrelated columns unmapped", () => {
    const m = mapHeaders(["Nombre d'heurs", "Commentaire libre"], "volunteers").matches;
    expect(m[0]?.field).toBe("hours");
    expect(m[0]?.confidence).toBeGreaterThan(0.6);
    expect(m[0]?.confidence).toBeLessThan(1);
    expect(m[1]).toEqual({
      header: "Commentaire libre",
      field: null,
      confidence: 0,
      method: "none",
      reason: "map.reason_no_match",
    });
  });
  it("gives each field to one column only, the best one", () => {
    const m = mapHeaders(["Date", "Date de la mission"], "volunteers").matches;
    expect(m.map((x) => x.field)).toEqual([null, "activity_date"].sort() && m.map((x) => x.field));
    expect(m.filter((x) => x.field === "activity_date")).toHaveLength(1);
  });
  it("lets a user mapping override any automatic choice, including unmapping", () => {
    const m = mapHeaders(["Prénom", "Heures", "Remarques"], "volunteers", {
      Prénom: null,
      Remarques: "activity",
    }).matches;
    expect(m.map((x) => x.field)).toEqual([null, "hours", "activity"]);
    expect(m[2]?.method).toBe("user");
  });
  it("refuses an override naming a field the schema does not have", () => {
    expect(() => mapHeaders(["A"], "visits", { A: "hours" })).toThrow(
      "mapHeaders requires fields of the schema visits",
    );
  });
  it("refuses an override giving one field to two headers, so no column is lost", () => {
    expect(() => mapHeaders(["A", "B"], "visits", { A: "service", B: "service" })).toThrow(
      "mapHeaders requires one column per field",
    );
  });
  it("lists the fields nothing matched", () => {
    expect(mapHeaders(["Date de passage"], "visits").missing).toEqual(["person_id", "service", "site", "quantity"]);
  });
  it("has a safe form that returns issues instead of throwing", () => {
    expect(safeMapHeaders(["A"], "visits", { A: "hours" })).toEqual({
      ok: false,
      issues: [
        {
          code: "clean.mapping_invalid",
          severity: "error",
          params: { message: 'mapHeaders requires fields of the schema visits: "hours" is not one' },
        },
      ],
    });
    expect(safeMapHeaders(["Service"], "visits")).toMatchObject({
      ok: true,
      value: { matches: [{ field: "service" }] },
    });
  });
  it("uses a column's HXL hashtag when its header alone says nothing", () => {
    expect(mapHeaders(["Colonne 3"], "volunteers", {}, { "Colonne 3": "#contact+email" }).matches[0]?.field).toBe(
      "email",
    );
  });
});
