import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRandom } from "./random.js";

/** How headers are written: the samples' fixed headers, or shapes drawn per field as real files have them. */
export type HeaderStyle = "standard" | "varied";

/**
 * Header shapes seen in association files, by canonical field (the field names of @solidata/core's
 * schemas): French words, abbreviations (N°, Nb, Tél., CP, Dte), snake_case and camelCase exports.
 */
export const HEADER_VARIANTS: Record<"fr" | "en", Record<string, readonly string[]>> = {
  fr: {
    person_id: [
      "N° bénévole",
      "Numéro",
      "Matricule",
      "id_benevole",
      "idBenevole",
      "N° de bénévole",
      "Numéro adhérent",
      "Code bénévole",
      "ID",
      "N° dossier",
    ],
    first_name: ["Prénom", "PRENOM", "prenom", "Prénom du bénévole", "prénom_usuel"],
    last_name: ["Nom", "NOM", "nom_de_famille", "Nom de famille", "nomUsage"],
    email: ["E-mail", "Courriel", "Mail", "adresse_mail", "Mél"],
    phone: ["Tél.", "Téléphone", "Tél portable", "num_tel", "Portable", "N° de téléphone"],
    postcode: ["CP", "Code postal", "code_postal", "codePostal", "C.P."],
    commune: ["Ville", "Commune", "commune_residence", "Localité"],
    gender: ["Sexe", "Genre", "Civilité", "H/F"],
    birth_date: ["Date de naissance", "Dte naissance", "date_naissance", "Né(e) le", "DDN"],
    signup_date: ["Date d'inscription", "Date inscription", "date_adhesion", "Dte d'inscription", "Inscrit le"],
    activity_date: [
      "Date de la mission",
      "date_activite",
      "dateActivite",
      "Dte mission",
      "Date activité",
      "Date de l'intervention",
      "Date",
    ],
    activity: ["Mission", "Tâche", "tache", "Type de mission", "Activité", "Action menée", "Poste"],
    hours: ["Nb d'heures", "Durée", "Nb h", "Heures", "duree_heures", "Nbre d'heures", "Temps passé"],
    site: ["Antenne", "Site", "Lieu", "Lieu de la mission", "antenne_rattachement"],
    address: ["Adresse", "adresse_postale", "Rue", "Adresse postale"],
    household_size: [
      "Nb personnes foyer",
      "Taille du foyer",
      "nb_personnes",
      "Composition du foyer",
      "Personnes au foyer",
    ],
    first_contact_date: [
      "Date de première visite",
      "Date 1ère visite",
      "date_premier_contact",
      "Date d'accueil",
      "Première visite",
    ],
    situation: ["Situation", "Situation familiale", "situation_sociale", "Statut"],
    visit_date: ["Date de passage", "Date passage", "date_visite", "Dte de passage", "Date de distribution"],
    service: ["Service", "Prestation", "Type d'aide", "type_aide", "Aide reçue"],
    quantity: ["Quantité (kg)", "Qté", "Poids (kg)", "quantite_kg", "Nb de colis"],
  },
  en: {
    person_id: ["Member no", "member_id", "memberId", "ID", "Volunteer ID", "Participant ID"],
    first_name: ["First name", "first_name", "firstName", "Given name"],
    last_name: ["Last name", "last_name", "lastName", "Surname"],
    email: ["Email", "e-mail", "email_address"],
    phone: ["Phone", "Tel.", "phone_number", "Mobile"],
    postcode: ["Postcode", "ZIP", "zip_code", "Post code"],
    commune: ["City", "Town", "city_name"],
    gender: ["Gender", "Sex"],
    birth_date: ["Date of birth", "DOB", "birth_date", "birthDate"],
    signup_date: ["Sign-up date", "signup_date", "Registration date", "Date joined"],
    activity_date: ["Activity date", "activity_date", "activityDate", "Date of activity", "Date"],
    activity: ["Activity", "Task", "Role", "activity_type"],
    hours: ["Hours", "Duration", "Hrs", "hours_volunteered", "Time spent"],
    site: ["Branch", "Site", "Location"],
    address: ["Address", "street_address", "Street"],
    household_size: ["Household size", "household_size", "People in household"],
    first_contact_date: ["First contact date", "first_contact", "Intake date", "Date of first visit"],
    situation: ["Situation", "Status", "Circumstances"],
    visit_date: ["Visit date", "visit_date", "Date of visit", "Distribution date"],
    service: ["Service", "service_type", "Help type"],
    quantity: ["Quantity (kg)", "Qty", "quantity_kg", "Amount"],
  },
};

/**
 * The headers a generated file is written with: the standard ones, or, with `style: "varied"`, a
 * shape drawn for each field from {@link HEADER_VARIANTS} (its own random stream: the rows stay the
 * same bytes). With varied headers the truth folder gets `<kind>-headers.csv`: each header written
 * and the canonical field it is (the truth a header mapping is checked against).
 *
 * @param style - "standard" (default: the samples' headers, unchanged) or "varied"
 * @param standard - the kind's standard headers, in column order
 * @param fields - the canonical field of each standard header, in the same order
 * @param context - seed, language, kind and truth folder
 * @returns the headers to write
 */
export function headersFor(
  style: HeaderStyle | undefined,
  standard: readonly string[],
  fields: readonly string[],
  context: { seed: number; lang: "fr" | "en"; kind: string; truthDir: string | undefined },
): readonly string[] {
  if (style !== "varied") return standard;
  const random = createRandom(context.seed ^ 0x2c1b3c6d, 700_001);
  const variants = HEADER_VARIANTS[context.lang];
  const used = new Set<string>();
  const headers = standard.map((h, i) => {
    const options = (variants[fields[i] ?? ""] ?? [h]).filter((v) => !used.has(v));
    const chosen = options.length > 0 ? random.pick(options) : h;
    used.add(chosen);
    return chosen;
  });
  if (context.truthDir) {
    const lines = ["header,field", ...headers.map((h, i) => `"${h.replace(/"/g, '""')}",${fields[i] ?? ""}`)];
    writeFileSync(join(context.truthDir, `${context.kind}-headers.csv`), `${lines.join("\n")}\n`);
  }
  return headers;
}
