import { useState, type DragEvent } from 'react'
import type { ConflictChoice, ImportCategory, ImportOutcome } from '@shared/domain/exchange'
import type { StagedImport } from '@shared/ipc/contract'
import { describeImportOutcome } from '@shared/exchange/import-outcome-text'
import { cleanName } from '@shared/text/display-text'
import { api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'
import { plural } from '../../plural'
import { toBase64 } from '../../app/bytes-to-base64'
import { useOpenedBundle } from '../../app/opened-bundle'
import { RefusedList } from './RefusedList'
import { SenderBlock } from './SenderBlock'

const CATEGORY_LABELS: Record<ImportCategory, string> = {
  new: 'Nouvelle',
  updated: 'Mise à jour',
  identical: 'Identique',
  outdated: 'Plus récente ici',
  conflict: 'Conflit'
}

/** Import: choose or drop a bundle, read the preview, settle each conflict, confirm. */
export function ImportPanel() {
  const [staged, setStaged] = useState<StagedImport | null>(null)
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({})
  const [senderConfirmed, setSenderConfirmed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  // A bundle dropped elsewhere on the window or double-clicked in the file manager: previewed here.
  useOpenedBundle((source) => void run(source))

  async function run(action: () => Promise<StagedImport | null>) {
    setError(null)
    setOutcome(null)
    setBusy(true)
    try {
      const result = await action()
      if (result) {
        setStaged(result)
        setChoices({})
        setSenderConfirmed(false)
      }
    } catch (caught) {
      setStaged(null)
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault()
    const file = event.dataTransfer.files[0]
    if (!file) return
    void run(async () =>
      unwrap(
        api().exchange.previewImport({
          name: file.name,
          dataBase64: toBase64(new Uint8Array(await file.arrayBuffer()))
        })
      )
    )
  }

  async function confirm() {
    if (!staged) return
    setError(null)
    setBusy(true)
    try {
      setOutcome(
        await unwrap(api().exchange.import({ token: staged.token, choices, acceptSender: senderConfirmed }))
      )
      setStaged(null)
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  const preview = staged?.preview
  const conflicts = preview?.rows.filter((row) => row.category === 'conflict') ?? []
  const unresolved = conflicts.filter((row) => !choices[row.reference]).length
  const senderPending = preview?.sender.needsConfirmation === true && !senderConfirmed

  return (
    <section aria-labelledby="import-title" className="stack">
      <h2 id="import-title">Importer</h2>
      <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <p>Déposez ici un fichier d’échange (.zip), ou</p>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => unwrap(api().exchange.chooseImport({})))}
        >
          Choisir un fichier…
        </button>
      </div>
      {busy ? <p role="status">Vérification en cours…</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {preview && staged ? (
        <div className="stack">
          <p>
            « {cleanName(staged.fileName)} » — exporté le {formatDateTime(preview.exportedAt)}
            {preview.anonymised ? ', anonymisé' : ''} ; {plural(preview.documentCount, 'document')}, dont{' '}
            {plural(preview.newDocumentCount, 'nouveau', 'nouveaux')} ici.
          </p>
          <SenderBlock sender={preview.sender} />
          {preview.sender.needsConfirmation ? (
            <label>
              <input
                type="checkbox"
                checked={senderConfirmed}
                onChange={(event) => setSenderConfirmed(event.target.checked)}
              />{' '}
              J’ai vérifié avec l’expéditeur qu’il m’a bien envoyé ce fichier
              {preview.sender.fingerprint ? ' et que l’empreinte de sa clé est celle affichée' : ''}.
            </label>
          ) : null}
          <RefusedList refused={preview.refused} />
          {preview.amendmentsKept.length > 0 ? (
            <Alert tone="info">
              {preview.amendmentsKept.length >= 2
                ? 'Avenants rédigés différemment ici sous le même numéro, gardés tels quels à l’import :'
                : 'Avenant rédigé différemment ici sous le même numéro, gardé tel quel à l’import :'}{' '}
              {preview.amendmentsKept.join(', ')}. Voyez avec l’expéditeur lequel fait foi.
            </Alert>
          ) : null}
          <p role="status">
            {plural(preview.counts.new, 'nouvelle')}, {plural(preview.counts.updated, 'mise', 'mises')} à
            jour, {plural(preview.counts.identical, 'identique')},{' '}
            {plural(preview.counts.outdated, 'plus récente', 'plus récentes')} ici,{' '}
            {plural(preview.counts.conflict, 'conflit')}.
          </p>
          <table>
            <caption>Aperçu de l’import</caption>
            <thead>
              <tr>
                <th scope="col">Référence</th>
                <th scope="col">Intitulé</th>
                <th scope="col">Partenaire</th>
                <th scope="col">État</th>
                <th scope="col">Différences / choix</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.reference}>
                  <td>{row.reference}</td>
                  <td>{cleanName(row.title)}</td>
                  <td>{row.partnerName === null ? '—' : cleanName(row.partnerName)}</td>
                  <td>{CATEGORY_LABELS[row.category]}</td>
                  <td>
                    {row.differences.length > 0 ? <span>{row.differences.join(', ')}</span> : null}
                    {row.category === 'conflict' ? (
                      <fieldset>
                        <legend>Conflit sur {row.reference}</legend>
                        {(['keep', 'take'] as const).map((choice) => (
                          <label key={choice}>
                            <input
                              type="radio"
                              name={`conflict-${row.reference}`}
                              checked={choices[row.reference] === choice}
                              onChange={() => setChoices({ ...choices, [row.reference]: choice })}
                            />{' '}
                            {choice === 'keep' ? 'Garder ma version' : 'Prendre la leur'}
                          </label>
                        ))}
                      </fieldset>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <button
              type="button"
              disabled={busy || unresolved > 0 || senderPending}
              onClick={() => void confirm()}
            >
              Importer
            </button>
            {unresolved > 0 ? (
              <p>Choisissez une version pour chaque conflit ({plural(unresolved, 'restant')}).</p>
            ) : null}
            {senderPending ? <p>Confirmez l’expéditeur avant d’importer.</p> : null}
          </div>
        </div>
      ) : null}
      {outcome ? <Alert tone="success">{describeImportOutcome(outcome)}</Alert> : null}
    </section>
  )
}
