import type { ReactNode } from 'react'
import { errorMessage } from '../api/client'
import { useBusyAction } from './use-busy-action'

interface ActionButtonProps {
  onAction: () => Promise<void>
  children: ReactNode
  /** What the button says while its call runs (« Génération… »). */
  busyLabel?: string
  variant?: 'primary' | 'quiet' | 'danger'
  disabled?: boolean
  'aria-describedby'?: string
  /** Where a failure is shown; by default right after the button. */
  onError?: (message: string) => void
}

/** A button whose call runs once at a time: disabled and saying so while it runs; its failure said in French. */
export function ActionButton({
  onAction,
  children,
  busyLabel,
  variant,
  disabled,
  'aria-describedby': describedBy,
  onError
}: ActionButtonProps) {
  const { run, busy, error } = useBusyAction(async () => {
    try {
      await onAction()
    } catch (failure) {
      if (!onError) throw failure
      onError(errorMessage(failure))
    }
  })
  return (
    <>
      <button
        type="button"
        className={`button${variant ? ` button--${variant}` : ''}`}
        disabled={busy || disabled}
        aria-busy={busy || undefined}
        aria-describedby={describedBy}
        onClick={() => void run()}
      >
        {busy && busyLabel ? busyLabel : children}
      </button>
      {error ? (
        <span className="action-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  )
}
