import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { errorMessage } from '../../../api/client'
import { autosaveChanges, type AutosaveOptions } from './autosave-changes'

export type AutosaveStatus =
  | { state: 'saved'; at: Date | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  | { state: 'invalid'; fields: string[] }
  | { state: 'held'; fields: string[] }

const DELAY_MS = 500

/**
 * Saves the changed fields shortly after each change, one save at a time, and at once when the page is hidden or
 * left, so that closing the window mid-way loses nothing.
 */
export function useAutosave(
  form: UseFormReturn<AgreementContent>,
  save: (changes: Partial<AgreementContent>) => Promise<void>,
  enabled: boolean,
  options: () => AutosaveOptions
): { status: AutosaveStatus; flush: () => Promise<void>; touch: () => void } {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved', at: null })
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const dirty = useRef(false)
  const running = useRef<Promise<void>>(Promise.resolve())
  const saveRef = useRef(save)
  const optionsRef = useRef(options)
  useEffect(() => {
    saveRef.current = save
    optionsRef.current = options
  })

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current)
    if (!dirty.current) return running.current
    dirty.current = false
    running.current = running.current.then(async () => {
      const { changes, invalidFields, heldBackFields } = autosaveChanges(
        form.getValues(),
        optionsRef.current()
      )
      setStatus({ state: 'saving' })
      try {
        if (Object.keys(changes).length > 0) await saveRef.current(changes)
        setStatus(
          invalidFields.length > 0
            ? { state: 'invalid', fields: invalidFields }
            : heldBackFields.length > 0
              ? { state: 'held', fields: heldBackFields }
              : { state: 'saved', at: new Date() }
        )
      } catch (error) {
        dirty.current = true
        setStatus({ state: 'error', message: errorMessage(error) })
      }
    })
    return running.current
  }, [form])

  /** Something outside the form changed what is to be saved (a confirmation given): save again. */
  const touch = useCallback(() => {
    dirty.current = true
    void flush()
  }, [flush])

  useEffect(() => {
    if (!enabled) return
    const subscription = form.watch(() => {
      dirty.current = true
      setStatus({ state: 'pending' })
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), DELAY_MS)
    })
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      subscription.unsubscribe()
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      void flush()
    }
  }, [enabled, form, flush])

  return { status, flush, touch }
}
