import { GroupedVerticalBarChart, LineChart, VerticalBarChart } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";

/** Colours from the Teams theme (light, dark and high contrast follow the Fluent provider). */
export const chartColors = [tokens.colorBrandBackground, tokens.colorPaletteDarkOrangeForeground1];

export interface BarPoint {
  x: string;
  y: number;
}

/** One series of bars (e.g. answers per score). */
export function BarChart({ title, points, yLabel }: { title: string; points: BarPoint[]; yLabel: string }) {
  return (
    <VerticalBarChart
      chartTitle={title}
      data={points.map((p) => ({
        x: p.x,
        y: p.y,
        legend: p.x,
        color: chartColors[0],
        xAxisCalloutData: p.x,
        yAxisCalloutData: `${p.y} ${yLabel}`,
      }))}
      height={240}
      hideLegend
      yAxisTitle={yLabel}
      roundCorners
    />
  );
}

export interface GroupPoint {
  name: string;
  values: { legend: string; value: number }[];
}

/** Bars side by side per group (e.g. demand and supply per skill). */
export function GroupedBarChart({ title, groups }: { title: string; groups: GroupPoint[] }) {
  return (
    <GroupedVerticalBarChart
      chartTitle={title}
      data={groups.map((g) => ({
        name: g.name,
        series: g.values.map((v, i) => ({
          key: `${g.name}-${v.legend}`,
          data: v.value,
          legend: v.legend,
          color: chartColors[i % chartColors.length],
          yAxisCalloutData: `${v.value}`,
        })),
      }))}
      height={260}
      barWidth="auto"
    />
  );
}

export interface LineSeries {
  legend: string;
  points: { x: Date; y: number }[];
}

/** Weekly series over time. */
export function TrendChart({ title, series }: { title: string; series: LineSeries[] }) {
  return (
    <LineChart
      data={{
        chartTitle: title,
        lineChartData: series.map((s, i) => ({
          legend: s.legend,
          data: s.points,
          color: chartColors[i % chartColors.length],
          // Dashed second line: the series differ by more than colour (high contrast draws both white).
          ...(i > 0 ? { lineOptions: { strokeDasharray: "8 5" } } : {}),
        })),
      }}
      height={260}
      useUTC
    />
  );
}
