import { useState, type ReactNode } from 'react'
import { describeDamage } from '@shared/backup/damage-report'
import type { StartupState } from '@shared/domain/startup'
import { api, errorMessage, unwrap } from '../api/client'
import { useQuery } from '../api/use-query'
import { Alert } from '../components/Alert'

/**
 * Shows the app only on a sound database. On a damaged one the main process refuses every call but these two:
 * this screen says what is wrong and restores the latest good backup; nothing starts empty over the damage.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(() => unwrap(api().startup.state({})), [])
  if (error) return <Alert tone="error">{error}</Alert>
  if (!data) return <p className="loading">Ouverture des données…</p>
  if (data.state === 'damaged') return <RecoveryScreen damage={data} />
  return <>{children}</>
}

function RecoveryScreen({ damage }: { damage: Extract<StartupState, { state: 'damaged' }> }) {
  const report = describeDamage(damage.problems, damage.latestGoodBackup)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()

  async function restore() {
    setBusy(true)
    setFailure(undefined)
    try {
      await unwrap(api().startup.restoreLatestBackup({}))
      window.location.reload()
    } catch (error) {
      setFailure(errorMessage(error))
      setBusy(false)
    }
  }

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{report.title}</h1>
      <p>{report.message}</p>
      <pre className="recovery-detail">{report.detail}</pre>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="form-actions">
        {report.restoreLabel ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void restore()}
            autoFocus
          >
            {busy ? 'Restauration…' : report.restoreLabel}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => window.close()}>
          {report.quitLabel}
        </button>
      </div>
    </main>
  )
}
