import { useState } from 'react'
import { FieldFrame, type FieldFrameProps } from './FieldFrame'

export interface TypedNumberInputProps {
  id: string
  value: number | null
  onChange: (value: number | null) => void
  onBlur: () => void
  inputRef: (element: HTMLInputElement | null) => void
  aria: Record<string, unknown>
  required: boolean | undefined
  frame: Omit<FieldFrameProps, 'children'>
  unit: string | undefined
  /** Text → value (null when empty, undefined when unreadable). */
  parse: (text: string) => number | null | undefined
  format: (value: number | null) => string
  unreadableMessage: string
  /** A number (not an amount) is a spin button: the arrow keys add or take away `step`. */
  spin?: { step: number; min?: number | undefined; max?: number | undefined } | undefined
}

/**
 * A number typed as text, the French way, never through the browser's number input (its English tooltips and
 * its silent refusal of « 1 500,50 »). What cannot be read says so at once, in place of any older message.
 */
export function TypedNumberInput({
  id,
  value,
  onChange,
  onBlur,
  inputRef,
  aria,
  required,
  frame,
  unit,
  parse,
  format,
  unreadableMessage,
  spin
}: TypedNumberInputProps) {
  const [text, setText] = useState(format(value))
  const [unreadable, setUnreadable] = useState(false)
  const [shownValue, setShownValue] = useState(value)
  // Follow outside changes of the value (a reset, a reload) without overwriting what is being typed.
  if (value !== shownValue) {
    setShownValue(value)
    if (parse(text) !== value) {
      setText(format(value))
      setUnreadable(false)
    }
  }

  const error = unreadable ? unreadableMessage : frame.error
  const warning = error ? undefined : frame.warning
  const messageId = error || warning ? `${id}-error` : undefined
  return (
    <FieldFrame {...frame} error={error} warning={warning} errorId={messageId}>
      <span className="input-with-unit">
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-required={required || undefined}
          {...aria}
          aria-invalid={error ? true : undefined}
          aria-describedby={[frame.hintId, messageId].filter(Boolean).join(' ') || undefined}
          {...(spin
            ? {
                role: 'spinbutton',
                'aria-valuenow': value ?? undefined,
                'aria-valuemin': spin.min,
                'aria-valuemax': spin.max
              }
            : {})}
          onChange={(event) => {
            setText(event.target.value)
            const parsed = parse(event.target.value)
            setUnreadable(parsed === undefined)
            if (parsed !== undefined) onChange(parsed)
          }}
          onKeyDown={(event) => {
            if (!spin || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
            event.preventDefault()
            const next = (value ?? 0) + (event.key === 'ArrowUp' ? spin.step : -spin.step)
            const bounded = Math.min(spin.max ?? Infinity, Math.max(spin.min ?? -Infinity, next))
            setText(format(bounded))
            setUnreadable(false)
            onChange(bounded)
          }}
          onBlur={() => {
            if (!unreadable) setText(format(value))
            onBlur()
          }}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </span>
    </FieldFrame>
  )
}
