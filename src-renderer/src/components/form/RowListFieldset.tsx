import { useEffect, useRef, type ReactNode } from 'react'
import {
  useFieldArray,
  useFormContext,
  type FieldArrayPath,
  type FieldValues,
  type Path
} from 'react-hook-form'
import { useFieldIssue } from './field-issues'

interface RowListFieldsetProps<T extends FieldValues> {
  name: FieldArrayPath<T>
  legend: string
  rowLabel: string
  addLabel: string
  newRow: () => object
  renderRow: (index: number) => ReactNode
  emptyText?: string
}

/** A message about a whole row or the whole list (« Indicateur 2 : indiquez sa cible »), from a save or a rule. */
function GroupMessage({ path }: { path: string }) {
  const { getFieldState, formState } = useFormContext()
  const issue = useFieldIssue(path)
  const error = getFieldState(path, formState).error
  const message = error?.type === 'server' ? error.message : issue?.message
  if (!message) return null
  return (
    <p className={!error && issue?.severity === 'warning' ? 'field-warning' : 'field-error'} role="status">
      {message}
    </p>
  )
}

/**
 * A list of small records (lots, payments, indicators…): each row its own fields, added and removed freely.
 * Focus follows: into a row just added, onto the next row (or « Ajouter ») when one is removed.
 */
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
  const container = useRef<HTMLFieldSetElement>(null)
  const focusAfter = useRef<number | null>(null)
  useEffect(() => {
    const target = focusAfter.current
    if (target === null) return
    focusAfter.current = null
    const rows = container.current?.querySelectorAll<HTMLElement>('.row-list-row')
    const row = rows?.[Math.min(target, (rows?.length ?? 1) - 1)]
    const field = row?.querySelector<HTMLElement>('input, select, textarea')
    ;(field ?? container.current?.querySelector<HTMLElement>('.row-list-add'))?.focus()
  }, [fields.length])

  return (
    <fieldset className="form-section row-list" ref={container}>
      <legend>{legend}</legend>
      <GroupMessage path={name} />
      {fields.length === 0 && emptyText ? <p className="muted">{emptyText}</p> : null}
      {fields.map((field, index) => (
        <div key={field.rowKey} className="row-list-row" role="group" aria-label={`${rowLabel} ${index + 1}`}>
          <div className="field-row">{renderRow(index)}</div>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Retirer : ${rowLabel.toLowerCase()} ${index + 1}`}
            onClick={() => {
              focusAfter.current = index
              remove(index)
            }}
          >
            Retirer
          </button>
          <GroupMessage path={`${name}.${index}` as Path<T>} />
        </div>
      ))}
      <button
        type="button"
        className="button row-list-add"
        onClick={() => {
          focusAfter.current = fields.length
          append(newRow() as never)
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  )
}
