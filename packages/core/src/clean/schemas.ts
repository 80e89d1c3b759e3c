import { z } from "zod";

/** The kinds of table solidata knows, by canonical name. */
export const SchemaName = {
  volunteers: "volunteers",
  beneficiaries: "beneficiaries",
  visits: "visits",
  groups: "groups",
  outcomes: "outcomes",
} as const;
/** A canonical schema name: `"volunteers"`, `"beneficiaries"`, `"visits"`, `"groups"` or `"outcomes"`. */
export type SchemaName = (typeof SchemaName)[keyof typeof SchemaName];

/** Whether a value is a known schema name. */
export function isSchemaName(value: unknown): value is SchemaName {
  return typeof value === "string" && Object.hasOwn(SchemaName, value);
}

/**
 * How a field's values are read and normalised. Each kind has one normaliser:
 * `id` and `text` are trimmed text, `name` a person name, `category` a label that may be clustered,
 * `duration` a number of hours ("2h30" → 2.5), `wave` a follow-up wave number as text ("V1", "vague 1" → "1").
 */
export const FieldKind = {
  id: "id",
  text: "text",
  name: "name",
  email: "email",
  phone: "phone",
  postcode: "postcode",
  gender: "gender",
  date: "date",
  integer: "integer",
  number: "number",
  duration: "duration",
  category: "category",
  boolean: "boolean",
  wave: "wave",
} as const;
/** See {@link FieldKind}. */
export type FieldKind = (typeof FieldKind)[keyof typeof FieldKind];

/** Everything known about one canonical field: how to read it, how to check it, how to recognise its header. */
export interface FieldSpec {
  /** canonical snake_case name */
  name: string;
  kind: FieldKind;
  /** a row without a value here cannot be used: it goes to the quarantine (only when the column exists) */
  required: boolean;
  /** what to do with a value that cannot be read: quarantine the row, or empty the cell and warn */
  onInvalid: "quarantine" | "blank";
  /** inclusive bounds for numbers */
  min?: number;
  max?: number;
  /** dates after today are quarantined (an activity cannot have happened tomorrow) */
  notFuture?: boolean;
  label: { fr: string; en: string };
  /** French and English headers seen in real exports (matched case- and accent-insensitively) */
  synonyms: string[];
  /** HXL hashtags with attributes, e.g. `#contact+email` */
  hxl: string[];
  /** fields that make this schema recognisable (used by {@link detectSchema}) */
  distinctive?: boolean;
}

type Spec = Omit<FieldSpec, "onInvalid" | "required" | "hxl" | "synonyms"> &
  Partial<Pick<FieldSpec, "onInvalid" | "required" | "hxl" | "synonyms">>;

function field(spec: Spec): FieldSpec {
  return { required: false, onInvalid: "blank", hxl: [], synonyms: [], ...spec };
}

