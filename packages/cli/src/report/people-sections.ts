import { countDistinct, prePost, type Result, reach, type SuppressedCell } from "@solidata/core";
import { escape as aqEscape, type ColumnTable } from "arquero";
import type { ReportConfig } from "../config/report-config.js";
import { figureFrom, firstRow, monthLabel, pointsFrom } from "./figures.js";
import { formatValue } from "./format-value.js";
import { type ChartPoint, makeChart } from "./make-chart.js";
import type { Cell, LocalText, Section } from "./model.js";

/** A section and the cells it suppressed (internal). */
export interface SectionPart {
  section: Section;
  suppressed: SuppressedCell[];
}

/** The outcomes section, the cells it suppressed and the results it rests on (internal). */
export interface OutcomesPart extends SectionPart {
  results: Result[];
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
            source: { fr: "registre des bénéficiaires", en: "beneficiary register" },
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
    if (has(visits, "visit_date")) {
      const r = reach(visits, { by: [], privacy: { profile: config.privacy, k } });
      suppressed.push(...r.suppressed);
      section.figures.push(
        figureFrom(firstRow(r.tables.total), "median_visits", {
          id: "beneficiaries.median_visits",
          label: { fr: "Passages par personne (médiane)", en: "Visits per person (median)" },
          format: "decimal",
          n: r.n,
          unit: r.unit,
          method: "median",
          k,
        }),
      );
      const bands = r.tables.visits_per_person;
      if (bands.numRows() > 1) {
        section.charts.push(
          await makeChart({
            id: "beneficiaries-visits-per-person",
            mark: "bar",
            title: { fr: "Nombre de passages par personne", en: "Number of visits per person" },
            alt: {
              fr: `Barres horizontales : nombre de personnes selon leur nombre de passages, en ${bands.numRows()} tranches ; les valeurs sont dans le tableau qui suit.`,
              en: `Horizontal bars: number of people by how many visits they made, in ${bands.numRows()} bands; the values are in the table that follows.`,
            },
            categoryLabel: { fr: "Passages", en: "Visits" },
            valueLabel: { fr: "Personnes", en: "People" },
            valueFormat: "count",
            points: pointsFrom(bands, "band", "people", k),
            n: r.n,
            source: { fr: "journal des passages", en: "visit log" },
          }),
        );
      }
    }
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
            source: { fr: "journal des passages", en: "visit log" },
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
            points: pointsFrom(byMonth.table.orderby("month"), "month", "n", k, monthLabel),
            n,
            source: { fr: "journal des passages", en: "visit log" },
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
    const peopleCount = new Set(Array.from(nonEmpty(source, "departement").array("person_id") as ArrayLike<unknown>))
      .size;
    const placeSource =
      source === register
        ? { fr: "registre des bénéficiaires", en: "beneficiary register" }
        : { fr: "journal des passages", en: "visit log" };
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
          n: peopleCount,
          source: placeSource,
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
          n: peopleCount,
          source: placeSource,
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
          source: { fr: "liste des groupes locaux", en: "list of local groups" },
        }),
      );
    }
  }
  return { section, suppressed };
}

/** The number in a follow-up wave label ("2", "V2", "vague 2"), or 0 (internal). */
function waveNumber(value: unknown): number {
  if (typeof value === "number") return value;
  const m = /(\d+)/.exec(String(value ?? ""));
  return m?.[1] ? Number(m[1]) : 0;
}

