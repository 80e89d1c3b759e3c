import type { Lang } from "@solidata/core";
import { departementsGeometry } from "./geometry/departements-geometry.js";
import { regionsGeometry } from "./geometry/regions-geometry.js";
import { centroid } from "./internal/centroid.js";
import { finalize } from "./internal/finalize.js";
import { formatValue } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, isSuppressed, suppressionLabel } from "./internal/status.js";
import { OVERSEAS_NAMES } from "./locales/overseas-names.js";
import { sequentialScheme, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link franceMap}. */
export interface FranceMapOptions extends BaseChartOptions {
  /** `"departement"` (default) or `"region"`. */
  level?: "departement" | "region";
  /** Field of the codes, as text: "01", "2A", "971" (départements) or "84", "03" (régions). Default: the level's name. */
  code?: string;
  /** Field of the values. */
  value: string;
  /** Field holding `"ok"` or the suppression rule. Default `` `${value}_status` ``. */
  status?: string;
  /** Suppression threshold. Default 10. */
  k?: number;
  /** `"number"` (default) or `"percent"` for fractions. */
  format?: "number" | "percent";
  /** Legend title and what is measured. Default: the value field. */
  valueTitle?: string;
}

const centroids = new Map<string, [number, number]>();

/** A code as the geometry writes it: text, two digits for metropolitan codes, "2A"/"2B" upper case. */
function normaliseCode(value: unknown): string {
  const text = toLabel(value).trim().toUpperCase();
  return /^\d$/.test(text) ? `0${text}` : text;
}

/**
 * A choropleth map of French départements or régions, the overseas ones (Guadeloupe, Martinique,
 * Guyane, La Réunion, Mayotte) drawn as labelled tiles beside metropolitan France.
 *
 * Why: territorial results ("where do our beneficiaries live") are read on a map. Codes stay text,
 * so "2A", "2B" and "971"–"976" match. The geometry ships with the package (simplified IGN Admin
 * Express, about 300 kB); it holds metropolitan France only, so the overseas areas are tiles
 * coloured on the same scale. Suppressed areas are grey with their label; areas without data
 * are pale and say so in their tooltip.
 *
 * @param data - table or objects, one row per area
 * @param options - `level`, `code`, `value`, `format`, titles; see {@link FranceMapOptions}
 * @returns a schema-valid Vega-Lite spec (map and overseas tiles side by side)
 * @throws Error "franceMap: needs a column …" when a field is missing; RangeError on bad k or sizes
 * @example
 * const spec = franceMap([{ departement: "2A", count: 12 }], { value: "count", lang: "en" });
 * spec.usermeta.solidata.table.rows[0]?.code // => "2A"
 */
