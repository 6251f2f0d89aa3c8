import type { FieldValues, Path, RegisterOptions } from 'react-hook-form'
import { FieldFrame } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  options: readonly SelectOption[]
  hint?: string
  required?: boolean
  /** Label of an empty first choice; omit when a value is mandatory. */
  emptyLabel?: string
  registerOptions?: RegisterOptions<T, Path<T>>
}

export function SelectField<T extends FieldValues>({
  name,
  label,
  options,
  hint,
  required,
  emptyLabel,
  registerOptions
}: SelectFieldProps<T>) {
  const { form, id, error, hintId, errorId, inputAria } = useFieldWiring<T>(name, hint)
  return (
    <FieldFrame {...{ id, label, required, hint, hintId, error, errorId }}>
      <select
        id={id}
        aria-required={required || undefined}
        {...inputAria}
        {...form.register(name, registerOptions)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}
