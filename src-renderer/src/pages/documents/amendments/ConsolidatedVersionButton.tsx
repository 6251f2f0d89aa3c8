import { useState } from 'react'
import { api, errorMessage, unwrap } from '../../../api/client'
import { Alert } from '../../../components/Alert'

/** Saves the convention as amended by its signed amendments: Word, each change a tracked revision. */
export function ConsolidatedVersionButton({ agreementId }: { agreementId: number }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()

  async function save() {
    setBusy(true)
    setMessage(undefined)
    try {
      const saved = await unwrap(api().amendments.saveConsolidated({ agreementId, amendmentId: null }))
      if (saved) setMessage({ tone: 'success', text: `Version consolidée enregistrée : ${saved.savedTo}` })
    } catch (failure) {
      setMessage({ tone: 'error', text: errorMessage(failure) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="amendment-consolidated">
      <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void save()}>
        {busy ? 'Enregistrement…' : 'Enregistrer la version consolidée (Word, marques de révision)'}
      </button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  )
}
