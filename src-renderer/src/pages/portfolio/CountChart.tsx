import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts'
import type { CountByKey } from '@shared/domain/portfolio'
import { ChartFigure } from './ChartFigure'

interface CountChartProps {
  id: string
  title: string
  counts: CountByKey[]
  unit?: string
  note?: string
}

export const CHART_BLUE = '#003da5'

/** How many conventions (or indicators) fall in each category: bars, and the table of counts. */
export function CountChart({ id, title, counts, unit = 'Conventions', note }: CountChartProps) {
  // Horizontal bars: the French labels are long, and stay readable beside their bar.
  const height = Math.max(140, counts.length * 34 + 40)
  return (
    <ChartFigure
      id={id}
      title={title}
      {...(note ? { note } : {})}
      chart={
        <BarChart
          width={460}
          height={height}
          data={counts}
          layout="vertical"
          margin={{ left: 8, right: 32 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d4d7dc" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={210} tick={{ fontSize: 12 }} />
          <Bar dataKey="count" fill={CHART_BLUE} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" />
          </Bar>
        </BarChart>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Catégorie</th>
              <th scope="col" className="number">
                {unit}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((entry) => (
              <tr key={entry.key}>
                <th scope="row">{entry.label}</th>
                <td className="number">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
