import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts'
import type { AmountsByYear } from '@shared/domain/portfolio'
import { useReference } from '../../app/reference-context'
import { formatEuros } from '../../format'
import { ChartFigure } from './ChartFigure'

/** One colour per partnership type, distinguishable and dark enough on white. */
const TYPE_COLOURS = ['#003da5', '#b35900', '#1e6b34', '#7a1f5c']
const thousands = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 })

/** Amounts committed by type and year (start year): stacked bars, and the table of amounts. */
export function AmountsChart({ years }: { years: AmountsByYear[] }) {
  const { partnershipTypes } = useReference()
  const data = years.map((year) => ({
    year: String(year.year),
    ...Object.fromEntries(partnershipTypes.map((type) => [type.code, (year.amounts[type.code] ?? 0) / 100]))
  }))
  return (
    <ChartFigure
      id="chart-amounts"
      wide
      title="Montants par type de partenariat et par année"
      note="Année de début ; rémunération, cofinancements, achats annuels ou don, selon le type."
      chart={
        <BarChart width={460} height={280} data={data} margin={{ left: 16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d4d7dc" />
          <XAxis dataKey="year" />
          <YAxis tickFormatter={(value: number) => `${thousands.format(value / 1000)} k€`} />
          <Legend />
          {partnershipTypes.map((type, index) => (
            <Bar
              key={type.code}
              dataKey={type.code}
              name={type.label}
              stackId="amounts"
              fill={TYPE_COLOURS[index % TYPE_COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Montants par type de partenariat et par année</caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              {partnershipTypes.map((type) => (
                <th key={type.code} scope="col" className="number">
                  {type.label}
                </th>
              ))}
              <th scope="col" className="number">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                {partnershipTypes.map((type) => (
                  <td key={type.code} className="number nowrap">
                    {formatEuros(year.amounts[type.code] ?? 0)}
                  </td>
                ))}
                <td className="number nowrap">{formatEuros(year.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
