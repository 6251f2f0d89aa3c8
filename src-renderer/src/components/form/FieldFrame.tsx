import type { ReactNode } from 'react'

export interface FieldFrameProps {
  id: string
  label: string
  required?: boolean | undefined
  hint?: string | undefined
  hintId?: string | undefined
  error?: string | undefined
  /** A point to check that does not stop anything (shown when there is no error). */
  warning?: string | undefined
  errorId?: string | undefined
  className?: string | undefined
  children: ReactNode
}

/** Label above, hint and message below: the same layout for every kind of field. */
export function FieldFrame({
  id,
  label,
  required,
  hint,
  hintId,
  error,
  warning,
  errorId,
  className,
  children
}: FieldFrameProps) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      <FieldMessages hint={hint} hintId={hintId} error={error} warning={warning} errorId={errorId} />
    </div>
  )
}

/** The hint and the message under a field, with the ids its input's `aria-describedby` names. */
export function FieldMessages({
  hint,
  hintId,
  error,
  warning,
  errorId
}: Pick<FieldFrameProps, 'hint' | 'hintId' | 'error' | 'warning' | 'errorId'>) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : warning ? (
        <p id={errorId} className="field-warning">
          {warning}
        </p>
      ) : null}
    </>
  )
}
