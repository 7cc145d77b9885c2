import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { IndicatorRecord } from "../../../schema/dataset";
import { ChartCard } from "../../charts/chart-card";
import type { ChartContext } from "../../charts/chart-context";
import { registerProvinceMap } from "../../charts/register-map";
import type { Lang } from "../../view-props";
import { buildRegionMapOption } from "./build-region-map-option";
import { fetchProvinceMap } from "./fetch-province-map";

export interface RegionMapProps {
  provinceCode: string;
  provinceName: string;
  /** Records of one indicator, measure, period and unit. */
  records: readonly IndicatorRecord[];
  seriesName: string;
  context: ChartContext;
  lang: Lang;
  decals: boolean;
}

/**
 * The choropleth, loaded on demand (React.lazy in the regions view): this
 * module pulls in the ECharts map series and the boundary file of one
 * province, neither of which the first load needs.
 */
export default function RegionMap({
  provinceCode,
  provinceName,
  records,
  seriesName,
  context,
  lang,
  decals,
}: RegionMapProps) {
  const zh = lang === "zh";
  const map = useQuery({
    queryKey: ["province-map", provinceCode],
    queryFn: ({ signal }) => fetchProvinceMap(provinceCode, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const option = useMemo(() => {
    if (!map.data) return null;
    const mapName = registerProvinceMap(provinceCode, map.data);
    const features = map.data.features.map((f) => f.properties);
    return buildRegionMapOption({ records, mapName, features, seriesName, lang, title: context.title });
  }, [map.data, provinceCode, records, seriesName, lang, context.title]);

  if (map.isError) {
    return (
      <p className="rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" role="status">
        {zh ? `没有${provinceName}的地图边界数据。` : `No boundary data for ${provinceName}.`}
      </p>
    );
  }
  if (!option) {
    return (
      <div className="h-[420px] animate-pulse rounded-lg border border-slate-200 bg-slate-100" role="status">
        <span className="sr-only">{zh ? "正在加载地图…" : "Loading the map…"}</span>
      </div>
    );
  }
  return (
    <ChartCard
      chartId="regions-map"
      context={context}
      option={option}
      records={records}
      decals={decals}
      plotHeight={420}
    />
  );
}
