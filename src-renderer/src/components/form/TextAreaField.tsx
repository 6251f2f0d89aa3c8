import type { TextareaHTMLAttributes } from 'react'
import type { FieldValues, Path } from 'react-hook-form'
import { FieldFrame } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

interface TextAreaFieldProps<T extends FieldValues> extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'name' | 'id' | 'required'
> {
  name: Path<T>
  label: string
  hint?: string
  required?: boolean
}

export function TextAreaField<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  rows = 3,
  ...rest
}: TextAreaFieldProps<T>) {
  const { register, id, error, warning, hintId, errorId, inputAria } = useFieldWiring<T>(name, hint)
  return (
    <FieldFrame {...{ id, label, required, hint, hintId, error, warning, errorId }}>
      <textarea
        id={id}
        rows={rows}
        aria-required={required || undefined}
        {...inputAria}
        {...rest}
        {...register()}
      />
    </FieldFrame>
  )
}