export function franceMap(data: ChartData, options: FranceMapOptions): ChartSpec {
  const name = "franceMap";
  const lang: Lang = options.lang ?? "fr";
  const level = options.level ?? "departement";
  if (level !== "departement" && level !== "region")
    throw new RangeError(`${name}: needs level "departement" or "region"`);
  const rows = toRows(data, name);
  const codeField = options.code ?? level;
  requireField(rows, codeField, name);
  requireField(rows, options.value, name);
  const k = checkK(options.k, name);
  const statusField = options.status ?? `${options.value}_status`;
  const valueTitle = options.valueTitle ?? options.value;
  const areaWord = vizText(lang, level);
  const geometry = level === "departement" ? departementsGeometry : regionsGeometry;
  const names = new Map<string, string>(geometry.features.map((f) => [f.properties.code, f.properties.name]));
  for (const [code, label] of OVERSEAS_NAMES[level]) names.set(code, label);

  const values = rows.map((row) => {
    const code = normaliseCode(row[codeField]);
    const suppressed = isSuppressed(row[statusField]);
    const value = suppressed ? null : toNumber(row[options.value]);
    const statusLabel = suppressed ? suppressionLabel(row[statusField], null, k, lang) : "";
    return {
      code,
      name: names.get(code) ?? "",
      value,
      suppressed,
      status_label: statusLabel,
      label: suppressed
        ? statusLabel
        : value === null
          ? vizText(lang, "noData")
          : formatValue(value, lang, options.format),
    };
  });
  const byCode = new Map(values.map((row) => [row.code, row]));
  const noData = vizText(lang, "noData");
  const features = geometry.features.map((feature) => {
    const key = `${level}:${feature.properties.code}`;
    let point = centroids.get(key);
    if (point === undefined) {
      point = centroid(feature.geometry);
      centroids.set(key, point);
    }
    const row = byCode.get(feature.properties.code);
    return {
      type: "Feature",
      geometry: feature.geometry,
      properties: {
        code: feature.properties.code,
        name: feature.properties.name,
        lon: Math.round(point[0] * 1000) / 1000,
        lat: Math.round(point[1] * 1000) / 1000,
        value: row?.value ?? null,
        suppressed: row?.suppressed ?? false,
        status_label: row?.status_label ?? "",
        label: row?.label ?? noData,
      },
    };
  });
  const tiles = OVERSEAS_NAMES[level].map(([code, label]) => {
    const row = byCode.get(code);
    return {
      code,
      name: label,
      value: row?.value ?? null,
      suppressed: row?.suppressed ?? false,
      status_label: row?.status_label ?? "",
      label: row?.label ?? noData,
      text: `${label} : ${row?.label ?? noData}`.replace(" : ", lang === "en" ? ": " : " : "),
    };
  });
  const shownValues = values.flatMap((row) => (row.value === null ? [] : [row.value]));
  const domain = shownValues.length > 0 ? [Math.min(0, ...shownValues), Math.max(...shownValues)] : [0, 1];
  if (domain[0] === domain[1]) domain[1] = (domain[0] ?? 0) + 1;
  const color = {
    field: "properties.value",
    type: "quantitative",
    title: valueTitle,
    scale: { scheme: sequentialScheme, domain },
    legend: options.format === "percent" ? { format: ".0%" } : {},
  };
  const tooltip = [
    { field: "properties.name", type: "nominal", title: areaWord },
    { field: "properties.code", type: "nominal", title: "code" },
    { field: "properties.label", type: "nominal", title: valueTitle },
  ];
  const width = checkSize(options.width, 420, "width", name);
  const height = checkSize(options.height, 420, "height", name);
  const projection = { type: "conicConformal", parallels: [44, 49], rotate: [-3, 0] };
  const suppressedCount = values.filter((row) => row.suppressed).length;
  const metropolitan = {
    width,
    height,
    projection,
    data: { values: { type: "FeatureCollection", features }, format: { type: "json", property: "features" } },
    layer: [
      {
        mark: { type: "geoshape", fill: "#f2f2f2", stroke: "#ffffff", strokeWidth: 0.5 },
        encoding: { tooltip },
      },
      {
        transform: [{ filter: "datum.properties.suppressed" }],
        mark: {
          type: "geoshape",
          fill: suppressedStyle.fill,
          stroke: suppressedStyle.stroke,
          strokeWidth: 0.7,
          strokeDash: [...suppressedStyle.dash],
        },
        encoding: { tooltip },
      },
      {
        transform: [{ filter: "isValid(datum.properties.value)" }],
        mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.5 },
        encoding: { color, tooltip },
      },
      ...(suppressedCount > 0
        ? [
            {
              transform: [{ filter: "datum.properties.suppressed" }],
              mark: { type: "text", fontSize: 9, fontWeight: "bold", color: suppressedStyle.text },
              encoding: {
                longitude: { field: "properties.lon", type: "quantitative" },
                latitude: { field: "properties.lat", type: "quantitative" },
                text: { field: "properties.status_label" },
              },
            },
          ]
        : []),
    ],
  };
  const tileY = { field: "name", type: "nominal", sort: tiles.map((tile) => tile.name), axis: null };
  const overseasView = {
    title: { text: vizText(lang, "overseas"), fontSize: 12, anchor: "start" },
    width: 20,
    height: tiles.length * 26,
    data: { values: tiles },
    layer: [
      {
        mark: { type: "square", size: 300, fill: "#f2f2f2", stroke: "#bdbdbd" },
        encoding: { y: tileY },
      },
      {
        transform: [{ filter: "datum.suppressed" }],
        mark: {
          type: "square",
          size: 300,
          fill: suppressedStyle.fill,
          stroke: suppressedStyle.stroke,
          strokeDash: [...suppressedStyle.dash],
        },
        encoding: { y: tileY },
      },
      {
        transform: [{ filter: "isValid(datum.value)" }],
        mark: { type: "square", size: 300, opacity: 1 },
        encoding: { y: tileY, color: { ...color, field: "value" } },
      },
      {
        mark: { type: "text", align: "left", dx: 14, fontSize: 11, color: "#333333" },
        encoding: { y: tileY, text: { field: "text" } },
      },
    ],
  };
  const shown = values.filter((row) => row.value !== null);
  const top = shown.reduce<(typeof values)[number] | undefined>(
    (best, row) => (best && (best.value ?? 0) >= (row.value ?? 0) ? best : row),
    undefined,
  );
  const describe = (row: (typeof values)[number]): string => (row.name ? `${row.name} (${row.code})` : row.code);
  const description = [
    vizText(lang, "mapDescription", { measure: valueTitle, area: areaWord, count: shown.length }),
    top ? vizText(lang, "highest", { label: describe(top), value: top.label }) : "",
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return finalize(
    { hconcat: [metropolitan, overseasView], spacing: 24, resolve: { scale: { color: "shared" } } },
    {
      chart: "france-map",
      title: options.title ?? vizText(lang, "by", { measure: valueTitle, category: areaWord }),
      description,
      table: {
        columns: [
          { key: "code", title: "code", kind: "text" },
          { key: "name", title: areaWord, kind: "text" },
          {
            key: "value",
            title: valueTitle,
            kind: options.format === "percent" ? "percent" : "number",
            status: "status_label",
          },
        ],
        rows: values.map(({ code, name: label, value, status_label }) => ({ code, name: label, value, status_label })),
      },
    },
    options,
  );
}
