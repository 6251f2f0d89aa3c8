import { useState } from 'react'
import { Controller, type FieldValues, type Path } from 'react-hook-form'
import { formatAmountInput, parseAmountToCents } from '../../format'
import { FieldFrame, type FieldFrameProps } from './FieldFrame'
import { useFieldWiring } from './field-wiring'

interface MoneyFieldProps<T extends FieldValues> {
  name: Path<T>
  label: string
  hint?: string
  required?: boolean
  className?: string
}

/** An amount in euros typed the French way ("1 500,00"), stored as integer cents. */
export function MoneyField<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  className
}: MoneyFieldProps<T>) {
  const { form, id, error, hintId, errorId, inputAria } = useFieldWiring<T>(name, hint)
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <MoneyInput
          id={id}
          cents={field.value ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          aria={inputAria}
          required={required}
          frame={{ id, label, required, hint, hintId, error, errorId, className }}
        />
      )}
    />
  )
}

interface MoneyInputProps {
  id: string
  cents: number | null
  onChange: (cents: number | null) => void
  onBlur: () => void
  inputRef: (element: HTMLInputElement | null) => void
  aria: Record<string, unknown>
  required: boolean | undefined
  frame: Omit<FieldFrameProps, 'children'>
}

function MoneyInput({ id, cents, onChange, onBlur, inputRef, aria, required, frame }: MoneyInputProps) {
  const [text, setText] = useState(formatAmountInput(cents))
  const [unreadable, setUnreadable] = useState(false)
  const [shownCents, setShownCents] = useState(cents)
  // Follow outside changes of the value (a reset, a reload) without overwriting what is being typed.
  if (cents !== shownCents) {
    setShownCents(cents)
    if (parseAmountToCents(text) !== cents) setText(formatAmountInput(cents))
  }

  const localError = unreadable ? 'Montant illisible : tapez par exemple 1 500,00.' : undefined
  return (
    <FieldFrame
      {...frame}
      error={frame.error ?? localError}
      errorId={frame.errorId ?? (localError ? `${id}-error` : undefined)}
    >
      <span className="input-with-unit">
        <input
          id={id}
          ref={inputRef}
          inputMode="decimal"
          value={text}
          aria-required={required || undefined}
          {...aria}
          aria-invalid={frame.error || localError ? true : undefined}
          aria-describedby={
            [frame.hintId, frame.errorId ?? (localError ? `${id}-error` : undefined)]
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(event) => {
            setText(event.target.value)
            const parsed = parseAmountToCents(event.target.value)
            setUnreadable(parsed === undefined)
            if (parsed !== undefined) onChange(parsed)
          }}
          onBlur={() => {
            if (!unreadable) setText(formatAmountInput(cents))
            onBlur()
          }}
        />
        <span className="unit">€</span>
      </span>
    </FieldFrame>
  )
}
