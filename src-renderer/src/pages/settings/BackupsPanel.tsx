import { useState } from 'react'
import { BACKUP_REASON_LABELS, type BackupInfo } from '@shared/domain/backup'
import { formatByteSize } from '@shared/format/byte-size'
import { api, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'

/**
 * Settings › Sauvegardes: the backups with their dates and sizes, a backup on demand, and a restore that asks for
 * confirmation first (the main process backs the current data up before restoring).
 */
export function BackupsPanel() {
  const { data: backups, error: loadError, reload } = useQuery(() => unwrap(api().backups.list({})), [])
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState<BackupInfo>()
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()

  async function run(action: () => Promise<string>) {
    setBusy(true)
    setMessage(undefined)
    try {
      setMessage({ tone: 'success', text: await action() })
    } catch (failure) {
      setMessage({ tone: 'error', text: errorMessage(failure) })
    } finally {
      setBusy(false)
      reload()
    }
  }

  const backupNow = () =>
    run(async () => {
      const backup = await unwrap(api().backups.create({}))
      return `Sauvegarde du ${formatDateTime(backup.createdAt)} créée et vérifiée.`
    })

  const restore = (backup: BackupInfo) =>
    run(async () => {
      setConfirming(undefined)
      const outcome = await unwrap(api().backups.restore({ name: backup.name }))
      return (
        `Données restaurées à l’état du ${formatDateTime(outcome.restored.createdAt)}. ` +
        `L’état précédent est conservé dans la sauvegarde du ${formatDateTime(outcome.safetyBackup.createdAt)}.`
      )
    })

  return (
    <div className="backups-panel">
      <p>
        Une sauvegarde vérifiée est faite chaque jour au démarrage, avant chaque mise à jour et chaque import.
        Sont gardées les 7 dernières journées et les 4 dernières semaines.
      </p>
      <button type="button" className="button" onClick={() => void backupNow()} disabled={busy}>
        Sauvegarder maintenant
      </button>
      {loadError ? <Alert tone="error">{loadError}</Alert> : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {confirming ? (
        <div className="confirm-bar" role="alertdialog" aria-label="Confirmer la restauration">
          <p>
            Remplacer les données actuelles par celles du {formatDateTime(confirming.createdAt)} ? Les
            modifications faites depuis seront retirées ; l’état actuel sera d’abord sauvegardé.
          </p>
          <button type="button" className="button" onClick={() => setConfirming(undefined)} autoFocus>
            Annuler
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void restore(confirming)}
          >
            Restaurer cette sauvegarde
          </button>
        </div>
      ) : null}
      {backups && backups.length === 0 ? <p>Aucune sauvegarde pour l’instant.</p> : null}
      {backups && backups.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">Sauvegardes disponibles</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Taille</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name}>
                <td>{formatDateTime(backup.createdAt)}</td>
                <td>{BACKUP_REASON_LABELS[backup.reason]}</td>
                <td>{formatByteSize(backup.sizeBytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => setConfirming(backup)}
                    disabled={busy}
                    aria-label={`Restaurer la sauvegarde du ${formatDateTime(backup.createdAt)}`}
                  >
                    Restaurer…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
