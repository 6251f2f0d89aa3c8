import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import type { FieldErrors } from '@shared/errors'

/** Shows the main process's per-field messages next to their fields; focuses the first one. */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors
): boolean {
  const entries = Object.entries(fieldErrors).filter(([path]) => path !== '_')
  entries.forEach(([path, message], index) => {
    setError(path as Path<T>, { type: 'server', message }, { shouldFocus: index === 0 })
  })
  return entries.length > 0
}
