import { useState } from 'react'
import type { ReferenceData } from '@shared/domain/reference'
import { errorMessage } from '../../api/client'
import { useReferenceUpdate } from '../../app/reference-context'

/** Runs one edit of a reference list and spreads the new lists through the app; keeps the error to show. */
export function useReferenceEdit() {
  const update = useReferenceUpdate()
  const [error, setError] = useState<string>()
  async function run(edit: () => Promise<ReferenceData>): Promise<boolean> {
    setError(undefined)
    try {
      update(await edit())
      return true
    } catch (failure) {
      setError(errorMessage(failure))
      return false
    }
  }
  return { run, error }
}
