import { labelKey } from "@solidata/core";
import { describe, expect, it } from "vitest";

const same = (a: string, b: string): void => expect(labelKey(a), `${a} / ${b}`).toBe(labelKey(b));
const apart = (a: string, b: string): void => expect(labelKey(a), `${a} / ${b}`).not.toBe(labelKey(b));

describe("labelKey", () => {
  it("folds case, accents, spaces, punctuation and ligatures", () => {
    expect(labelKey("  Épicerie   SOLIDAIRE. ")).toBe("epiceri solidair");
    same("Œuvre sociale", "oeuvre sociale");
    same("Accueil; orientation", "accueil orientation");
  });
  it("leaves out French and English stop words", () => {
    same("Aide aux devoirs", "aide devoirs");
    same("Distribution de colis", "distribution colis");
    same("Maison de l'enfance", "maison enfance");
    same("Accès aux droits", "Accès droits");
    same("En sommeil", "Sommeil");
    same("Reception and guidance", "reception guidance");
    same("The food bank", "food bank");
    // a label made of stop words only keeps them, and a label ends with a word of its own
    expect(labelKey("Le")).toBe("le");
    apart("Groupe A", "Groupe");
    apart("Groupe A", "Groupe B");
  });
  it("makes plural and singular, masculine and feminine endings equal", () => {
    same("Distributions alimentaires", "Distribution alimentaire");
    same("Aide aux devoir", "Aide aux devoirs");
    same("Fermée", "Fermé");
    same("Actives", "Actif");
    same("Accompagnements sociaux", "accompagnement social");
    same("Bénévoles animatrices", "bénévole animateur");
    same("Nouveaux arrivants", "nouveau arrivant");
    same("Seul(e)", "seule");
    same("Isolé·es", "isolé");
    same("Food Distributions", "food distribution");
    same("Activities", "activity");
    same("Boxes", "box");
  });
  it('takes "/", "-", "&", "+" and "et" as one', () => {
    same("Accueil/orientation", "Accueil et orientation");
    same("Accueil - orientation", "Accueil et orientation");
    same("reception & guidance", "Reception and guidance");
    same("CDI/CDD", "CDI et CDD");
  });
  it("expands short forms that are not prefixes, and joins dotted initials", () => {
    same("Rdv social", "Rendez-vous social");
    same("S.D.F.", "SDF");
    same("SDF", "sans domicile fixe");
    same("St-Denis", "Saint Denis");
  });
  it("keeps words that change the meaning", () => {
    apart("Maraude", "Maraude de nuit");
    apart("Couple avec enfants", "Couple sans enfant");
    apart("Actif", "Inactif");
    apart("Collecte", "Collecte de fonds");
    apart("Atelier 1", "Atelier 2");
  });
});
