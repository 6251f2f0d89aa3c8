import { useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'

const PREFIX = 'alliance-conventions:draft:'

/**
 * Keeps a copy of a form being typed in the renderer's local storage, so that closing the window before
 * "Enregistrer" loses nothing: the next visit offers it back. The copy is dropped once saved or discarded.
 */
export function useLocalDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const storageKey = PREFIX + key
  const [restored, setRestored] = useState(() => readDraft<T>(storageKey) !== undefined)

  useEffect(() => {
    const saved = readDraft<T>(storageKey)
    if (saved) form.reset(saved, { keepDefaultValues: true })
    const subscription = form.watch((values) => {
      const text = JSON.stringify(values)
      if (text === JSON.stringify(form.formState.defaultValues)) localStorage.removeItem(storageKey)
      else localStorage.setItem(storageKey, text)
    })
    return () => subscription.unsubscribe()
  }, [storageKey, form])

  return {
    restored,
    /** Forget the copy (after a successful save). */
    clear: () => localStorage.removeItem(storageKey),
    /** Go back to the stored values and forget the copy. */
    discard: () => {
      localStorage.removeItem(storageKey)
      form.reset()
      setRestored(false)
    }
  }
}

function readDraft<T>(storageKey: string): T | undefined {
  const text = localStorage.getItem(storageKey)
  if (!text) return undefined
  try {
    return JSON.parse(text) as T
  } catch {
    localStorage.removeItem(storageKey)
    return undefined
  }
}
