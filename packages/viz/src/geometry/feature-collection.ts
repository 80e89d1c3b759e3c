/** A GeoJSON feature with the two properties the maps use. */
export interface Feature {
  type: "Feature";
  properties: { code: string; name: string };
  geometry: { type: string; coordinates: unknown };
}

/** A GeoJSON feature collection as shipped with the package. */
export interface FeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}
