import { useEffect, useState, type FormEvent } from 'react'
import type { ExchangeProgress, ExportOutcome, ExportSelection } from '@shared/domain/exchange'
import { api, errorMessage, unwrap } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { ExchangeProgressBar } from './ExchangeProgressBar'

type Scope = 'all' | 'headNetwork' | 'period'

/** Export: what to include, anonymised or not, then a save dialog opened by main; progress polled meanwhile. */
export function ExportForm() {
  const reference = useReference()
  const [scope, setScope] = useState<Scope>('all')
  const [headNetworkId, setHeadNetworkId] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [anonymised, setAnonymised] = useState(false)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<ExchangeProgress | null>(null)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)

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

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
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
      setError(errorMessage(caught))
    } finally {
      setRunning(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="export-title" className="stack">
      <h2 id="export-title">Exporter</h2>
      <fieldset>
        <legend>Conventions à exporter</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />{' '}
          Toutes
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            checked={scope === 'headNetwork'}
            onChange={() => setScope('headNetwork')}
          />{' '}
          D’une tête de réseau
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'period'} onChange={() => setScope('period')} />{' '}
          Par période (date de début)
        </label>
      </fieldset>
      {scope === 'headNetwork' ? (
        <label>
          Tête de réseau
          <select required value={headNetworkId} onChange={(event) => setHeadNetworkId(event.target.value)}>
            <option value="">Choisir…</option>
            {reference.headNetworks.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {scope === 'period' ? (
        <div className="row">
          <label>
            Début à partir du
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label>
            Jusqu’au
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
        </div>
      ) : null}
      <label>
        <input
          type="checkbox"
          checked={anonymised}
          onChange={(event) => setAnonymised(event.target.checked)}
        />{' '}
        Anonymiser (sans les noms et coordonnées des contacts, ni les documents)
      </label>
      <div>
        <button type="submit" disabled={running}>
          Exporter…
        </button>
      </div>
      {running || progress ? (
        <ExchangeProgressBar label="Progression de l’export" progress={progress} done={!running} />
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {outcome ? (
        <Alert tone="success">
          {outcome.agreementCount} convention(s) et {outcome.documentCount} document(s) exportés dans{' '}
          <code>{outcome.filePath}</code>.
        </Alert>
      ) : null}
    </form>
  )
}
