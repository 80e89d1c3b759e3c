import { detectIdentityFields, fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

const kinds = (csv: string) => detectIdentityFields(fromCSV(csv).table).map((f) => `${f.column}:${f.kind}:${f.reason}`);

describe("detectIdentityFields", () => {
  it("reads French and English headers (the TSDoc example)", () => {
    expect(kinds("N°;Nom;Prénom;Né le\n1;Durand;Marie;03/04/1985\n")).toEqual([
      "Nom:last_name:header",
      "Prénom:first_name:header",
      "Né le:birth_date:header",
    ]);
    expect(
      kinds(
        "Nom complet;Date de naissance;Tél. portable;E-mail;Code postal;Ville;Adresse\nMarie Durand;03/04/1985;0612345678;m@d.fr;75011;Paris;1 rue X\n",
      ),
    ).toEqual([
      "Nom complet:full_name:header",
      "Date de naissance:birth_date:header",
      "Tél. portable:phone:header",
      "E-mail:email:header",
      "Code postal:postcode:header",
      "Ville:commune:header",
      "Adresse:address:header",
    ]);
  });
  it("finds e-mail and phone columns by their values when the header says nothing", () => {
    expect(kinds("contact;joindre\nmarie@exemple.fr;06 12 34 56 78\npaul@asso.org;07 98 76 54 32\n")).toEqual([
      "contact:email:values",
      "joindre:phone:values",
    ]);
  });
  it("never takes a row number, a record key or a column that only numbers the records", () => {
    expect(kinds("id;ref;nom\n1;3;Durand\n2;1;Martin\n3;2;Petit\n")).toEqual(["nom:last_name:header"]);
    expect(kinds("montant;date\n12;2024-01-02\n")).toEqual([]);
  });
});
