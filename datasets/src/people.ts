import { type Branch, type Commune, loadBranches } from "./communes.js";
import { GENDER_TEXT, type Gender } from "./labels.js";
import { blankCell, dayNumber, isoDay, type MessOptions, renderCode, renderDate, renderText, typo } from "./mess.js";
import { EMAIL_DOMAINS, FEMALE_NAMES, LAST_NAMES, MALE_NAMES, stripAccents } from "./names.js";
import { createRandom, type Random, weightedPicker } from "./random.js";

/** One true person of the fictional association (volunteer or beneficiary). */
export interface Person {
  /** True identifier ("000123" for members, "B00123" for beneficiaries). */
  id: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  /** Day number (days since 1970-01-01). */
  birthDay: number;
  email: string;
  /** E.164 phone ("+33612345678"). */
  phone: string;
  /** A second phone some rows show (the person changed number). */
  newPhone: string;
  commune: Commune;
  branch: Branch;
  /** Index of the branch in {@link loadBranches}. */
  branchIndex: number;
  /** Sign-up or first-contact day number. */
  startDay: number;
  /** Relative activity (how often the person appears in logs). */
  activity: number;
}

/** Streams of the generator: independent sequences for each kind of draw. */
export const STREAM = {
  volunteers: 1,
  beneficiaries: 2,
  volunteerRows: 11,
  beneficiaryRows: 12,
  visitRows: 13,
  outcomeRows: 14,
  groupRows: 15,
} as const;

const communePickers = new WeakMap<Branch, (r: Random) => number>();

function pickCommune(branch: Branch, random: Random): Commune {
  let picker = communePickers.get(branch);
  if (!picker) {
    picker = weightedPicker(branch.communes.map((c) => c.population));
    communePickers.set(branch, picker);
  }
  return branch.communes[picker(random)] as Commune;
}

function mobile(random: Random, overseas: boolean): string {
  const digits = String(random.int(0, 99_999_999)).padStart(8, "0");
  return overseas ? `+590690${digits.slice(2)}` : `+33${random.chance(0.7) ? "6" : "7"}${digits}`;
}

/**
 * Draws the association's people: person i is the same whatever the size asked, so a smaller pool is
 * a prefix of a bigger one and files generated separately with the same seed still link.
 *
 * @param seed - generator seed
 * @param kind - "volunteers" (member numbers "000123") or "beneficiaries" (identifiers "B00123")
 * @param count - number of people (≥ 1)
 * @param bornFrom - earliest birth year
 * @param bornTo - latest birth year
 * @returns the people, in id order
 * @example
 * drawPeople(1, "volunteers", 2, 1950, 2005)[0]?.id // => "000001"
 */
export function drawPeople(
  seed: number,
  kind: "volunteers" | "beneficiaries",
  count: number,
  bornFrom: number,
  bornTo: number,
): Person[] {
  const random = createRandom(seed, STREAM[kind]);
  const branches = loadBranches();
  const pickBranch = weightedPicker(branches.map((b) => b.weight));
  const people: Person[] = [];
  const usedEmails = new Map<string, number>();
  for (let i = 1; i <= count; i++) {
    const gender: Gender = random.chance(0.02)
      ? "other"
      : random.chance(kind === "volunteers" ? 0.62 : 0.55)
        ? "female"
        : "male";
    const firstName = gender === "male" ? random.pick(MALE_NAMES) : random.pick(FEMALE_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const branchIndex = pickBranch(random);
    const branch = branches[branchIndex] as Branch;
    const commune = pickCommune(branch, random);
    const birthDay = dayNumber(random.int(bornFrom, bornTo), random.int(1, 12), random.int(1, 28));
    const local = `${stripAccents(firstName)}.${stripAccents(lastName)}`.toLowerCase().replace(/[^a-z.]/g, "");
    const seen = usedEmails.get(local) ?? 0;
    usedEmails.set(local, seen + 1);
    const email = `${local}${seen > 0 ? seen + 1 : ""}@${random.pick(EMAIL_DOMAINS)}`;
    const overseas = branch.departement === "971";
    const startDay =
      kind === "volunteers"
        ? dayNumber(random.int(2016, 2025), random.int(1, 12), random.int(1, 28))
        : dayNumber(random.int(2022, 2025), random.int(1, 12), random.int(1, 28));
    people.push({
      id: kind === "volunteers" ? String(i).padStart(6, "0") : `B${String(i).padStart(5, "0")}`,
      firstName,
      lastName,
      gender,
      birthDay,
      email,
      phone: mobile(random, overseas),
      newPhone: mobile(random, overseas),
      commune,
      branch,
      branchIndex,
      startDay,
      activity: Math.exp(random.normal() * 0.9),
    });
  }
  return people;
}

/** How one row shows a person: the cells as typed. */
export interface RenderedPerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postcode: string;
  commune: string;
  gender: string;
  birthDate: string;
  /** Which variant was applied ("" when none). */
  variant: string;
}

