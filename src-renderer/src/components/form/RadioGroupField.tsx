import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { FieldMessages } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

export interface RadioChoice<V> {
  value: V
  label: string
  hint?: string
  disabled?: boolean
}

interface RadioGroupFieldProps<T extends FieldValues, V> {
  name: Path<T>
  legend: string
  choices: ReadonlyArray<RadioChoice<V>>
  hint?: string
}

/** One choice among a few, as a real radio group (arrow keys move, the legend names it). */
export function RadioGroupField<T extends FieldValues, V extends string | number | boolean | null>({
  name,
  legend,
  choices,
  hint
}: RadioGroupFieldProps<T, V>) {
  const { form, id, error, warning, hintId, errorId, inputAria, clearServerErrors } = useFieldWiring<T>(
    name,
    hint
  )
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <fieldset
          className={`field radio-group${error ? ' field--invalid' : ''}`}
          aria-describedby={inputAria['aria-describedby']}
        >
          <legend>{legend}</legend>
          {choices.map((choice, index) => (
            <label
              key={String(choice.value)}
              className={`radio-choice${choice.disabled ? ' radio-choice--disabled' : ''}`}
            >
              <input
                type="radio"
                name={`${id}-radio`}
                ref={index === 0 ? field.ref : undefined}
                checked={field.value === choice.value}
                disabled={choice.disabled}
                onChange={() => {
                  clearServerErrors()
                  field.onChange(choice.value)
                }}
                onBlur={field.onBlur}
              />
              <span>
                {choice.label}
                {choice.hint ? <span className="radio-hint">{choice.hint}</span> : null}
              </span>
            </label>
          ))}
          <FieldMessages hint={hint} hintId={hintId} error={error} warning={warning} errorId={errorId} />
        </fieldset>
      )}
    />
  )
}
