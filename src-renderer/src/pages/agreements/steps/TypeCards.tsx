import { useRef, useState, type KeyboardEvent } from 'react'
import type { PartnershipType } from '@shared/domain/reference'
import type { PartnershipTypeCode } from '@shared/reference/reference-data'

interface TypeCardsProps {
  types: readonly PartnershipType[]
  selected: PartnershipTypeCode | null
  onChoose: (type: PartnershipTypeCode) => void
  describedBy?: string | undefined
}

/**
 * The four types as a radio group that changes only on Space, Enter or a click: arrow keys move between the
 * cards to read them, without choosing (a choice changes the terms to fill in, so reading must not do it).
 */
export function TypeCards({ types, selected, onChoose, describedBy }: TypeCardsProps) {
  const cards = useRef<Array<HTMLDivElement | null>>([])
  const selectedIndex = types.findIndex((type) => type.code === selected)
  const [focusable, setFocusable] = useState(Math.max(selectedIndex, 0))

  function move(event: KeyboardEvent, index: number) {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key]
    const edge = { Home: 0, End: types.length - 1 }[event.key]
    if (step === undefined && edge === undefined) {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault()
        const type = types[index]
        if (type) onChoose(type.code)
      }
      return
    }
    event.preventDefault()
    const next = edge ?? (index + (step ?? 0) + types.length) % types.length
    setFocusable(next)
    cards.current[next]?.focus()
  }

  return (
    <div
      className="type-cards"
      role="radiogroup"
      aria-labelledby="type-cards-legend"
      aria-describedby={describedBy}
    >
      <p id="type-cards-legend" className="type-cards-legend">
        Type de partenariat
      </p>
      {types.map((type, index) => (
        <div
          key={type.code}
          ref={(element) => {
            cards.current[index] = element
          }}
          role="radio"
          aria-checked={selected === type.code}
          tabIndex={index === focusable ? 0 : -1}
          className={`type-card${selected === type.code ? ' type-card--selected' : ''}`}
          onClick={() => onChoose(type.code)}
          onKeyDown={(event) => move(event, index)}
          onFocus={() => setFocusable(index)}
        >
          <span className="type-card-title">
            <span className="type-card-check" aria-hidden="true" />
            {type.label}
          </span>
          <span className="type-card-text">{type.description}</span>
          <span className="type-card-example">Exemple : {type.example}</span>
        </div>
      ))}
    </div>
  )
}
