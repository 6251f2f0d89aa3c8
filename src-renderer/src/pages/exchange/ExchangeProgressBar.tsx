import type { ExchangeProgress } from '@shared/domain/exchange'

/** A labelled progress bar; the percentage is announced politely as it changes. */
export function ExchangeProgressBar({
  label,
  progress,
  done
}: {
  label: string
  progress: ExchangeProgress | null
  done: boolean
}) {
  const percent = done
    ? 100
    : progress && progress.total > 0
      ? Math.round((progress.done / progress.total) * 100)
      : 0
  return (
    <div>
      <label>
        {label}
        <progress max={100} value={percent} aria-valuetext={`${percent} %`} />
      </label>
      <p role="status" aria-live="polite">
        {done ? 'Terminé.' : `${percent} %`}
      </p>
    </div>
  )
}
