import { useId, useState, type FormEvent } from 'react'
import type { FollowUpIndicator, FollowUpPeriod, IndicatorResult } from '@shared/domain/follow-up'
import type { FieldErrors } from '@shared/errors'
import { achievementPercent } from '@shared/follow-up/follow-up-schedule'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { formatDate } from '../../format'

interface PeriodResultsFormProps {
  agreementId: number
  period: FollowUpPeriod
  indicators: FollowUpIndicator[]
  results: IndicatorResult[]
  onSaved: () => void
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })

/** Reads a number typed the French way (« 1 250,5 »); undefined when unreadable, null when empty. */
function parseValue(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (compact === '') return null
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined
}

/** The results of one reporting period, one row per indicator, each against its target. */
export function PeriodResultsForm({
  agreementId,
  period,
  indicators,
  results,
  onSaved
}: PeriodResultsFormProps) {
  const id = useId()
  const recorded = (index: number) =>
    results.find((result) => result.periodNumber === period.number && result.indicatorIndex === index)
  const [values, setValues] = useState(() =>
    indicators.map((indicator) => {
      const result = recorded(indicator.index)
      return { value: result ? number.format(result.value) : '', comment: result?.comment ?? '' }
    })
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string>()
  const [done, setDone] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setDone(undefined)
    setFailure(undefined)
    const parsed = values.map((entry) => parseValue(entry.value))
    const unreadable: FieldErrors = {}
    parsed.forEach((value, index) => {
      if (value === undefined) unreadable[`results.${index}.value`] = 'Nombre attendu (par exemple 1 250,5).'
    })
    setErrors(unreadable)
    if (Object.keys(unreadable).length > 0) return
    setBusy(true)
    try {
      await unwrap(
        api().followUp.recordResults({
          agreementId,
          periodNumber: period.number,
          results: indicators.map((indicator, index) => ({
            indicatorIndex: indicator.index,
            value: parsed[index] ?? null,
            comment: values[index]?.comment ?? ''
          }))
        })
      )
      setDone(`Résultats de la période « ${period.label} » enregistrés.`)
      onSaved()
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors)
      setFailure(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const update = (index: number, change: Partial<{ value: string; comment: string }>) =>
    setValues((current) => current.map((entry, at) => (at === index ? { ...entry, ...change } : entry)))
  return (
    <form
      className="period-results"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {period.label} — du {formatDate(period.start)} au {formatDate(period.end)}
        {period.due && period.missing > 0 ? <span className="badge badge--warning">À saisir</span> : null}
      </h3>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Cible</th>
            <th scope="col">Résultat</th>
            <th scope="col">Atteinte</th>
            <th scope="col">Commentaire</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator, index) => {
            const value = parseValue(values[index]?.value ?? '')
            const percent = typeof value === 'number' ? achievementPercent(value, indicator.target) : null
            const error = errors[`results.${index}.value`]
            return (
              <tr key={indicator.index}>
                <th scope="row">{indicator.label}</th>
                <td className="nowrap">
                  {indicator.target === null ? '—' : `${number.format(indicator.target)} ${indicator.unit}`}
                </td>
                <td>
                  <input
                    id={`${id}-value-${index}`}
                    inputMode="decimal"
                    aria-label={`Résultat : ${indicator.label}${indicator.unit ? ` (${indicator.unit})` : ''}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error-${index}` : undefined}
                    value={values[index]?.value ?? ''}
                    onChange={(event) => update(index, { value: event.target.value })}
                  />
                  {error ? (
                    <p id={`${id}-error-${index}`} className="field-error">
                      {error}
                    </p>
                  ) : null}
                </td>
                <td className="nowrap">{percent === null ? '—' : `${percent} %`}</td>
                <td>
                  <input
                    aria-label={`Commentaire : ${indicator.label}`}
                    value={values[index]?.comment ?? ''}
                    onChange={(event) => update(index, { comment: event.target.value })}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Enregistrement…' : `Enregistrer les résultats — ${period.label}`}
        </button>
      </div>
    </form>
  )
}
