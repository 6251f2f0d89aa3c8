import type { ReactNode } from 'react'
import { useFieldArray, useFormContext, type FieldArrayPath, type FieldValues } from 'react-hook-form'

interface RowListFieldsetProps<T extends FieldValues> {
  name: FieldArrayPath<T>
  legend: string
  rowLabel: string
  addLabel: string
  newRow: () => object
  renderRow: (index: number) => ReactNode
  emptyText?: string
}

/** A list of small records (lots, payments, indicators…): each row its own fields, added and removed freely. */
export function RowListFieldset<T extends FieldValues>({
  name,
  legend,
  rowLabel,
  addLabel,
  newRow,
  renderRow,
  emptyText
}: RowListFieldsetProps<T>) {
  const { control } = useFormContext<T>()
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'rowKey' })
  return (
    <fieldset className="form-section row-list">
      <legend>{legend}</legend>
      {fields.length === 0 && emptyText ? <p className="muted">{emptyText}</p> : null}
      {fields.map((field, index) => (
        <div key={field.rowKey} className="row-list-row" role="group" aria-label={`${rowLabel} ${index + 1}`}>
          <div className="field-row">{renderRow(index)}</div>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Retirer : ${rowLabel.toLowerCase()} ${index + 1}`}
            onClick={() => remove(index)}
          >
            Retirer
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => append(newRow() as never)}>
        {addLabel}
      </button>
    </fieldset>
  )
}
