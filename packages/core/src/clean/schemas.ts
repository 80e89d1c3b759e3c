import { z } from "zod";
import { SCHEMA_FIELD_WORDS, SHARED_FIELD_WORDS } from "../locales/recognition/field-words.js";

/** The kinds of table solidata knows, by canonical name. */
export const SchemaName = {
  volunteers: "volunteers",
  beneficiaries: "beneficiaries",
  visits: "visits",
  groups: "groups",
  outcomes: "outcomes",
  /** places of the association or its partners: name, address, postcode, commune, country, coordinates, hours */
  sites: "sites",
  /** projects or actions and their result: identifier, name, success or failure or a score, factor columns */
  projects: "projects",
} as const;
/**
 * A canonical schema name: `"volunteers"`, `"beneficiaries"`, `"visits"`, `"groups"`, `"outcomes"`,
 * `"sites"` (places, no person fields) or `"projects"` (projects and their outcome, no person fields).
 */
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
  /**
   * what to do with a value that cannot be read: quarantine the row, or empty the cell and warn; an
   * impossible date (31/02), a number outside `min`/`max` or a date after today quarantines its row in
   * either case
   */
  onInvalid: "quarantine" | "blank";
  /** inclusive bounds for numbers: a value outside them quarantines its row (`clean.out_of_range`, `clean.negative_value`) */
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
  ...SHARED_FIELD_WORDS.person_id,
  hxl: ["#beneficiary+id", "#contact+id", "#indiv+id", "#person+id", "#x_id", "#meta+id"],
});
const firstName = field({
  name: "first_name",
  kind: "name",
  ...SHARED_FIELD_WORDS.first_name,
  hxl: ["#contact+name+first", "#contact+first", "#contact+name+given"],
});
const lastName = field({
  name: "last_name",
  kind: "name",
  ...SHARED_FIELD_WORDS.last_name,
  hxl: ["#contact+name", "#contact+name+last", "#contact+last", "#contact+name+family"],
});
const email = field({
  name: "email",
  kind: "email",
  ...SHARED_FIELD_WORDS.email,
  hxl: ["#contact+email"],
});
const phone = field({
  name: "phone",
  kind: "phone",
  ...SHARED_FIELD_WORDS.phone,
  hxl: ["#contact+phone"],
});
const postcode = field({
  name: "postcode",
  kind: "postcode",
  ...SHARED_FIELD_WORDS.postcode,
  hxl: ["#adm2+code", "#loc+postcode", "#adm4+code", "#geo+postcode"],
});
const commune = field({
  name: "commune",
  kind: "text",
  ...SHARED_FIELD_WORDS.commune,
  hxl: ["#adm2+name", "#loc+name", "#adm3+name", "#adm4+name"],
});
const gender = field({
  name: "gender",
  kind: "gender",
  ...SHARED_FIELD_WORDS.gender,
  hxl: ["#indiv+gender", "#gender", "#population+gender"],
});
const birthDate = field({
  name: "birth_date",
  kind: "date",
  ...SHARED_FIELD_WORDS.birth_date,
  hxl: ["#date+birth", "#indiv+birthdate"],
  notFuture: true,
});
const age = field({
  name: "age",
  kind: "integer",
  ...SHARED_FIELD_WORDS.age,
  hxl: ["#indiv+age", "#population+age"],
  min: 0,
  max: 120,
});
const country = field({
  name: "country",
  kind: "text",
  ...SHARED_FIELD_WORDS.country,
  hxl: ["#country+name", "#country", "#adm0+name", "#country+code", "#adm0+code"],
});
const site = field({
  name: "site",
  kind: "category",
  ...SHARED_FIELD_WORDS.site,
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
  country,
  gender,
  birthDate,
  age,
  field({
    name: "signup_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.volunteers.signup_date,
    hxl: ["#date+signup", "#date+start", "#date+registered"],
    distinctive: true,
  }),
  field({
    name: "activity_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.volunteers.activity_date,
    hxl: ["#date", "#date+activity", "#date+occurred"],
    required: true,
    onInvalid: "quarantine",
    notFuture: true,
  }),
  field({
    name: "activity",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.volunteers.activity,

    hxl: ["#activity", "#sector", "#activity+type"],
    distinctive: true,
  }),
  field({
    name: "hours",
    kind: "duration",
    ...SCHEMA_FIELD_WORDS.volunteers.hours,
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
    ...SCHEMA_FIELD_WORDS.beneficiaries.address,
    hxl: ["#contact+address", "#loc+address"],
    distinctive: true,
  }),
  birthDate,
  age,
  gender,
  field({
    name: "household_size",
    kind: "integer",
    ...SCHEMA_FIELD_WORDS.beneficiaries.household_size,
    hxl: ["#population+household", "#household+size", "#population+hh"],
    min: 1,
    max: 30,
    distinctive: true,
  }),
  postcode,
  commune,
  country,
  field({
    name: "first_contact_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.beneficiaries.first_contact_date,
    hxl: ["#date+first", "#date+intake", "#date+registered"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "situation",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.beneficiaries.situation,
    hxl: ["#beneficiary+situation", "#population+type", "#indiv+situation"],
    distinctive: true,
  }),
];

const visits = [
  personId,
  field({
    name: "visit_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.visits.visit_date,
    hxl: ["#date", "#date+visit", "#date+distribution"],
    required: true,
    onInvalid: "quarantine",
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "service",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.visits.service,
    hxl: ["#service", "#sector", "#output"],
    distinctive: true,
  }),
  site,
  field({
    name: "quantity",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.visits.quantity,
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
    ...SCHEMA_FIELD_WORDS.groups.group_id,
    hxl: ["#group+id", "#org+id", "#org+code"],
  }),
  field({
    name: "name",
    kind: "text",
    ...SCHEMA_FIELD_WORDS.groups.name,
    hxl: ["#group+name", "#org+name", "#org"],
    required: true,
    onInvalid: "quarantine",
    distinctive: true,
  }),
  commune,
  { ...country, distinctive: true },
  field({
    name: "created_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.groups.created_date,
    hxl: ["#date+created", "#date+start"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "last_activity_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.groups.last_activity_date,
    hxl: ["#date+last", "#date+updated"],
    distinctive: true,
  }),
  field({
    name: "status",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.groups.status,
    hxl: ["#status"],
    distinctive: true,
  }),
  field({
    name: "members",
    kind: "integer",
    ...SCHEMA_FIELD_WORDS.groups.members,
    hxl: ["#population+members", "#group+members", "#population"],
    min: 0,
    distinctive: true,
  }),
  field({
    name: "outcome",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.groups.outcome,
    hxl: ["#outcome", "#impact"],
  }),
];

const outcomes = [
  { ...personId, required: true, onInvalid: "quarantine" as const },
  field({
    name: "measure",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.outcomes.measure,
    hxl: ["#indicator+name", "#indicator"],
    distinctive: true,
  }),
  field({
    name: "baseline_value",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.outcomes.baseline_value,
    hxl: ["#indicator+value+baseline", "#value+baseline", "#indicator+pre"],
    onInvalid: "quarantine",
    distinctive: true,
  }),
  field({
    name: "baseline_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.outcomes.baseline_date,
    hxl: ["#date+baseline", "#date+pre"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "followup_value",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.outcomes.followup_value,
    hxl: ["#indicator+value+followup", "#value+followup", "#indicator+post"],
    onInvalid: "quarantine",
    distinctive: true,
  }),
  field({
    name: "followup_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.outcomes.followup_date,
    hxl: ["#date+followup", "#date+post"],
    notFuture: true,
    distinctive: true,
  }),
  field({
    name: "followup_wave",
    kind: "wave",
    ...SCHEMA_FIELD_WORDS.outcomes.followup_wave,
    hxl: ["#indicator+wave", "#date+wave"],
    distinctive: true,
  }),
  field({
    name: "outcome",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.outcomes.outcome,
    hxl: ["#outcome"],
  }),
  field({
    name: "arm",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.outcomes.arm,
    hxl: ["#group+arm", "#indicator+arm"],
    distinctive: true,
  }),
];

const sites = [
  field({
    name: "site_id",
    kind: "id",
    ...SCHEMA_FIELD_WORDS.sites.site_id,
    hxl: ["#loc+id", "#site+id", "#org+id+site"],
  }),
  field({
    name: "name",
    kind: "text",
    ...SCHEMA_FIELD_WORDS.sites.name,
    hxl: ["#loc+name", "#org+name", "#site+name", "#loc"],
    required: true,
    onInvalid: "quarantine",
  }),
  field({
    name: "address",
    kind: "text",
    ...SCHEMA_FIELD_WORDS.sites.address,
    hxl: ["#loc+address", "#contact+address"],
    distinctive: true,
  }),
  { ...postcode },
  commune,
  { ...country },
  field({
    name: "latitude",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.sites.latitude,
    hxl: ["#geo+lat"],
    min: -90,
    max: 90,
    distinctive: true,
  }),
  field({
    name: "longitude",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.sites.longitude,
    hxl: ["#geo+lon"],
    min: -180,
    max: 180,
    distinctive: true,
  }),
  field({
    name: "opening_hours",
    kind: "text",
    ...SCHEMA_FIELD_WORDS.sites.opening_hours,
    hxl: ["#service+hours", "#loc+hours"],
    distinctive: true,
  }),
  field({
    name: "accessibility",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.sites.accessibility,
    hxl: ["#loc+access", "#access"],
    distinctive: true,
  }),
  phone,
  email,
  field({
    name: "website",
    kind: "text",
    ...SCHEMA_FIELD_WORDS.sites.website,
    hxl: ["#contact+url", "#meta+url"],
    distinctive: true,
  }),
  field({
    name: "site_type",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.sites.site_type,
    hxl: ["#loc+type", "#org+type"],
  }),
];

const projects = [
  field({
    name: "project_id",
    kind: "id",
    ...SCHEMA_FIELD_WORDS.projects.project_id,
    hxl: ["#activity+id", "#project+id", "#activity+code"],
  }),
  field({
    name: "project_name",
    kind: "text",
    ...SCHEMA_FIELD_WORDS.projects.project_name,
    hxl: ["#activity+name", "#project+name", "#activity"],
    distinctive: true,
  }),
  field({
    name: "outcome",
    kind: "category",
    ...SCHEMA_FIELD_WORDS.projects.outcome,
    hxl: ["#outcome", "#impact", "#status+outcome"],
    distinctive: true,
  }),
  field({
    name: "score",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.projects.score,
    hxl: ["#indicator+score", "#value+score"],
    distinctive: true,
  }),
  field({
    name: "start_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.projects.start_date,
    hxl: ["#date+start"],
  }),
  field({
    name: "end_date",
    kind: "date",
    ...SCHEMA_FIELD_WORDS.projects.end_date,
    hxl: ["#date+end"],
  }),
  field({
    name: "budget",
    kind: "number",
    ...SCHEMA_FIELD_WORDS.projects.budget,
    hxl: ["#value+budget", "#value+funding", "#value"],
    min: 0,
    distinctive: true,
  }),
  site,
];

/** Field specifications of every schema, in canonical column order. */
export const schemaFields: Record<SchemaName, readonly FieldSpec[]> = {
  volunteers,
  beneficiaries,
  visits,
  groups,
  outcomes,
  sites,
  projects,
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
      // five digits in France; other countries' codes are kept as written (letters, spaces, 4 digits)
      base = z
        .string()
        .regex(/^[0-9A-Z][0-9A-Z -]{1,9}$/)
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
 * The canonical schemas as zod objects describing one clean row (unmapped columns pass through).
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
  sites: zodSchema(sites),
  projects: zodSchema(projects),
};
