import { privacyDefaults, type SuppressedCell } from "@solidata/core";
import type { ReportConfig } from "../config/report-config.js";
import type { Cell, LocalText, Section } from "./model.js";
import type { PreparedFile } from "./prepare-file.js";

/** Short names of the reasons a row is quarantined, by code of the cleaning step. */
const reasons: Record<string, LocalText> = {
  "clean.required_missing": { fr: "champ obligatoire vide", en: "required field empty" },
  "clean.invalid_date": { fr: "date illisible ou impossible", en: "unreadable or impossible date" },
  "clean.invalid_number": { fr: "nombre illisible", en: "unreadable number" },
  "clean.invalid_duration": { fr: "durée illisible", en: "unreadable duration" },
  "clean.negative_value": { fr: "valeur négative", en: "negative value" },
  "clean.out_of_range": { fr: "valeur hors des bornes attendues", en: "value outside the expected range" },
  "clean.future_date": { fr: "date dans le futur", en: "date in the future" },
  "clean.value_not_parsed": { fr: "valeur illisible à l'import", en: "value unreadable at import" },
  "clean.duplicate_row": { fr: "ligne en double", en: "duplicate row" },
  "clean.ragged_row": { fr: "nombre de champs anormal (ligne décalée)", en: "wrong number of fields (shifted row)" },
  "clean.invalid_boolean": { fr: "oui/non illisible", en: "unreadable yes/no" },
  "clean.invalid_optional_value": { fr: "valeur illisible", en: "unreadable value" },
  "clean.required_column_missing": { fr: "colonne obligatoire absente", en: "required column missing" },
};

const ruleNames: Record<string, LocalText> = {
  primary: { fr: "effectif inférieur au seuil", en: "count below the threshold" },
  complementary: {
    fr: "masquage complémentaire (pour qu'un total ne révèle pas une petite case)",
    en: "complementary (so a total cannot reveal a small cell)",
  },
  dominance: {
    fr: "dominance (une personne pèse plus de 85 % d'une somme)",
    en: "dominance (one person holds over 85% of a sum)",
  },
  "small-base": { fr: "taux ou moyenne sur trop peu de personnes", en: "rate or mean on too few people" },
};

