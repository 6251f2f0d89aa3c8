import { Controller, useFormContext, type FieldValues, type Path } from 'react-hook-form'

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
  const { control } = useFormContext<T>()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const selected = (field.value as V[] | undefined) ?? []
        const toggle = (value: V, checked: boolean) =>
          field.onChange(checked ? [...selected, value] : selected.filter((item) => item !== value))
        return (
          <fieldset className="field checkbox-group">
            <legend>{legend}</legend>
            {hint ? <p className="field-hint">{hint}</p> : null}
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
          </fieldset>
        )
      }}
    />
  )
}
