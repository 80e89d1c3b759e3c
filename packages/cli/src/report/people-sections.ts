import { countDistinct, type SuppressedCell, suppressSmallCells } from "@solidata/core";
import { escape as aqEscape, type ColumnTable, table as makeTable } from "arquero";
import type { ReportConfig } from "../config/report-config.js";
import { figureFrom, firstRow, pointsFrom } from "./figures.js";
import { makeChart } from "./make-chart.js";
import type { Section } from "./model.js";

/** A section and the cells it suppressed (internal). */
export interface SectionPart {
  section: Section;
  suppressed: SuppressedCell[];
}

function has(table: ColumnTable | null, column: string): table is ColumnTable {
  return table?.columnNames().includes(column) ?? false;
}

function count(table: ColumnTable, by: string[], name: string, config: ReportConfig, k: number, person?: string) {
  return countDistinct(table, { by, name, profile: config.privacy, k, ...(person ? { person } : {}) });
}

function nonEmpty(table: ColumnTable, column: string): ColumnTable {
  return table.filter(
    aqEscape((d: Record<string, unknown>) => d[column] !== null && d[column] !== undefined && d[column] !== ""),
  );
}

/** Beneficiaries and reach: people registered, people and visits in the period, by service (internal). */
export async function beneficiariesSection(
  register: ColumnTable | null,
  visits: ColumnTable | null,
  config: ReportConfig,
  k: number,
): Promise<SectionPart> {
  const section: Section = {
    id: "beneficiaries",
    title: { fr: "Bénéficiaires et passages", en: "Beneficiaries and reach" },
    paragraphs: [],
    figures: [],
    charts: [],
    tables: [],
  };
  const suppressed: SuppressedCell[] = [];
  if (has(register, "person_id")) {
    const people = count(register, [], "beneficiaries_registered", config, k, "person_id");
    suppressed.push(...people.suppressed);
    section.figures.push(
      figureFrom(firstRow(people.table), "n", {
        id: "beneficiaries.registered",
        label: { fr: "Personnes inscrites", en: "People registered" },
        format: "count",
        n: register.numRows(),
        unit: "person",
        method: "count-distinct",
        k,
      }),
    );
    if (has(register, "situation")) {
      const bySituation = count(
        nonEmpty(register, "situation"),
        ["situation"],
        "beneficiaries_by_situation",
        config,
        k,
        "person_id",
      );
      suppressed.push(...bySituation.suppressed);
      if (bySituation.table.numRows() > 0) {
        section.charts.push(
          await makeChart({
            id: "beneficiaries-by-situation",
            mark: "bar",
            title: { fr: "Personnes inscrites selon leur situation", en: "People registered by situation" },
            alt: {
              fr: `Barres horizontales : nombre de personnes inscrites pour chacune des ${bySituation.table.numRows()} situations ; les valeurs sont dans le tableau qui suit.`,
              en: `Horizontal bars: number of people registered in each of ${bySituation.table.numRows()} situations; the values are in the table that follows.`,
            },
            categoryLabel: { fr: "Situation", en: "Situation" },
            valueLabel: { fr: "Personnes", en: "People" },
            valueFormat: "count",
            points: pointsFrom(bySituation.table, "situation", "n", k),
            n: register.numRows(),
          }),
        );
      }
    }
  }
  if (has(visits, "person_id")) {
    const reached = count(visits, [], "people_reached", config, k, "person_id");
    const all = count(visits, [], "visits", config, k);
    suppressed.push(...reached.suppressed, ...all.suppressed);
    const reachedRow = firstRow(reached.table);
    const n = typeof reachedRow?.n === "number" ? reachedRow.n : 0;
    section.figures.push(
      figureFrom(reachedRow, "n", {
        id: "beneficiaries.reached",
        label: { fr: "Personnes accueillies", en: "People reached" },
        format: "count",
        n,
        unit: "person",
        method: "count-distinct",
        k,
      }),
      figureFrom(firstRow(all.table), "n", {
        id: "beneficiaries.visits",
        label: { fr: "Passages", en: "Visits" },
        format: "count",
        n: visits.numRows(),
        unit: "record",
        method: "count",
        k,
      }),
    );
    if (has(visits, "service")) {
      const byService = count(nonEmpty(visits, "service"), ["service"], "people_by_service", config, k, "person_id");
      suppressed.push(...byService.suppressed);
      if (byService.table.numRows() > 0) {
        section.charts.push(
          await makeChart({
            id: "beneficiaries-by-service",
            mark: "bar",
            title: { fr: "Personnes accueillies par service", en: "People reached by service" },
            alt: {
              fr: `Barres horizontales : nombre de personnes distinctes accueillies par chacun des ${byService.table.numRows()} services ; une personne venue à deux services compte dans les deux. Les valeurs sont dans le tableau qui suit.`,
              en: `Horizontal bars: number of distinct people reached by each of ${byService.table.numRows()} services; a person who used two services counts in both. The values are in the table that follows.`,
            },
            categoryLabel: { fr: "Service", en: "Service" },
            valueLabel: { fr: "Personnes", en: "People" },
            valueFormat: "count",
            points: pointsFrom(byService.table, "service", "n", k),
            n,
          }),
        );
      }
    }
    if (has(visits, "visit_date")) {
      const withMonth = visits
        .filter(aqEscape((d: Record<string, unknown>) => d.visit_date instanceof Date))
        .derive({ month: aqEscape((d: Record<string, unknown>) => (d.visit_date as Date).toISOString().slice(0, 7)) })
        .orderby("month");
      const byMonth = count(withMonth, ["month"], "people_by_month", config, k, "person_id");
      suppressed.push(...byMonth.suppressed);
      if (byMonth.table.numRows() > 1) {
        section.charts.push(
          await makeChart({
            id: "beneficiaries-by-month",
            mark: "line",
            title: { fr: "Personnes accueillies par mois", en: "People reached by month" },
            alt: {
              fr: `Courbe du nombre de personnes distinctes accueillies chaque mois, sur ${byMonth.table.numRows()} mois ; les valeurs sont dans le tableau qui suit.`,
              en: `Line of the number of distinct people reached each month, over ${byMonth.table.numRows()} months; the values are in the table that follows.`,
            },
            categoryLabel: { fr: "Mois", en: "Month" },
            valueLabel: { fr: "Personnes", en: "People" },
            valueFormat: "count",
            points: pointsFrom(byMonth.table.orderby("month"), "month", "n", k),
            n,
          }),
        );
      }
    }
  }
  return { section, suppressed };
}

