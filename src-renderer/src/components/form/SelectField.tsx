import { Controller, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form'
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
  /** `setValueAs` turns the chosen option's text into the stored value (a number, null for the empty choice). */
  registerOptions?: Pick<RegisterOptions<T, Path<T>>, 'setValueAs'>
}

/**
 * A choice in a list. The select is controlled by the form's value, so a saved choice shows even when the options
 * arrive after the form (a reopened draft whose lists load from the database).
 */
export function SelectField<T extends FieldValues>({
  name,
  label,
  options,
  hint,
  required,
  emptyLabel,
  registerOptions
}: SelectFieldProps<T>) {
  const { form, id, error, warning, hintId, errorId, inputAria, clearServerErrors } = useFieldWiring<T>(
    name,
    hint
  )
  const parse = (text: string): unknown =>
    registerOptions?.setValueAs ? (registerOptions.setValueAs as (value: string) => unknown)(text) : text
  return (
    <FieldFrame {...{ id, label, required, hint, hintId, error, warning, errorId }}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const value = field.value === null || field.value === undefined ? '' : String(field.value)
          const known = value === '' || options.some((option) => option.value === value)
          return (
            <select
              id={id}
              ref={field.ref}
              name={field.name}
              value={value}
              aria-required={required || undefined}
              {...inputAria}
              onChange={(event) => {
                clearServerErrors()
                field.onChange(parse(event.target.value))
              }}
              onBlur={field.onBlur}
            >
              {emptyLabel !== undefined || value === '' ? <option value="">{emptyLabel ?? ''}</option> : null}
              {/* A saved value whose list is still loading stays selected rather than shown empty. */}
              {known ? null : <option value={value}>…</option>}
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )
        }}
      />
    </FieldFrame>
  )
}
