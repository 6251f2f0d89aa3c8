import type { MouseEvent } from 'react'

function focusTarget(event: MouseEvent, find: () => HTMLElement | null | undefined) {
  // The app's addresses live in the hash: a plain « #contenu » link would navigate away, so focus is moved here.
  event.preventDefault()
  const target = find()
  if (!target) return
  if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.tabIndex = -1
  target.focus()
}

const firstField = () =>
  document.querySelector<HTMLElement>(
    'main form :is(input:not([type=hidden]), select, textarea, [role=radio][tabindex="0"]):not(:disabled)'
  )

/** « Aller au contenu » and, on pages with a form, « Aller au formulaire » (its first field): first in Tab order. */
export function SkipLinks() {
  return (
    <div className="skip-links">
      <a
        className="skip-link"
        href="#contenu"
        onClick={(event) => focusTarget(event, () => document.querySelector<HTMLElement>('main h1'))}
      >
        Aller au contenu
      </a>
      <a className="skip-link" href="#formulaire" onClick={(event) => focusTarget(event, firstField)}>
        Aller au formulaire
      </a>
    </div>
  )
}
