import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { formatNumberInput, parseFrenchNumber } from '../../format'
import { useFieldWiring } from './field-wiring'
import { TypedNumberInput } from './TypedNumberInput'

interface NumberFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: string
  required?: boolean
  /** The arrow keys stay within these bounds; the schema enforces them on what is typed, in French. */
  min?: number
  max?: number
  step?: number
  unit?: string
  className?: string
}

/** A whole or decimal number typed the French way (« 2 500 », « 0,75 »); an empty field is null, not 0. */
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
  const { form, id, error, warning, hintId, errorId, inputAria, clearServerErrors } = useFieldWiring<T>(
    name,
    hint
  )
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <TypedNumberInput
          id={id}
          value={field.value ?? null}
          onChange={(value) => {
            clearServerErrors()
            field.onChange(value)
          }}
          onBlur={field.onBlur}
          inputRef={field.ref}
          aria={inputAria}
          required={required}
          frame={{ id, label, required, hint, hintId, error, warning, errorId, className }}
          unit={unit}
          parse={parseFrenchNumber}
          format={formatNumberInput}
          unreadableMessage="Nombre illisible : tapez par exemple 12 ou 2,5."
          spin={{ step, min, max }}
        />
      )}
    />
  )
}