const personId = field({
  name: "person_id",
  kind: "id",
  label: { fr: "Identifiant", en: "Person ID" },
  synonyms: [
    "identifiant",
    "id",
    "n° adhérent",
    "numéro adhérent",
    "numero d'adherent",
    "n° adherent",
    "member id",
    "member number",
    "member no",
    "membership number",
    "person id",
    "id personne",
    "matricule",
    "n° dossier",
    "numéro de dossier",
    "beneficiary id",
    "volunteer id",
    "code bénévole",
    "code bénéficiaire",
    "participant id",
  ],
  hxl: ["#beneficiary+id", "#contact+id", "#indiv+id", "#person+id", "#x_id", "#meta+id"],
});
const firstName = field({
  name: "first_name",
  kind: "name",
  label: { fr: "Prénom", en: "First name" },
  synonyms: ["prénom", "prenom", "first name", "firstname", "given name", "forename", "prénom du bénévole"],
  hxl: ["#contact+name+first", "#contact+first", "#contact+name+given"],
});
const lastName = field({
  name: "last_name",
  kind: "name",
  label: { fr: "Nom", en: "Last name" },
  synonyms: ["nom", "nom de famille", "last name", "lastname", "surname", "family name", "nom du bénévole", "name"],
  hxl: ["#contact+name", "#contact+name+last", "#contact+last", "#contact+name+family"],
});
const email = field({
  name: "email",
  kind: "email",
  label: { fr: "E-mail", en: "Email" },
  synonyms: [
    "e-mail",
    "email",
    "mail",
    "courriel",
    "adresse mail",
    "adresse e-mail",
    "adresse électronique",
    "email address",
  ],
  hxl: ["#contact+email"],
});
const phone = field({
  name: "phone",
  kind: "phone",
  label: { fr: "Téléphone", en: "Phone" },
  synonyms: [
    "téléphone",
    "telephone",
    "tél",
    "tel",
    "tél. portable",
    "portable",
    "mobile",
    "numéro de téléphone",
    "phone",
    "phone number",
    "mobile phone",
    "cell",
  ],
  hxl: ["#contact+phone"],
});
const postcode = field({
  name: "postcode",
  kind: "postcode",
  label: { fr: "Code postal", en: "Postcode" },
  synonyms: ["code postal", "cp", "code post", "postcode", "post code", "postal code", "zip", "zip code", "zipcode"],
  hxl: ["#adm2+code", "#loc+postcode", "#adm4+code", "#geo+postcode"],
});
const commune = field({
  name: "commune",
  kind: "text",
  label: { fr: "Commune", en: "City" },
  synonyms: ["commune", "ville", "localité", "city", "town", "municipality", "commune de résidence"],
  hxl: ["#adm2+name", "#loc+name", "#adm3+name", "#adm4+name"],
});
const gender = field({
  name: "gender",
  kind: "gender",
  label: { fr: "Genre", en: "Gender" },
  synonyms: ["genre", "sexe", "gender", "sex", "civilité", "civilite"],
  hxl: ["#indiv+gender", "#gender", "#population+gender"],
});
const birthDate = field({
  name: "birth_date",
  kind: "date",
  label: { fr: "Date de naissance", en: "Date of birth" },
  synonyms: ["date de naissance", "né le", "naissance", "date of birth", "birth date", "birthdate", "dob"],
  hxl: ["#date+birth", "#indiv+birthdate"],
  notFuture: true,
});
const age = field({
  name: "age",
  kind: "integer",
  label: { fr: "Âge", en: "Age" },
  synonyms: ["âge", "age", "age (ans)", "âge en années"],
  hxl: ["#indiv+age", "#population+age"],
  min: 0,
  max: 120,
});
const site = field({
  name: "site",
  kind: "category",
  label: { fr: "Site", en: "Site" },
  synonyms: ["site", "antenne", "lieu", "branch", "location", "centre", "center", "délégation", "local"],
  hxl: ["#loc", "#site", "#org+branch"],
});

const volunteers = [
  personId,
  firstName,
  lastName,
  email,
  phone,
  postcode,
  commune,
  gender,
  birthDate,
  age,
  field({
    name: "signup_date",
    kind: "date",
    label: { fr: "Date d'inscription", en: "Sign-up date" },
    synonyms: [
      "date d'inscription",
      "inscription",
      "date d'adhésion",
      "sign-up date",
      "signup date",
      "registration date",
      "joined",
      "date joined",
    ],
    hxl: ["#date+signup", "#date+start", "#date+registered"],
    distinctive: true,
  }),
  field({
    name: "activity_date",
    kind: "date",
    label: { fr: "Date de la mission", en: "Activity date" },
    synonyms: [
      "date",
      "date de la mission",
      "date mission",
      "date de l'activité",
      "date d'activité",
      "activity date",
      "date of activity",
      "jour",
    ],
    hxl: ["#date", "#date+activity", "#date+occurred"],
    required: true,
    onInvalid: "quarantine",
    notFuture: true,
  }),
  field({
    name: "activity",
    kind: "category",
    label: { fr: "Mission", en: "Activity" },
    synonyms: ["mission", "activité", "activite", "type de mission", "action", "activity", "task", "role"],
    hxl: ["#activity", "#sector", "#activity+type"],
    distinctive: true,
  }),
  field({
    name: "hours",
    kind: "duration",
    label: { fr: "Heures", en: "Hours" },
    synonyms: [
      "nb d'heures",
      "nombre d'heures",
      "heures",
      "durée",
      "temps",
      "hours",
      "duration",
      "hours volunteered",
      "time spent",
    ],
    hxl: ["#indicator+hours", "#value+hours", "#hours"],
    onInvalid: "quarantine",
    min: 0,
    max: 24,
    distinctive: true,
  }),
  site,
];

