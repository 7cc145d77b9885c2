import { MapChart } from "echarts/charts";
import { VisualMapContinuousComponent } from "echarts/components";
import { getMap, registerMap, use } from "echarts/core";
import "./register-echarts";

// Imported only by the lazily loaded map view, so the map series and the
// visualMap stay out of the first-load bundle.
use([MapChart, VisualMapContinuousComponent]);

/** ECharts map name for a province's prefecture boundaries; never "china" (that name brings ECharts' own outdated inset). */
export function provinceMapName(provinceCode: string): string {
  return `zb-${provinceCode}`;
}

export interface BoundaryFeature {
  type: "Feature";
  properties: { code: string; name: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
}

export interface BoundaryCollection {
  type: "FeatureCollection";
  features: BoundaryFeature[];
}

/** Registers a province's boundaries once; later calls are no-ops. */
export function registerProvinceMap(provinceCode: string, geoJson: BoundaryCollection): string {
  const name = provinceMapName(provinceCode);
  if (!getMap(name)) {
    // ECharts matches series data to features by `properties.name`.
    registerMap(name, geoJson as unknown as Parameters<typeof registerMap>[1]);
  }
  return name;
}