/** The data quality appendix: files with SHA-256, rows read, cleaned and quarantined by reason, changes, suppression, methods (internal). */
export function qualitySection(
  files: readonly PreparedFile[],
  suppressed: readonly SuppressedCell[],
  methods: readonly LocalText[],
  config: ReportConfig,
  k: number,
): Section {
  const kindNames: Record<string, LocalText> = {
    volunteers: { fr: "bénévoles", en: "volunteers" },
    beneficiaries: { fr: "bénéficiaires", en: "beneficiaries" },
    visits: { fr: "passages", en: "visits" },
    groups: { fr: "groupes", en: "groups" },
    outcomes: { fr: "suivi", en: "outcomes" },
  };
  const fileRows: Cell[][] = files.map((f) => [
    { value: f.name },
    { value: f.kind ? (kindNames[f.kind] ?? f.kind) : { fr: "non reconnu", en: "not recognised" } },
    { value: f.rowsRead },
    { value: f.cleanReport?.rowsClean ?? 0 },
    { value: f.cleanReport?.rowsQuarantined ?? 0 },
    { value: f.sha256 },
  ]);
  const quarantineRows: Cell[][] = [];
  for (const f of files) {
    for (const [code, n] of Object.entries(f.cleanReport?.byCode ?? {}).sort()) {
      quarantineRows.push([{ value: f.name }, { value: reasons[code] ?? code }, { value: code }, { value: n }]);
    }
  }
  const changeRows: Cell[][] = [];
  for (const f of files) {
    for (const c of f.cleanReport?.changes ?? []) {
      if (c.cells > 0)
        changeRows.push([{ value: f.name }, { value: c.field }, { value: c.operation }, { value: c.cells }]);
    }
  }
  const byRule = new Map<string, number>();
  for (const cell of suppressed) byRule.set(cell.rule, (byRule.get(cell.rule) ?? 0) + 1);
  const defaults = privacyDefaults(config.privacy);
  const section: Section = {
    id: "quality",
    title: { fr: "Annexe : qualité des données et méthodes", en: "Appendix: data quality and methods" },
    paragraphs: [
      {
        fr: `Chaque ligne lue est soit utilisée, soit mise en quarantaine avec sa raison : lignes lues = lignes retenues + lignes en quarantaine. Les empreintes SHA-256 permettent de vérifier que les fichiers n'ont pas changé depuis ce rapport.`,
        en: `Every row read is either used or quarantined with its reason: rows read = rows kept + rows quarantined. The SHA-256 fingerprints let anyone check that the files have not changed since this report.`,
      },
      {
        fr: `Protection des personnes : aucun nom, courriel, téléphone, adresse ni date de naissance ne figure dans ce rapport. Tout effectif de personnes inférieur à ${k} est masqué, ainsi que les cases qui permettraient de le retrouver à partir des totaux ; une somme dont une seule personne représente plus de ${Math.round(defaults.dominance * 100)} % est masquée.`,
        en: `Protecting people: no name, e-mail, phone, address or birth date appears in this report. Every count of people below ${k} is hidden, and so are the cells from which it could be worked out with the totals; a sum of which one person holds more than ${Math.round(defaults.dominance * 100)}% is hidden.`,
      },
      ...methods,
    ],
    figures: [],
    charts: [],
    tables: [
      {
        id: "files",
        caption: { fr: "Fichiers lus", en: "Files read" },
        columns: [
          { name: "file", label: { fr: "Fichier", en: "File" }, format: "text" },
          { name: "kind", label: { fr: "Contenu", en: "Content" }, format: "text" },
          { name: "rows_read", label: { fr: "Lignes lues", en: "Rows read" }, format: "count" },
          { name: "rows_clean", label: { fr: "Lignes retenues", en: "Rows kept" }, format: "count" },
          { name: "rows_quarantined", label: { fr: "En quarantaine", en: "Quarantined" }, format: "count" },
          { name: "sha256", label: { fr: "Empreinte SHA-256", en: "SHA-256 fingerprint" }, format: "text" },
        ],
        rows: fileRows,
      },
    ],
  };
  if (quarantineRows.length > 0) {
    section.tables.push({
      id: "quarantine",
      caption: { fr: "Lignes mises en quarantaine, par raison", en: "Rows quarantined, by reason" },
      columns: [
        { name: "file", label: { fr: "Fichier", en: "File" }, format: "text" },
        { name: "reason", label: { fr: "Raison", en: "Reason" }, format: "text" },
        { name: "code", label: { fr: "Code", en: "Code" }, format: "text" },
        { name: "rows", label: { fr: "Lignes", en: "Rows" }, format: "count" },
      ],
      rows: quarantineRows,
    });
  }
  if (changeRows.length > 0) {
    section.tables.push({
      id: "changes",
      caption: { fr: "Ce qui a été corrigé (cellules modifiées)", en: "What was changed (cells changed)" },
      columns: [
        { name: "file", label: { fr: "Fichier", en: "File" }, format: "text" },
        { name: "field", label: { fr: "Champ", en: "Field" }, format: "text" },
        { name: "operation", label: { fr: "Opération", en: "Operation" }, format: "text" },
        { name: "cells", label: { fr: "Cellules", en: "Cells" }, format: "count" },
      ],
      rows: changeRows,
    });
  }
  section.tables.push({
    id: "suppression",
    caption: {
      fr: `Règles de confidentialité appliquées (profil « ${config.privacy} », seuil ${k})`,
      en: `Privacy rules applied (profile “${config.privacy}”, threshold ${k})`,
    },
    columns: [
      { name: "rule", label: { fr: "Règle", en: "Rule" }, format: "text" },
      { name: "cells", label: { fr: "Cases masquées", en: "Cells hidden" }, format: "count" },
    ],
    rows: Object.keys(ruleNames).map((rule) => [{ value: ruleNames[rule] ?? rule }, { value: byRule.get(rule) ?? 0 }]),
  });
  return section;
}