const beneficiaries = [
  personId,
  firstName,
  lastName,
  email,
  phone,
  field({
    name: "address",
    kind: "text",
    label: { fr: "Adresse", en: "Address" },
    synonyms: ["adresse", "adresse postale", "rue", "address", "street", "street address"],
    hxl: ["#contact+address", "#loc+address"],
    distinctive: true,
  }),
  birthDate,
  age,
  gender,
  field({
    name: "household_size",
    kind: "integer",
    label: { fr: "Taille du foyer", en: "Household size" },
    synonyms: [
      "composition du foyer",
      "nb personnes foyer",
      "nombre de personnes au foyer",
      "personnes au foyer",
      "taille du foyer",
      "taille foyer",
      "household size",
      "household members",
      "people in household",
    ],
    hxl: ["#population+household", "#household+size", "#population+hh"],
    min: 1,
    max: 30,
    distinctive: true,
  }),
  postcode,
  commune,
  field({
    name: "first_contact_date",
    kind: "date",
    label: { fr: "Date du premier contact", en: "First contact date" },
    synonyms: [
      "date premier contact",
      "date du premier contact",
      "premier contact",
      "date d'accueil",
      "first contact date",
      "first contact",
      "intake date",
      "date",
    ],
    hxl: ["#date+first", "#date+intake", "#date+registered"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "situation",
    kind: "category",
    label: { fr: "Situation", en: "Situation" },
    synonyms: [
      "situation",
      "situation familiale",
      "situation professionnelle",
      "statut",
      "situation sociale",
      "circumstances",
      "status",
    ],
    hxl: ["#beneficiary+situation", "#population+type", "#indiv+situation"],
    distinctive: true,
  }),
];

const visits = [
  personId,
  field({
    name: "visit_date",
    kind: "date",
    label: { fr: "Date de passage", en: "Visit date" },
    synonyms: [
      "date de passage",
      "date de visite",
      "date de distribution",
      "passage",
      "date",
      "visit date",
      "date of visit",
      "distribution date",
    ],
    hxl: ["#date", "#date+visit", "#date+distribution"],
    required: true,
    onInvalid: "quarantine",
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "service",
    kind: "category",
    label: { fr: "Service", en: "Service" },
    synonyms: [
      "service",
      "prestation",
      "type d'aide",
      "aide",
      "type de service",
      "service type",
      "assistance",
      "support",
    ],
    hxl: ["#service", "#sector", "#output"],
    distinctive: true,
  }),
  site,
  field({
    name: "quantity",
    kind: "number",
    label: { fr: "Quantité", en: "Quantity" },
    synonyms: ["quantité", "quantite", "qté", "nombre", "nb de colis", "colis", "quantity", "qty", "amount", "units"],
    hxl: ["#output+num", "#value", "#indicator+num"],
    onInvalid: "quarantine",
    min: 0,
    distinctive: true,
  }),
];

const groups = [
  field({
    name: "group_id",
    kind: "id",
    label: { fr: "Identifiant du groupe", en: "Group ID" },
    synonyms: [
      "identifiant du groupe",
      "id groupe",
      "code groupe",
      "n° groupe",
      "group id",
      "group code",
      "id",
      "identifiant",
    ],
    hxl: ["#group+id", "#org+id", "#org+code"],
  }),
  field({
    name: "name",
    kind: "text",
    label: { fr: "Nom du groupe", en: "Group name" },
    synonyms: [
      "nom du groupe",
      "groupe",
      "nom",
      "nom de l'antenne",
      "group",
      "group name",
      "name",
      "organisation",
      "organization",
    ],
    hxl: ["#group+name", "#org+name", "#org"],
    required: true,
    onInvalid: "quarantine",
    distinctive: true,
  }),
  commune,
  field({
    name: "country",
    kind: "text",
    label: { fr: "Pays", en: "Country" },
    synonyms: ["pays", "country", "nation"],
    hxl: ["#country+name", "#country", "#adm0+name"],
    distinctive: true,
  }),
  field({
    name: "created_date",
    kind: "date",
    label: { fr: "Date de création", en: "Creation date" },
    synonyms: [
      "date de création",
      "création",
      "créé le",
      "date creation",
      "created",
      "created date",
      "creation date",
      "founded",
    ],
    hxl: ["#date+created", "#date+start"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "last_activity_date",
    kind: "date",
    label: { fr: "Dernière activité", en: "Last activity" },
    synonyms: ["dernière activité", "date de dernière activité", "last activity", "last activity date", "last active"],
    hxl: ["#date+last", "#date+updated"],
    distinctive: true,
  }),
  field({
    name: "status",
    kind: "category",
    label: { fr: "Statut", en: "Status" },
    synonyms: ["statut", "état", "status", "state"],
    hxl: ["#status"],
    distinctive: true,
  }),
  field({
    name: "members",
    kind: "integer",
    label: { fr: "Membres", en: "Members" },
    synonyms: ["membres", "nombre de membres", "nb membres", "effectif", "members", "member count", "size"],
    hxl: ["#population+members", "#group+members", "#population"],
    min: 0,
    distinctive: true,
  }),
  field({
    name: "outcome",
    kind: "category",
    label: { fr: "Résultat", en: "Outcome" },
    synonyms: ["résultat", "issue", "outcome", "result"],
    hxl: ["#outcome", "#impact"],
  }),
];

const outcomes = [
  { ...personId, required: true, onInvalid: "quarantine" as const },
  field({
    name: "measure",
    kind: "category",
    label: { fr: "Mesure", en: "Measure" },
    synonyms: ["mesure", "indicateur", "échelle", "measure", "indicator", "scale", "instrument"],
    hxl: ["#indicator+name", "#indicator"],
    distinctive: true,
  }),
  field({
    name: "baseline_value",
    kind: "number",
    label: { fr: "Valeur initiale", en: "Baseline value" },
    synonyms: [
      "valeur initiale",
      "score initial",
      "avant",
      "baseline",
      "baseline value",
      "baseline score",
      "before",
      "pre",
      "bdi.pre",
    ],
    hxl: ["#indicator+value+baseline", "#value+baseline", "#indicator+pre"],
    onInvalid: "quarantine",
    distinctive: true,
  }),
  field({
    name: "baseline_date",
    kind: "date",
    label: { fr: "Date initiale", en: "Baseline date" },
    synonyms: ["date initiale", "date d'entrée", "baseline date", "date baseline", "entry date"],
    hxl: ["#date+baseline", "#date+pre"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "followup_value",
    kind: "number",
    label: { fr: "Valeur de suivi", en: "Follow-up value" },
    synonyms: [
      "valeur de suivi",
      "score de suivi",
      "après",
      "followup",
      "follow-up",
      "follow-up value",
      "followup value",
      "after",
      "post",
    ],
    hxl: ["#indicator+value+followup", "#value+followup", "#indicator+post"],
    onInvalid: "quarantine",
    distinctive: true,
  }),
  field({
    name: "followup_date",
    kind: "date",
    label: { fr: "Date de suivi", en: "Follow-up date" },
    synonyms: ["date de suivi", "date du suivi", "follow-up date", "followup date", "date followup"],
    hxl: ["#date+followup", "#date+post"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "followup_wave",
    kind: "wave",
    label: { fr: "Vague de suivi", en: "Follow-up wave" },
    synonyms: [
      "vague",
      "vague de suivi",
      "mois de suivi",
      "wave",
      "follow-up wave",
      "followup wave",
      "time point",
      "timepoint",
      "month",
    ],
    hxl: ["#indicator+wave", "#date+wave"],
    distinctive: true,
  }),
  field({
    name: "outcome",
    kind: "category",
    label: { fr: "Résultat", en: "Outcome" },
    synonyms: ["résultat", "issue", "sortie", "motif de sortie", "outcome", "result", "exit", "exit reason"],
    hxl: ["#outcome"],
  }),
  field({
    name: "arm",
    kind: "category",
    label: { fr: "Groupe", en: "Arm" },
    synonyms: ["bras", "groupe", "groupe témoin", "arm", "treatment", "traitement", "group", "condition"],
    hxl: ["#group+arm", "#indicator+arm"],
    distinctive: true,
  }),
];

/** Field specifications of every schema, in canonical column order. */
export const schemaFields: Record<SchemaName, readonly FieldSpec[]> = {
  volunteers,
  beneficiaries,
  visits,
  groups,
  outcomes,
};

const date = z.date().nullable();
const text = z.string().min(1).nullable();

function zodFor(spec: FieldSpec): z.ZodType {
  let base: z.ZodType;
  switch (spec.kind) {
    case "date":
      base = date;
      break;
    case "integer":
    case "number":
    case "duration": {
      let n = spec.kind === "integer" ? z.number().int() : z.number();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.max !== undefined) n = n.max(spec.max);
      base = n.nullable();
      break;
    }
    case "boolean":
      base = z.boolean().nullable();
      break;
    case "gender":
      base = z.enum(["female", "male", "other"]).nullable();
      break;
    case "email":
      base = z.email().nullable();
      break;
    case "phone":
      base = z
        .string()
        .regex(/^\+[1-9]\d{5,14}$/)
        .nullable();
      break;
    case "postcode":
      base = z
        .string()
        .regex(/^\d{5}$/)
        .nullable();
      break;
    default:
      base = text;
  }
  return spec.required ? base.refine((v) => v !== null, { message: `${spec.name} is required` }) : base.optional();
}

function zodSchema(fields: readonly FieldSpec[]): z.ZodObject {
  return z.looseObject(Object.fromEntries(fields.map((f) => [f.name, zodFor(f)])));
}

/**
 * The five canonical schemas as zod objects describing one clean row (unmapped columns pass through).
 * Use them to check a row by hand; {@link validate} checks whole tables column by column.
 *
 * @example
 * schemas.visits.safeParse({ visit_date: new Date("2024-03-01") }).success // => true
 */
export const schemas: Record<SchemaName, z.ZodObject> = {
  volunteers: zodSchema(volunteers),
  beneficiaries: zodSchema(beneficiaries),
  visits: zodSchema(visits),
  groups: zodSchema(groups),
  outcomes: zodSchema(outcomes),
};