function renderPhone(e164: string, random: Random): string {
  const national = e164.startsWith("+590") ? `0${e164.slice(4)}` : `0${e164.slice(3)}`;
  const pairs = national.match(/../g) ?? [];
  switch (random.int(0, 5)) {
    case 0:
    case 1:
      return pairs.join(" ");
    case 2:
      return national;
    case 3:
      return pairs.join(".");
    case 4:
      return `${e164.slice(0, e164.startsWith("+590") ? 4 : 3)} ${national.slice(1, 2)} ${pairs.slice(1).join(" ")}`;
    default:
      return national.slice(1);
  }
}

/**
 * Writes a person's cells as one row of an export would, applying the switched-on messes.
 *
 * @param person - the true person
 * @param random - the row stream
 * @param mess - mess options
 * @param english - English labels for gender
 * @returns the cells and the identity variant applied
 */
export function renderPerson(person: Person, random: Random, mess: MessOptions, english: boolean): RenderedPerson {
  let firstName = person.firstName;
  let lastName = person.lastName;
  let phone = person.phone;
  let variant = "";
  if (random.chance(mess.personVariants)) {
    switch (random.int(0, 3)) {
      case 0:
        [firstName, lastName] = [lastName, firstName];
        variant = "swapped_names";
        break;
      case 1:
        firstName = stripAccents(firstName);
        lastName = stripAccents(lastName);
        variant = "dropped_accents";
        break;
      case 2:
        lastName = typo(lastName, random);
        variant = "typo";
        break;
      default:
        phone = person.newPhone;
        variant = "new_phone";
    }
  }
  const genderChoices = GENDER_TEXT[english ? "en" : "fr"][person.gender];
  const id = blankCell(random, { ...mess, blanks: mess.blanks / 3 }) ?? renderCode(person.id, random, mess);
  return {
    id,
    firstName: renderText(firstName, random, mess),
    lastName: renderText(random.chance(0.3) ? lastName.toUpperCase() : lastName, random, mess),
    email: blankCell(random, mess) ?? (random.chance(mess.caseSpaces) ? person.email.toUpperCase() : person.email),
    phone: blankCell(random, mess) ?? renderPhone(phone, random),
    postcode: renderCode(person.commune.postcode, random, mess),
    commune: renderText(person.commune.name, random, mess),
    gender: blankCell(random, mess) ?? random.pick(genderChoices),
    birthDate: blankCell(random, mess) ?? renderDate(person.birthDay, random, mess, english),
    variant,
  };
}

/** The true identity columns of a person, as the ground truth writes them. */
export const PERSON_TRUTH_HEADER = [
  "person_id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "postcode",
  "commune",
  "commune_code",
  "departement",
  "region",
  "gender",
  "birth_date",
  "start_date",
  "site",
];

/** The true identity cells of a person, in {@link PERSON_TRUTH_HEADER} order. */
export function personTruth(person: Person): string[] {
  return [
    person.id,
    person.firstName,
    person.lastName,
    person.email,
    person.phone,
    person.commune.postcode,
    person.commune.name,
    person.commune.code,
    person.commune.departement,
    person.commune.region,
    person.gender,
    isoDay(person.birthDay),
    isoDay(person.startDay),
    person.branch.name,
  ];
}