/** Territory: people by département, local groups by status (internal). */
export async function territorySection(
  register: ColumnTable | null,
  visits: ColumnTable | null,
  groups: ColumnTable | null,
  config: ReportConfig,
  k: number,
): Promise<SectionPart> {
  const section: Section = {
    id: "territory",
    title: { fr: "Territoire", en: "Territory" },
    paragraphs: [
      {
        fr: "Le département est déduit du code postal déclaré (code officiel géographique de l'INSEE).",
        en: "The département is derived from the postcode given (INSEE official geographic code).",
      },
    ],
    figures: [],
    charts: [],
    tables: [],
  };
  const suppressed: SuppressedCell[] = [];
  const source = has(register, "departement") ? register : has(visits, "departement") ? visits : null;
  if (source?.columnNames().includes("person_id")) {
    const byDep = count(
      nonEmpty(source, "departement"),
      ["departement"],
      "people_by_departement",
      config,
      k,
      "person_id",
    );
    suppressed.push(...byDep.suppressed);
    const sorted = byDep.table.orderby("departement");
    const places = count(nonEmpty(source, "departement"), [], "departements", config, k);
    section.figures.push({
      id: "territory.departements",
      label: { fr: "Départements représentés", en: "Départements represented" },
      value: sorted.numRows(),
      format: "count",
      n: firstRow(places.table)?.n === null ? 0 : Number(firstRow(places.table)?.n ?? 0),
      unit: "record",
      method: "count-distinct",
      status: "ok",
    });
    if (sorted.numRows() > 0) {
      section.charts.push(
        await makeChart({
          id: "territory-map",
          mark: "map",
          title: { fr: "Carte des personnes par département", en: "Map of people by département" },
          alt: {
            fr: `Carte de France : nombre de personnes dans chacun des ${sorted.numRows()} départements où il y en a ; les valeurs sont dans le tableau qui suit.`,
            en: `Map of France: number of people in each of the ${sorted.numRows()} départements where there are any; the values are in the table that follows.`,
          },
          categoryLabel: { fr: "Département", en: "Département" },
          valueLabel: { fr: "Personnes", en: "People" },
          valueFormat: "count",
          points: pointsFrom(sorted, "departement", "n", k),
        }),
        await makeChart({
          id: "territory-people-by-departement",
          mark: "bar",
          title: { fr: "Personnes par département", en: "People by département" },
          alt: {
            fr: `Barres horizontales : nombre de personnes pour chacun des ${sorted.numRows()} départements (code INSEE) ; les valeurs sont dans le tableau qui suit.`,
            en: `Horizontal bars: number of people in each of ${sorted.numRows()} départements (INSEE code); the values are in the table that follows.`,
          },
          categoryLabel: { fr: "Département", en: "Département" },
          valueLabel: { fr: "Personnes", en: "People" },
          valueFormat: "count",
          points: pointsFrom(sorted, "departement", "n", k),
        }),
      );
    }
  }
  if (has(groups, "status")) {
    const all = count(groups, [], "groups", config, k);
    const byStatus = count(nonEmpty(groups, "status"), ["status"], "groups_by_status", config, k);
    suppressed.push(...all.suppressed, ...byStatus.suppressed);
    section.figures.push(
      figureFrom(firstRow(all.table), "n", {
        id: "territory.groups",
        label: { fr: "Groupes locaux", en: "Local groups" },
        format: "count",
        n: groups.numRows(),
        unit: "group",
        method: "count",
        k,
      }),
    );
    if (byStatus.table.numRows() > 0) {
      section.charts.push(
        await makeChart({
          id: "territory-groups-by-status",
          mark: "bar",
          title: { fr: "Groupes locaux par statut", en: "Local groups by status" },
          alt: {
            fr: `Barres horizontales : nombre de groupes locaux pour chacun des ${byStatus.table.numRows()} statuts ; les valeurs sont dans le tableau qui suit.`,
            en: `Horizontal bars: number of local groups for each of ${byStatus.table.numRows()} statuses; the values are in the table that follows.`,
          },
          categoryLabel: { fr: "Statut", en: "Status" },
          valueLabel: { fr: "Groupes", en: "Groups" },
          valueFormat: "count",
          points: pointsFrom(byStatus.table, "status", "n", k),
          n: groups.numRows(),
        }),
      );
    }
  }
  return { section, suppressed };
}

