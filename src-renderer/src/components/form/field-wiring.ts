import { useId, useState } from 'react'
import { useFormContext, useWatch, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form'
import { useFieldIssue } from './field-issues'

/** `communes.0.postalCode` → `communes.0.postalCode`, `communes.0`, `communes`: where a server message may sit. */
function pathAndAncestors(name: string): string[] {
  const parts = name.split('.')
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('.'))
}

/**
 * Ids, ARIA attributes and the message shared by every field: label, hint and message are wired once, here.
 *
 * A field's own format error shows once the user has been in the field, or after a submit that included it —
 * never on a row just added. A rule of the record (`FieldIssuesProvider`) shows when the field has no such error.
 */
export function useFieldWiring<T extends FieldValues>(name: Path<T>, hint: string | undefined) {
  const form = useFormContext<T>()
  const id = useId()
  const [submitCountAtMount] = useState(form.formState.submitCount)
  // Changed since it appeared, rather than « dirty »: a row just added differs from the form's defaults already.
  const value: unknown = useWatch({ control: form.control, name })
  const [valueAtMount] = useState(() => JSON.stringify(value))
  const state = form.getFieldState(name, form.formState)
  const shown =
    state.error &&
    (state.isTouched ||
      JSON.stringify(value) !== valueAtMount ||
      state.error.type === 'server' ||
      form.formState.submitCount > submitCountAtMount)
  const issue = useFieldIssue(name)
  const error = shown ? state.error?.message : issue?.severity === 'problem' ? issue.message : undefined
  const warning = !error && issue?.severity === 'warning' ? issue.message : undefined
  const message = error ?? warning
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = message ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined

  /** A message from the last save no longer applies once the field changes: it goes, here and on its row. */
  function clearServerErrors() {
    const stale = pathAndAncestors(name).filter(
      (path) => form.getFieldState(path as Path<T>).error?.type === 'server'
    )
    if (stale.length > 0) form.clearErrors(stale as Array<Path<T>>)
  }

  /** `form.register(name)`, with stale server messages cleared as the user types. */
  function register(options?: RegisterOptions<T, Path<T>>) {
    const registration = form.register(name, options)
    return {
      ...registration,
      onChange: (event: { target: unknown; type?: unknown }) => {
        clearServerErrors()
        return registration.onChange(event)
      }
    }
  }

  return {
    form,
    register,
    id,
    error,
    warning,
    hintId,
    errorId,
    clearServerErrors,
    inputAria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
  } as const
}
