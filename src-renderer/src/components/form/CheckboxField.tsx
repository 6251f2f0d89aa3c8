import type { FieldValues, Path } from 'react-hook-form'
import { useFieldWiring } from './field-wiring'
import { FieldMessages } from './FieldFrame'

interface CheckboxFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: string
}

export function CheckboxField<T extends FieldValues>({ name, label, hint }: CheckboxFieldProps<T>) {
  const { register, id, error, warning, hintId, errorId, inputAria } = useFieldWiring<T>(name, hint)
  return (
    <div className={`field field--checkbox${error ? ' field--invalid' : ''}`}>
      <input id={id} type="checkbox" {...inputAria} {...register()} />
      <label htmlFor={id}>{label}</label>
      <FieldMessages hint={hint} hintId={hintId} error={error} warning={warning} errorId={errorId} />
    </div>
  )
}
