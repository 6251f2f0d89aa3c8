import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { formatAmountInput, parseAmountToCents } from '../../format'
import { useFieldWiring } from './field-wiring'
import { TypedNumberInput } from './TypedNumberInput'

interface MoneyFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: string
  required?: boolean
  className?: string
}

/** An amount in euros typed the French way ("1 500,00"), stored as integer cents. */
export function MoneyField<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  className
}: MoneyFieldProps<T>) {
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
          onChange={(cents) => {
            clearServerErrors()
            field.onChange(cents)
          }}
          onBlur={field.onBlur}
          inputRef={field.ref}
          aria={inputAria}
          required={required}
          frame={{ id, label, required, hint, hintId, error, warning, errorId, className }}
          unit="€"
          parse={parseAmountToCents}
          format={formatAmountInput}
          unreadableMessage="Montant illisible : tapez par exemple 1 500,00."
        />
      )}
    />
  )
}
