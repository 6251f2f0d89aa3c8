import { useEffect, useId, useRef } from 'react'
import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { FieldMessages } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

interface StringListFieldProps<T extends FieldValues> {
  name: Path<T>
  legend: string
  itemLabel: string
  addLabel: string
  /** Lines offered when the list is empty. */
  suggestions?: readonly string[]
}

/**
 * An editable list of sentences (commitments, sites…): add, edit, remove, or start from suggestions. Focus goes
 * to the first line after « Partir des suggestions » (the button disappears) and to a line just added.
 */
export function StringListField<T extends FieldValues>({
  name,
  legend,
  itemLabel,
  addLabel,
  suggestions = []
}: StringListFieldProps<T>) {
  const { form, error, warning, errorId, inputAria, clearServerErrors } = useFieldWiring<T>(name, undefined)
  const id = useId()
  const focusLine = useRef<number | null>(null)
  const list = useRef<HTMLFieldSetElement>(null)
  useEffect(() => {
    if (focusLine.current === null) return
    const line = focusLine.current
    focusLine.current = null
    const lines = list.current?.querySelectorAll<HTMLTextAreaElement>('textarea')
    ;(
      lines?.[Math.min(line, lines.length - 1)] ??
      list.current?.querySelector<HTMLElement>('.string-list-add')
    )?.focus()
  })
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const items = (field.value as string[] | undefined) ?? []
        const update = (next: string[], focusAt: number | null = null) => {
          clearServerErrors()
          focusLine.current = focusAt
          field.onChange(next)
        }
        return (
          <fieldset
            className={`field string-list${error ? ' field--invalid' : ''}`}
            ref={list}
            aria-describedby={inputAria['aria-describedby']}
          >
            <legend>{legend}</legend>
            {items.length === 0 && suggestions.length > 0 ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => update([...suggestions], 0)}
              >
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
                    onClick={() =>
                      update(
                        items.filter((_, at) => at !== index),
                        index
                      )
                    }
                  >
                    Retirer
                  </button>
                </li>
              ))}
            </ol>
            <FieldMessages error={error} warning={warning} errorId={errorId} />
            <button
              type="button"
              className="button string-list-add"
              onClick={() => update([...items, ''], items.length)}
            >
              {addLabel}
            </button>
          </fieldset>
        )
      }}
    />
  )
}
