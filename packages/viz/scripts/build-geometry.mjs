// Turns the GeoJSON files of data/ into TypeScript modules under src/geometry/, so the geometry
// loads in browsers, Deno and Node without reading files. Run: node scripts/build-geometry.mjs
// Then format the output: pnpm exec biome check --write packages/viz/src/geometry
import { readFileSync, writeFileSync } from "node:fs";

const round = (value) => (Array.isArray(value) ? value.map(round) : Math.round(value * 1000) / 1000);

const build = (file, name, summary) => {
  const source = JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf8"));
  const features = source.features.map((feature) => ({
    type: "Feature",
    properties: { code: String(feature.properties.code), name: String(feature.properties.nom) },
    geometry: { type: feature.geometry.type, coordinates: round(feature.geometry.coordinates) },
  }));
  const text = [
    `// Made by scripts/build-geometry.mjs from data/${file} (Licence Ouverte, IGN Admin Express). Do not edit.`,
    'import type { FeatureCollection } from "./feature-collection.js";',
    "",
    `/** ${summary} */`,
    `export const ${name}: FeatureCollection = JSON.parse(${JSON.stringify(JSON.stringify({ type: "FeatureCollection", features }))});`,
    "",
  ].join("\n");
  writeFileSync(
    new URL(`../src/geometry/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`, import.meta.url),
    text,
  );
};

build(
  "france-geojson_departements-version-simplifiee.geojson",
  "departementsGeometry",
  'The 96 metropolitan départements (simplified), `code` as text ("01", "2A"), `name` in French.',
);
build(
  "france-geojson_regions-version-simplifiee.geojson",
  "regionsGeometry",
  "The 13 metropolitan régions (simplified), `code` the INSEE region code as text, `name` in French.",
);
