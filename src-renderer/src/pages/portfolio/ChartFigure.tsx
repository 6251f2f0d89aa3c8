import type { ReactNode } from 'react'

interface ChartFigureProps {
  id: string
  title: string
  /** The chart itself: a picture for those who look. */
  chart: ReactNode
  /** The same figures as a table: what screen readers and keyboard users read. */
  table: ReactNode
  note?: string
  /** A wide table (several columns) goes under the chart rather than beside it. */
  wide?: boolean
}

/**
 * A chart with its data table beside it. The drawing is hidden from assistive technologies, which read the table
 * (caption, headers, one row per bar) instead; the charts' own keyboard layer is off, since nothing hidden may
 * take focus.
 */
export function ChartFigure({ id, title, chart, table, note, wide = false }: ChartFigureProps) {
  return (
    <figure className={wide ? 'chart-figure chart-figure--wide' : 'chart-figure'} aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {note ? <p className="muted chart-note">{note}</p> : null}
      <div className="chart-body">
        <div className="chart-drawing" aria-hidden="true">
          {chart}
        </div>
        <div className="chart-table">{table}</div>
      </div>
    </figure>
  )
}
