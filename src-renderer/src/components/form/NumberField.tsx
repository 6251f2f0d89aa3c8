import type { FieldValues, Path } from 'react-hook-form'
import { FieldFrame } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

interface NumberFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: string
  required?: boolean
  min?: number
  max?: number
  step?: number
  unit?: string
  className?: string
}

/** A whole or decimal number; an empty field is null, not 0. */
export function NumberField<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  min,
  max,
  step = 1,
  unit,
  className
}: NumberFieldProps<T>) {
  const { form, id, error, hintId, errorId, inputAria } = useFieldWiring<T>(name, hint)
  return (
    <FieldFrame {...{ id, label, required, hint, hintId, error, errorId, className }}>
      <span className="input-with-unit">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          aria-required={required || undefined}
          {...inputAria}
          {...form.register(name, {
            setValueAs: (value: unknown) =>
              value === '' || value === null || value === undefined ? null : Number(value)
          })}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </span>
    </FieldFrame>
  )
}
