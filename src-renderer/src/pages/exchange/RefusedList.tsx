import type { RefusedItem } from '@shared/exchange/bundle-sender'
import { cleanName, cleanText } from '@shared/text/display-text'

/** What the import leaves out of the bundle, and why: invalid data, conventions signed here, their files. */
export function RefusedList({ refused }: { refused: RefusedItem[] }) {
  if (refused.length === 0) return null
  return (
    <section aria-labelledby="refused-title" className="stack">
      <h3 id="refused-title">Refusé à l’import ({refused.length})</h3>
      <p>Ces éléments du fichier ne seront pas importés ; le reste peut l’être.</p>
      <ul>
        {refused.map((item, index) => (
          <li key={index}>
            <strong>{cleanName(item.subject)}</strong> : {item.reasons.map(cleanText).join(' ')}
          </li>
        ))}
      </ul>
    </section>
  )
}
