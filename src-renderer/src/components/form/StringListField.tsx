import { useId } from 'react'
import { Controller, useFormContext, type FieldValues, type Path } from 'react-hook-form'

interface StringListFieldProps<T extends FieldValues> {
  name: Path<T>
  legend: string
  itemLabel: string
  addLabel: string
  /** Lines offered when the list is empty. */
  suggestions?: readonly string[]
}

/** An editable list of sentences (commitments, sites…): add, edit, remove, or start from suggestions. */
export function StringListField<T extends FieldValues>({
  name,
  legend,
  itemLabel,
  addLabel,
  suggestions = []
}: StringListFieldProps<T>) {
  const { control } = useFormContext<T>()
  const id = useId()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const items = (field.value as string[] | undefined) ?? []
        const update = (next: string[]) => field.onChange(next)
        return (
          <fieldset className="field string-list">
            <legend>{legend}</legend>
            {items.length === 0 && suggestions.length > 0 ? (
              <button type="button" className="button button--quiet" onClick={() => update([...suggestions])}>
                Partir des {suggestions.length} suggestions pour ce type
              </button>
            ) : null}
            <ol>
              {items.map((item, index) => (
                <li key={index} className="string-list-item">
                  <label htmlFor={`${id}-${index}`} className="visually-hidden">
                    {itemLabel} {index + 1}
                  </label>
                  <textarea
                    id={`${id}-${index}`}
                    rows={2}
                    value={item}
                    onChange={(event) =>
                      update(items.map((old, at) => (at === index ? event.target.value : old)))
                    }
                    onBlur={field.onBlur}
                  />
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Retirer : ${itemLabel.toLowerCase()} ${index + 1}`}
                    onClick={() => update(items.filter((_, at) => at !== index))}
                  >
                    Retirer
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="button" onClick={() => update([...items, ''])}>
              {addLabel}
            </button>
          </fieldset>
        )
      }}
    />
  )
}