/** Outcomes: per measure, baseline against each person's last follow-up, by arm, with prePost of core (internal). */
export async function outcomesSection(
  outcomes: ColumnTable | null,
  config: ReportConfig,
  k: number,
): Promise<OutcomesPart> {
  const section: Section = {
    id: "outcomes",
    title: { fr: "Résultats pour les personnes", en: "Outcomes" },
    paragraphs: [
      {
        fr: "Pour chaque mesure, on compare le score initial de chaque personne à son dernier score de suivi (test t apparié, taille d'effet d de Cohen pour données appariées, intervalles à 95 %). L'attrition est la part des personnes inscrites sans score de suivi : celles qui sont parties peuvent différer de celles qui ont répondu. Une hausse n'est une amélioration que si un score plus élevé est meilleur pour cette mesure ; l'écart entre groupes n'est attribuable à l'action que si les groupes ont été tirés au sort.",
        en: "For each measure, each person's baseline score is compared with their last follow-up score (paired t test, Cohen's d_z effect size, 95% intervals). Attrition is the share of people enrolled without a follow-up score: those who left may differ from those who answered. A rise is an improvement only when a higher score is better for that measure; a difference between arms can be credited to the programme only if the arms were randomised.",
      },
    ],
    figures: [],
    charts: [],
    tables: [],
  };
  const suppressed: SuppressedCell[] = [];
  const results: Result[] = [];
  if (
    !has(outcomes, "person_id") ||
    !has(outcomes, "baseline_value") ||
    !has(outcomes, "followup_value") ||
    !has(outcomes, "_line")
  ) {
    return { section, suppressed, results };
  }
  const rows = outcomes.objects() as Record<string, unknown>[];
  const latest = new Map<string, { wave: number; line: number }>();
  for (const row of rows) {
    if (row.person_id === null || typeof row.followup_value !== "number") continue;
    const key = `${String(row.measure ?? "")}\u0000${String(row.person_id)}`;
    const wave = waveNumber(row.followup_wave);
    const previous = latest.get(key);
    if (!previous || wave >= previous.wave) latest.set(key, { wave, line: Number(row._line) });
  }
  const lines = new Set([...latest.values()].map((v) => v.line));
  const last = outcomes.filter(
    aqEscape((d: Record<string, unknown>) => lines.has(Number(d._line)) || typeof d.followup_value !== "number"),
  );
  const measures = [...new Set(rows.map((r) => (typeof r.measure === "string" ? r.measure : "")))].sort();
  const useArm = has(outcomes, "arm") && rows.some((r) => typeof r.arm === "string" && r.arm !== "");
  const tableRows: Cell[][] = [];
  const cell = (row: Record<string, unknown>, column: string): Cell => {
    const status = row[`${column}_status`];
    const ok = status === undefined || status === "ok";
    const value = row[column];
    return ok
      ? { value: typeof value === "number" && Number.isFinite(value) ? value : null, status: "ok" }
      : { value: null, status: status as Cell["status"] & string, k };
  };
  const interval = (row: Record<string, unknown>, low: string, high: string): Cell => {
    const a = cell(row, low);
    const b = cell(row, high);
    if (a.status !== "ok" || b.status !== "ok") return a.status !== "ok" ? a : b;
    if (typeof a.value !== "number" || typeof b.value !== "number") return { value: null };
    return {
      value: {
        fr: `${formatValue(a.value, "decimal", "fr")} à ${formatValue(b.value, "decimal", "fr")}`,
        en: `${formatValue(a.value, "decimal", "en")} to ${formatValue(b.value, "decimal", "en")}`,
      },
    };
  };
  const sharePoints: ChartPoint[] = [];
  const armRows: Cell[][] = [];
  for (const measure of measures) {
    const subset = last.filter(
      aqEscape((d: Record<string, unknown>) => (typeof d.measure === "string" ? d.measure : "") === measure),
    );
    const result = prePost(subset, { ...(useArm ? { arm: "arm" } : {}), privacy: { profile: config.privacy, k } });
    results.push(result);
    suppressed.push(...result.suppressed);
    for (const row of (result.tables.arms?.objects() ?? []) as Record<string, unknown>[]) {
      armRows.push([
        { value: measure || "–" },
        { value: `${String(row.arm_a ?? "")} − ${String(row.arm_b ?? "")}` },
        cell(row, "n_a"),
        cell(row, "n_b"),
        cell(row, "difference"),
        interval(row, "lower", "upper"),
        cell(row, "cohens_d"),
      ]);
    }
    for (const row of result.tables.change.objects() as Record<string, unknown>[]) {
      const arm = useArm ? String(row.arm ?? "") : "";
      const group: string | LocalText = arm === "Total" || arm === "" ? { fr: "Ensemble", en: "All" } : arm;
      tableRows.push([
        { value: measure || "–" },
        { value: group },
        cell(row, "enrolled"),
        cell(row, "paired"),
        cell(row, "attrition"),
        cell(row, "mean_before"),
        cell(row, "mean_after"),
        cell(row, "change"),
        interval(row, "change_lower", "change_upper"),
        cell(row, "effect_size"),
      ]);
      if (arm === "Total" || arm === "") {
        const c = cell(row, "change");
        sharePoints.push({
          category: measure || "–",
          value: c.status === "ok" ? (c.value as number | null) : null,
          status: c.status ?? "ok",
          ...(c.status !== "ok" ? { k } : {}),
        });
        if (measures.length === 1) {
          section.figures.push(
            figureFrom(row, "change", {
              id: "outcomes.change",
              label: { fr: "Évolution moyenne du score", en: "Mean change in score" },
              format: "decimal",
              n: result.n,
              unit: result.unit,
              method: result.method,
              k,
            }),
          );
        }
      }
    }
  }
  section.tables.push({
    id: "outcomes-change",
    caption: {
      fr: "Évolution des scores entre l'entrée et le dernier suivi",
      en: "Change in scores between baseline and last follow-up",
    },
    columns: [
      { name: "measure", label: { fr: "Mesure", en: "Measure" }, format: "text" },
      { name: "arm", label: { fr: "Groupe", en: "Arm" }, format: "text" },
      { name: "enrolled", label: { fr: "Inscrits", en: "Enrolled" }, format: "count" },
      { name: "paired", label: { fr: "Avec suivi", en: "Followed up" }, format: "count" },
      { name: "attrition", label: { fr: "Attrition", en: "Attrition" }, format: "percent" },
      { name: "mean_before", label: { fr: "Moyenne initiale", en: "Baseline mean" }, format: "decimal" },
      { name: "mean_after", label: { fr: "Moyenne au suivi", en: "Follow-up mean" }, format: "decimal" },
      { name: "change", label: { fr: "Évolution moyenne", en: "Mean change" }, format: "decimal" },
      { name: "change_interval", label: { fr: "IC à 95 %", en: "95% CI" }, format: "text" },
      { name: "effect_size", label: { fr: "Taille d'effet (d_z)", en: "Effect size (d_z)" }, format: "decimal" },
    ],
    rows: tableRows,
  });
  if (armRows.length > 0) {
    section.tables.push({
      id: "outcomes-arms",
      caption: {
        fr: "Différence d'évolution entre les groupes (Welch)",
        en: "Difference in change between arms (Welch)",
      },
      columns: [
        { name: "measure", label: { fr: "Mesure", en: "Measure" }, format: "text" },
        { name: "arms", label: { fr: "Groupes comparés", en: "Arms compared" }, format: "text" },
        { name: "n_a", label: { fr: "n (premier)", en: "n (first)" }, format: "count" },
        { name: "n_b", label: { fr: "n (second)", en: "n (second)" }, format: "count" },
        { name: "difference", label: { fr: "Différence", en: "Difference" }, format: "decimal" },
        { name: "interval", label: { fr: "IC à 95 %", en: "95% CI" }, format: "text" },
        { name: "cohens_d", label: { fr: "d de Cohen", en: "Cohen's d" }, format: "decimal" },
      ],
      rows: armRows,
    });
  }
  if (sharePoints.length > 0) {
    section.charts.push(
      await makeChart({
        id: "outcomes-change",
        mark: "bar",
        title: { fr: "Évolution moyenne du score, par groupe", en: "Mean change in score, by arm" },
        alt: {
          fr: `Barres horizontales : évolution moyenne du score entre l'entrée et le dernier suivi, pour ${measures.length} mesure(s) et chaque groupe ; les valeurs et leurs intervalles sont dans le tableau qui suit.`,
          en: `Horizontal bars: mean change in score between baseline and last follow-up, for ${measures.length} measure(s) and each arm; the values and their intervals are in the table that follows.`,
        },
        categoryLabel: { fr: "Groupe", en: "Arm" },
        valueLabel: { fr: "Évolution moyenne", en: "Mean change" },
        valueFormat: "decimal",
        points: sharePoints,
        n: results.reduce((sum, r) => sum + r.n, 0),
        source: { fr: "questionnaires de suivi", en: "follow-up surveys" },
      }),
    );
  }
  return { section, suppressed, results };
}
