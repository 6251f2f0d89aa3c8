import { useId } from 'react'
import { Controller, useFormContext, type FieldValues, type Path } from 'react-hook-form'

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
  const { control, formState, getFieldState } = useFormContext<T>()
  const id = useId()
  const error = getFieldState(name, formState).error?.message
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <fieldset
          className={`field radio-group${error ? ' field--invalid' : ''}`}
          aria-describedby={
            [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined
          }
        >
          <legend>{legend}</legend>
          {hint ? (
            <p id={`${id}-hint`} className="field-hint">
              {hint}
            </p>
          ) : null}
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
                onChange={() => field.onChange(choice.value)}
                onBlur={field.onBlur}
              />
              <span>
                {choice.label}
                {choice.hint ? <span className="radio-hint">{choice.hint}</span> : null}
              </span>
            </label>
          ))}
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </fieldset>
      )}
    />
  )
}
