import { useId } from 'react'
import { useFormContext, type FieldValues, type Path } from 'react-hook-form'

/** Ids and ARIA attributes shared by every field: label, hint and error are wired once, here. */
export function useFieldWiring<T extends FieldValues>(name: Path<T>, hint: string | undefined) {
  const form = useFormContext<T>()
  const id = useId()
  const error = form.getFieldState(name, form.formState).error?.message
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return {
    form,
    id,
    error,
    hintId,
    errorId,
    inputAria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
  } as const
}
