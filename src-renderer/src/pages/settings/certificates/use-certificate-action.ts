import { useState } from 'react'
import type { CertificatesOverview } from '@shared/signatures/certificate-summary'
import type { FieldErrors } from '@shared/errors'
import { ApiError, errorMessage } from '../../../api/client'

/**
 * One certificate action at a time: busy while its call runs, the French message afterwards, and the main
 * process's per-field messages kept for the form that sent them.
 */
export function useCertificateAction(onDone: (overview: CertificatesOverview) => void) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})

  async function run(action: () => Promise<CertificatesOverview>, success: string): Promise<boolean> {
    setBusy(true)
    setMessage(undefined)
    setFieldErrors({})
    try {
      onDone(await action())
      setMessage({ tone: 'success', text: success })
      return true
    } catch (failure) {
      if (failure instanceof ApiError) setFieldErrors(failure.fieldErrors)
      setMessage({ tone: 'error', text: errorMessage(failure) })
      return false
    } finally {
      setBusy(false)
    }
  }

  return { busy, message, fieldErrors, run }
}
