import { useEffect, useState, type FormEvent } from 'react'
import type { ExchangeProgress, ExportOutcome, ExportSelection } from '@shared/domain/exchange'
import { exportSelectionSchema } from '@shared/schemas/exchange.schema'
import { zodFieldErrors } from '@shared/schemas/zod-field-errors'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { plural } from '../../plural'
import { ExchangeProgressBar } from './ExchangeProgressBar'
import { ExportScopeFields, type Scope } from './ExportScopeFields'

/** Export: what to include, anonymised or not, then a save dialog opened by main; progress polled meanwhile. */
export function ExportForm() {
  const reference = useReference()
  const [scope, setScope] = useState<Scope>('all')
  const [headNetworkId, setHeadNetworkId] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [anonymised, setAnonymised] = useState(false)
  const [running, setRunning] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const [progress, setProgress] = useState<ExchangeProgress | null>(null)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    if (!running) return
    const timer = window.setInterval(() => {
      void unwrap(api().exchange.progress({})).then((value) => value && setProgress(value))
    }, 200)
    return () => window.clearInterval(timer)
  }, [running])

  function selection(): ExportSelection {
    if (scope === 'headNetwork') return { kind: 'headNetwork', headNetworkId: Number(headNetworkId) }
    if (scope === 'period') return { kind: 'period', from: from || null, to: to || null }
    return { kind: 'all' }
  }

  // The same rules as main's, shown next to their field as the dates are typed (an inverted period at once).
  const checked = exportSelectionSchema.safeParse(selection())
  const liveErrors = checked.success ? {} : zodFieldErrors(checked.error)
  const fieldErrors: Record<string, string> = {
    ...(scope === 'headNetwork' && headNetworkId === '' && submitted
      ? { headNetworkId: 'Choisissez la tête de réseau.' }
      : {}),
    ...(liveErrors['to'] ? { to: liveErrors['to'] } : {}),
    ...serverErrors
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    if (running || !checked.success) return
    setError(null)
    setServerErrors({})
    setOutcome(null)
    setProgress(null)
    setRunning(true)
    try {
      const result = await unwrap(api().exchange.export({ selection: selection(), anonymised }))
      if (result) {
        setOutcome(result)
        // A quick export may end before the first poll: the bar still shows it complete.
        const steps = result.agreementCount + result.documentCount
        setProgress({ phase: 'export', done: steps, total: steps })
      }
    } catch (caught) {
      if (caught instanceof ApiError)
        setServerErrors(
          Object.fromEntries(
            Object.entries(caught.fieldErrors).map(([path, message]) => [
              path.replace(/^selection\./, ''),
              message
            ])
          )
        )
      setError(errorMessage(caught))
    } finally {
      setRunning(false)
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-labelledby="export-title"
      className="panel exchange-form"
      noValidate
    >
      <h2 id="export-title">Exporter</h2>
      <ExportScopeFields
        scope={scope}
        onScope={(value) => {
          setScope(value)
          setServerErrors({})
        }}
        headNetworks={reference.headNetworks}
        headNetworkId={headNetworkId}
        onHeadNetworkId={setHeadNetworkId}
        from={from}
        onFrom={setFrom}
        to={to}
        onTo={setTo}
        errors={fieldErrors}
      />
      <label className="checkbox-choice">
        <input
          type="checkbox"
          checked={anonymised}
          onChange={(event) => setAnonymised(event.target.checked)}
        />
        Anonymiser (sans les noms et coordonnées des contacts, ni les documents)
      </label>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={running}
          aria-busy={running || undefined}
        >
          {running ? 'Export en cours…' : 'Exporter…'}
        </button>
      </div>
      {running || progress ? (
        <ExchangeProgressBar label="Progression de l’export" progress={progress} done={!running} />
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {outcome ? (
        <Alert tone="success">
          {plural(outcome.agreementCount, 'convention')} et {plural(outcome.documentCount, 'document')}{' '}
          {outcome.agreementCount + outcome.documentCount >= 2 ? 'exportés' : 'exporté'} dans{' '}
          <span className="path">{outcome.filePath.split(/[\\/]/).at(-1)}</span>.
          <details className="details-inline">
            <summary>Détails</summary>
            <span className="path">{outcome.filePath}</span>
          </details>
        </Alert>
      ) : null}
    </form>
  )
}
