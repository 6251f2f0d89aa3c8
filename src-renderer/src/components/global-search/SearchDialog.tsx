import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from '@shared/domain/portfolio'
import { api, errorMessage, unwrap } from '../../api/client'
import { KIND_LABELS, searchTarget } from './search-target'

const DEBOUNCE_MS = 150

/**
 * A modal search across conventions, partners and needs: type, move with the arrows, Enter opens, Escape closes.
 * The input is a combobox whose options are the hits, so screen readers announce the one selected.
 */
export function SearchDialog({ onClose }: { onClose: (target?: string) => void }) {
  const [text, setText] = useState('')
  const [hits, setHits] = useState<SearchHit[]>([])
  const [active, setActive] = useState(0)
  const [error, setError] = useState<string>()
  const [searching, setSearching] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => input.current?.focus(), [])

  useEffect(() => {
    if (text.trim() === '') return
    let current = true
    const timer = window.setTimeout(() => {
      setSearching(true)
      unwrap(api().search.global({ text }))
        .then(
          (found) => {
            if (!current) return
            setHits(found)
            setActive(0)
            setError(undefined)
          },
          (failure: unknown) => current && setError(errorMessage(failure))
        )
        .finally(() => current && setSearching(false))
    }, DEBOUNCE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [text])

  // An emptied field shows no hits (the last answer is kept for when the text comes back).
  const shown = text.trim() === '' ? [] : hits

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault()
      setActive((index) => (index + 1) % shown.length)
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault()
      setActive((index) => (index - 1 + shown.length) % shown.length)
    } else if (event.key === 'Enter' && shown[active]) {
      event.preventDefault()
      onClose(searchTarget(shown[active]))
    } else if (event.key === 'Tab') {
      // Focus stays in the dialog: its only control is the search field.
      event.preventDefault()
    }
  }

  const optionId = (index: number) => `global-search-option-${index}`
  const status =
    text.trim() === ''
      ? 'Tapez une référence, un intitulé, un partenaire, un besoin ou une commune.'
      : searching && shown.length === 0
        ? 'Recherche…'
        : `${shown.length} résultat${shown.length > 1 ? 's' : ''}`
  return (
    <div className="search-backdrop">
      <div className="search-dialog" role="dialog" aria-modal="true" aria-labelledby="global-search-title">
        <h2 id="global-search-title" className="visually-hidden">
          Recherche globale
        </h2>
        <label htmlFor="global-search-input" className="visually-hidden">
          Rechercher une convention, un partenaire ou un besoin
        </label>
        <input
          ref={input}
          id="global-search-input"
          type="search"
          role="combobox"
          aria-expanded={shown.length > 0}
          aria-controls="global-search-results"
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(active) : undefined}
          placeholder="Rechercher…"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => onClose()}
        />
        <p className="muted search-status" role="status">
          {error ?? status}
        </p>
        <ul id="global-search-results" role="listbox" aria-label="Résultats">
          {shown.map((hit, index) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'search-hit search-hit--active' : 'search-hit'}
              onMouseEnter={() => setActive(index)}
              // Mouse down, not click: the field keeps the focus (its blur would close the dialog first).
              onMouseDown={(event) => {
                event.preventDefault()
                onClose(searchTarget(hit))
              }}
            >
              <span className="search-kind">{KIND_LABELS[hit.kind]}</span>
              <span className="search-label">{hit.label}</span>
              {hit.detail ? <span className="muted search-detail">{hit.detail}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
