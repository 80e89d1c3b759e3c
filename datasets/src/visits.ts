import { join } from "node:path";
import { beneficiaryPoolSize } from "./beneficiaries.js";
import { openExport, openTruth } from "./export-writer.js";
import { headersFor } from "./header-variants.js";
import { SERVICES } from "./labels.js";
import { isoDay, renderDate, renderDecimal, renderText } from "./mess.js";
import {
  type GenerateOptions,
  type GenerateResult,
  labelText,
  outputPaths,
  renderLabel,
  titleText,
} from "./options.js";
import { drawPeople, type Person } from "./people.js";
import { createRandom, weightedPicker } from "./random.js";
import { sortedTally, tally, writeSummary } from "./summary.js";
import { LOG_END, LOG_START } from "./volunteers.js";

/** Headers of the visit log, by language. */
export const VISIT_HEADERS = {
  fr: ["Identifiant", "Date de passage", "Service", "Antenne", "Quantité (kg)"],
  en: ["ID", "Visit date", "Service", "Branch", "Quantity (kg)"],
} as const;

/** The canonical field of each header, in column order (the truth of a header mapping). */
export const VISIT_FIELDS = ["person_id", "visit_date", "service", "site", "quantity"] as const;

/** Columns of `truth/visits.csv`: one line per data row. */
export const VISIT_TRUTH_HEADER = [
  "line",
  "person_id",
  "visit_date",
  "service",
  "site",
  "quantity",
  "duplicate_of",
  "ragged",
];

/**
 * Writes a visit and distribution log of the beneficiaries (one row per visit) and its ground truth.
 * Identifiers are those of the beneficiary register generated with the same seed and pool size.
 *
 * @param options - generation options (kind "visits"; `people` = size of the beneficiary pool)
 * @returns the file written and the summary truths
 */
export async function generateVisits(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const english = options.lang === "en";
  const people = drawPeople(seed, "beneficiaries", options.people ?? beneficiaryPoolSize(options.rows), 1940, 2007);
  const pickPerson = weightedPicker(people.map((p) => p.activity));
  const pickService = weightedPicker(SERVICES.map((s) => s.weight));
  const random = createRandom(seed, 13);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    headersFor(options.headers, VISIT_HEADERS[options.lang], VISIT_FIELDS, {
      seed: options.seed,
      lang: options.lang,
      kind: "visits",
      truthDir,
    }),
    titleText(english ? "visits" : "passages", english),
    mess,
    random,
  );
  const truth = await openTruth(truthDir && join(truthDir, "visits.csv"), VISIT_TRUTH_HEADER);
  const byMonth = new Map<string, number>();
  const byService = new Map<string, number>();
  const visitors = new Set<string>();
  let quantityTotal = 0;
  let written = 0;
  let records = 0;
  while (written < options.rows) {
    const person = people[pickPerson(random)] as Person;
    const day = random.int(Math.max(person.startDay, LOG_START), LOG_END);
    const service = SERVICES[pickService(random)]!;
    const weighed = service.fr === "Colis alimentaire" || service.fr === "Épicerie solidaire";
    const quantity = weighed ? random.int(30, 250) / 10 : null;
    const copies = written + 1 < options.rows && random.chance(mess.duplicates) ? 2 : 1;
    let firstLine = 0;
    for (let copy = 0; copy < copies; copy++) {
      const at = await out.row([
        renderText(person.id, random, mess),
        renderDate(day, random, mess, english),
        renderLabel(service, random, mess, english),
        renderText(person.branch.name, random, mess),
        quantity === null ? "" : renderDecimal(quantity, random, mess),
      ]);
      written++;
      if (copy === 0) firstLine = at.line;
      await truth.row([
        at.line,
        person.id,
        isoDay(day),
        labelText(service, english),
        person.branch.name,
        quantity,
        copy === 0 ? null : firstLine,
        at.ragged,
      ]);
    }
    records++;
    visitors.add(person.id);
    tally(byMonth, isoDay(day).slice(0, 7));
    tally(byService, labelText(service, english));
    quantityTotal += quantity ?? 0;
  }
  await out.close();
  await truth.close();
  const summary = {
    kind: "visits",
    seed,
    lang: options.lang,
    header_line: out.headerLine,
    rows: written,
    visits: records,
    duplicates: written - records,
    distinct_beneficiaries: visitors.size,
    quantity_total: Math.round(quantityTotal * 10) / 10,
    visits_by_month: sortedTally(byMonth),
    visits_by_service: sortedTally(byService),
    mess,
  };
  const truthFiles = truthDir ? [join(truthDir, "visits.csv"), writeSummary(truthDir, "visits", summary)!] : [];
  return { file, truthFiles, summary };
}
