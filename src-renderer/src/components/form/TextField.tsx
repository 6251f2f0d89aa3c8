import type { InputHTMLAttributes } from 'react'
import type { FieldValues, Path, RegisterOptions } from 'react-hook-form'
import { FieldFrame } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

interface TextFieldProps<T extends FieldValues> extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id' | 'required'
> {
  name: Path<T>
  label: string
  hint?: string
  required?: boolean
  options?: RegisterOptions<T, Path<T>>
  className?: string
}

export function TextField<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  options,
  className,
  ...inputProps
}: TextFieldProps<T>) {
  const { register, id, error, warning, hintId, errorId, inputAria } = useFieldWiring<T>(name, hint)
  return (
    <FieldFrame {...{ id, label, required, hint, hintId, error, warning, errorId, className }}>
      <input
        id={id}
        type="text"
        aria-required={required || undefined}
        {...inputAria}
        {...inputProps}
        {...register(options)}
      />
    </FieldFrame>
  )
}
