import { useState } from 'react'
import { useNavigate } from 'react-router'
import { api, errorMessage, unwrap } from '../../../api/client'

/** Starts a new draft from this agreement (new reference, same content), and opens it. */
export function DuplicateButton({
  agreementId,
  onError
}: {
  agreementId: number
  onError: (message: string) => void
}) {
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  async function duplicate() {
    setBusy(true)
    try {
      const copy = await unwrap(api().agreements.duplicate({ id: agreementId }))
      await navigate(`/conventions/${copy.agreement.id}/etape/1`)
    } catch (failure) {
      onError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void duplicate()}>
      Dupliquer
    </button>
  )
}
