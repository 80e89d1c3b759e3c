import type { Lang } from "@solidata/core";
import countries from "world-atlas/countries-110m.json" with { type: "json" };
import { finalize } from "./internal/finalize.js";
import { formatValue } from "./internal/format.js";
import { checkSize, requireField, toLabel, toNumber, toRows } from "./internal/rows.js";
import { checkK, isSuppressed, suppressionLabel } from "./internal/status.js";
import { sequentialScheme, suppressedStyle } from "./theme.js";
import type { BaseChartOptions, ChartData, ChartSpec } from "./types.js";
import { vizText } from "./viz-text.js";

/** Options of {@link worldMap}. */
export interface WorldMapOptions extends BaseChartOptions {
  /** Field of the countries: ISO 3166-1 numeric code as text ("250", "036") or English name ("France"). Default `"country"`. */
  country?: string;
  /** Field of the values. */
  value: string;
  /** Field holding `"ok"` or the suppression rule. Default `` `${value}_status` ``. */
  status?: string;
  /** Suppression threshold. Default 10. */
  k?: number;
  /** `"number"` (default) or `"percent"`. */
  format?: "number" | "percent";
  /** Legend title and what is measured. Default: the value field. */
  valueTitle?: string;
}

interface Topology {
  type: "Topology";
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
}

const topology = countries as unknown as Topology;

/**
 * A world choropleth by country (Natural Earth 1:110m from the `world-atlas` package, Equal Earth
 * projection), countries keyed by ISO 3166-1 numeric code kept as text, or by English name.
 *
 * Why: groups of a network abroad, or countries of origin reported in aggregate, read best on a
 * map. Suppressed countries are grey and dashed; rows that match no country are listed in the
 * accessible table with an empty name, never dropped.
 *
 * @param data - table or objects, one row per country
 * @param options - `country`, `value`, `format`, titles; see {@link WorldMapOptions}
 * @returns a schema-valid Vega-Lite spec
 * @throws Error "worldMap: needs a column …" when a field is missing; RangeError on bad k or sizes
 * @example
 * const spec = worldMap([{ country: "250", groups: 14 }], { value: "groups", lang: "en" });
 * spec.usermeta.solidata.table.rows[0]?.name // => "France"
 */
export function worldMap(data: ChartData, options: WorldMapOptions): ChartSpec {
  const name = "worldMap";
  const lang: Lang = options.lang ?? "fr";
  const rows = toRows(data, name);
  const countryField = options.country ?? "country";
  requireField(rows, countryField, name);
  requireField(rows, options.value, name);
  const k = checkK(options.k, name);
  const statusField = options.status ?? `${options.value}_status`;
  const valueTitle = options.valueTitle ?? options.value;
  // Three areas of Natural Earth have no ISO code (Kosovo, Northern Cyprus, Somaliland): drawn, never matched.
  const geometries = topology.objects.countries.geometries.filter((g) => g.id !== undefined);
  const byName = new Map(geometries.map((g) => [g.properties.name.toLowerCase(), g.id ?? ""]));
  const nameById = new Map(geometries.map((g) => [g.id ?? "", g.properties.name]));

  const values = rows.map((row) => {
    const raw = toLabel(row[countryField]).trim();
    const id = /^\d{1,3}$/.test(raw) ? raw.padStart(3, "0") : (byName.get(raw.toLowerCase()) ?? "");
    const suppressed = isSuppressed(row[statusField]);
    const value = suppressed ? null : toNumber(row[options.value]);
    const statusLabel = suppressed ? suppressionLabel(row[statusField], null, k, lang) : "";
    return {
      id,
      country: raw,
      name: nameById.get(id) ?? "",
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
  const matched = values.filter((row) => row.name !== "");
  const shownValues = matched.flatMap((row) => (row.value === null ? [] : [row.value]));
  const domain = shownValues.length > 0 ? [Math.min(0, ...shownValues), Math.max(...shownValues)] : [0, 1];
  if (domain[0] === domain[1]) domain[1] = (domain[0] ?? 0) + 1;
  const lookup = {
    lookup: "id",
    from: { data: { values: matched }, key: "id", fields: ["value", "suppressed", "label"] },
    default: null,
  };
  const tooltip = [
    { field: "properties.name", type: "nominal", title: vizText(lang, "country") },
    { field: "label", type: "nominal", title: valueTitle },
  ];
  const suppressedCount = values.filter((row) => row.suppressed).length;
  const top = matched.reduce<(typeof values)[number] | undefined>(
    (best, row) => (row.value === null ? best : best && (best.value ?? 0) >= row.value ? best : row),
    undefined,
  );
  const description = [
    vizText(lang, "worldDescription", { measure: valueTitle, count: shownValues.length }),
    top ? vizText(lang, "highest", { label: top.name, value: top.label }) : "",
    suppressedCount > 0 ? vizText(lang, "suppressedNote", { count: suppressedCount, k }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return finalize(
    {
      width: checkSize(options.width, 640, "width", name),
      height: checkSize(options.height, 330, "height", name),
      projection: { type: "equalEarth" },
      data: { values: countries, format: { type: "topojson", feature: "countries" } },
      transform: [lookup],
      layer: [
        { mark: { type: "geoshape", fill: "#eeeeee", stroke: "#ffffff", strokeWidth: 0.4 }, encoding: { tooltip } },
        {
          transform: [{ filter: "datum.suppressed === true" }],
          mark: {
            type: "geoshape",
            fill: suppressedStyle.fill,
            stroke: suppressedStyle.stroke,
            strokeWidth: 0.6,
            strokeDash: [...suppressedStyle.dash],
          },
          encoding: { tooltip },
        },
        {
          transform: [{ filter: "isValid(datum.value)" }],
          mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.4 },
          encoding: {
            color: {
              field: "value",
              type: "quantitative",
              title: valueTitle,
              scale: { scheme: sequentialScheme, domain },
              legend: options.format === "percent" ? { format: ".0%" } : {},
            },
            tooltip,
          },
        },
      ],
    },
    {
      chart: "world-map",
      title: options.title ?? vizText(lang, "by", { measure: valueTitle, category: vizText(lang, "country") }),
      description,
      table: {
        columns: [
          { key: "country", title: vizText(lang, "country"), kind: "text" },
          { key: "name", title: "Natural Earth", kind: "text" },
          {
            key: "value",
            title: valueTitle,
            kind: options.format === "percent" ? "percent" : "number",
            status: "status_label",
          },
        ],
        rows: values.map(({ country, name: label, value, status_label }) => ({
          country,
          name: label,
          value,
          status_label,
        })),
      },
    },
    options,
  );
}
