import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { FieldMessages } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

interface CheckboxGroupFieldProps<T extends FieldValues, V extends string | number> {
  name: Path<T>
  legend: string
  choices: ReadonlyArray<{ value: V; label: string }>
  hint?: string
}

/** Several choices among a list, stored as an array of their values. */
export function CheckboxGroupField<T extends FieldValues, V extends string | number>({
  name,
  legend,
  choices,
  hint
}: CheckboxGroupFieldProps<T, V>) {
  const { form, error, warning, hintId, errorId, inputAria, clearServerErrors } = useFieldWiring<T>(
    name,
    hint
  )
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const selected = (field.value as V[] | undefined) ?? []
        const toggle = (value: V, checked: boolean) => {
          clearServerErrors()
          field.onChange(checked ? [...selected, value] : selected.filter((item) => item !== value))
        }
        return (
          <fieldset
            className={['field', 'checkbox-group', error ? 'field--invalid' : ''].join(' ').trim()}
            aria-describedby={inputAria['aria-describedby']}
          >
            <legend>{legend}</legend>
            {choices.map((choice) => (
              <label key={choice.value} className="checkbox-choice">
                <input
                  type="checkbox"
                  checked={selected.includes(choice.value)}
                  onChange={(event) => toggle(choice.value, event.target.checked)}
                  onBlur={field.onBlur}
                />
                {choice.label}
              </label>
            ))}
            <FieldMessages hint={hint} hintId={hintId} error={error} warning={warning} errorId={errorId} />
          </fieldset>
        )
      }}
    />
  )
}