/** Outcomes: per measure, people followed up, share whose score rose, mean change (internal). */
export async function outcomesSection(
  outcomes: ColumnTable | null,
  config: ReportConfig,
  k: number,
): Promise<SectionPart> {
  const section: Section = {
    id: "outcomes",
    title: { fr: "Résultats pour les personnes", en: "Outcomes" },
    paragraphs: [
      {
        fr: "Pour chaque mesure, on compare le dernier score de suivi de chaque personne à son score initial. Une hausse n'est une amélioration que si un score plus élevé est meilleur pour cette mesure ; sans groupe témoin, l'écart ne peut pas être attribué à l'action seule.",
        en: "For each measure, each person's last follow-up score is compared with their baseline score. A rise is an improvement only when a higher score is better for that measure; without a comparison group, the change cannot be credited to the programme alone.",
      },
    ],
    figures: [],
    charts: [],
    tables: [],
  };
  const suppressed: SuppressedCell[] = [];
  if (!has(outcomes, "person_id") || !has(outcomes, "baseline_value") || !has(outcomes, "followup_value"))
    return { section, suppressed };
  const latest = new Map<string, { measure: string; wave: number; baseline: number; followup: number }>();
  for (const row of outcomes.objects() as Record<string, unknown>[]) {
    const baseline = row.baseline_value;
    const followup = row.followup_value;
    if (typeof baseline !== "number" || typeof followup !== "number" || row.person_id === null) continue;
    const measure = typeof row.measure === "string" && row.measure !== "" ? row.measure : "–";
    const wave = typeof row.followup_wave === "number" ? row.followup_wave : 0;
    const key = `${measure}\u0000${String(row.person_id)}`;
    const previous = latest.get(key);
    if (!previous || wave >= previous.wave) latest.set(key, { measure, wave, baseline, followup });
  }
  const byMeasure = new Map<string, { n: number; rose: number; change: number }>();
  for (const v of latest.values()) {
    const m = byMeasure.get(v.measure) ?? { n: 0, rose: 0, change: 0 };
    m.n += 1;
    if (v.followup > v.baseline) m.rose += 1;
    m.change += v.followup - v.baseline;
    byMeasure.set(v.measure, m);
  }
  if (byMeasure.size === 0) return { section, suppressed };
  const measures = [...byMeasure.keys()].sort();
  const raw = makeTable({
    measure: measures,
    people: measures.map((m) => byMeasure.get(m)?.n ?? 0),
    rose_share: measures.map((m) => {
      const v = byMeasure.get(m);
      return v && v.n > 0 ? v.rose / v.n : null;
    }),
    mean_change: measures.map((m) => {
      const v = byMeasure.get(m);
      return v && v.n > 0 ? v.change / v.n : null;
    }),
  });
  const protectedTable = suppressSmallCells(raw, {
    name: "outcomes_by_measure",
    counts: ["people"],
    bases: { rose_share: "people", mean_change: "people" },
    profile: config.privacy,
    k,
  });
  suppressed.push(...protectedTable.suppressed);
  const rows = protectedTable.table.objects() as Record<string, unknown>[];
  const cell = (row: Record<string, unknown>, column: string) => {
    const status = row[`${column}_status`];
    const ok = status === undefined || status === "ok";
    return {
      value: ok ? (row[column] as number | null) : null,
      status: (ok ? "ok" : status) as "ok",
      ...(ok ? {} : { k }),
    };
  };
  section.tables.push({
    id: "outcomes-by-measure",
    caption: { fr: "Évolution des scores par mesure", en: "Change in scores by measure" },
    columns: [
      { name: "measure", label: { fr: "Mesure", en: "Measure" }, format: "text" },
      { name: "people", label: { fr: "Personnes suivies", en: "People followed up" }, format: "count" },
      {
        name: "rose_share",
        label: { fr: "Part dont le score a augmenté", en: "Share whose score rose" },
        format: "percent",
      },
      {
        name: "mean_change",
        label: { fr: "Évolution moyenne du score", en: "Mean change in score" },
        format: "decimal",
      },
    ],
    rows: rows.map((row) => [
      { value: String(row.measure) },
      cell(row, "people"),
      cell(row, "rose_share"),
      cell(row, "mean_change"),
    ]),
  });
  const first = rows.length === 1 ? rows[0] : undefined;
  if (first) {
    section.figures.push(
      figureFrom(first, "rose_share", {
        id: "outcomes.rose_share",
        label: { fr: "Part dont le score a augmenté", en: "Share whose score rose" },
        format: "percent",
        n: byMeasure.get(String(first.measure))?.n ?? 0,
        unit: "person",
        method: "proportion",
        k,
      }),
    );
  }
  section.charts.push(
    await makeChart({
      id: "outcomes-rose-share",
      mark: "bar",
      title: { fr: "Part des personnes dont le score a augmenté", en: "Share of people whose score rose" },
      alt: {
        fr: `Barres horizontales : part des personnes suivies dont le dernier score dépasse le score initial, pour ${rows.length} mesure(s) ; les valeurs sont dans le tableau qui suit.`,
        en: `Horizontal bars: share of people followed up whose last score is above their baseline, for ${rows.length} measure(s); the values are in the table that follows.`,
      },
      categoryLabel: { fr: "Mesure", en: "Measure" },
      valueLabel: { fr: "Part", en: "Share" },
      valueFormat: "percent",
      points: pointsFrom(protectedTable.table, "measure", "rose_share", k),
    }),
  );
  return { section, suppressed };
}
