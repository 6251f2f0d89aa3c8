import { useState, type ReactNode } from 'react'

interface ReferenceItem {
  id: number
  archived: boolean
}

interface ReferenceListTableProps<T extends ReferenceItem> {
  items: readonly T[]
  nameHeader: string
  detailHeader: string
  nameOf: (item: T) => string
  detailOf: (item: T) => ReactNode
  onRename: (item: T, name: string) => void
  onToggleArchived: (item: T) => void
}

/** An editable reference list: rename in place, archive or bring back; nothing is ever deleted. */
export function ReferenceListTable<T extends ReferenceItem>({
  items,
  nameHeader,
  detailHeader,
  nameOf,
  detailOf,
  onRename,
  onToggleArchived
}: ReferenceListTableProps<T>) {
  const [drafts, setDrafts] = useState<Record<number, string>>({})
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">{detailHeader}</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = nameOf(item)
          const draft = drafts[item.id] ?? name
          return (
            <tr key={item.id} className={item.archived ? 'row--archived' : undefined}>
              <td>
                <input
                  aria-label={`${nameHeader} : ${name}`}
                  value={draft}
                  onChange={(event) => setDrafts({ ...drafts, [item.id]: event.target.value })}
                />
              </td>
              <td>{detailOf(item)}</td>
              <td className="nowrap">
                {draft !== name ? (
                  <button type="button" className="button" onClick={() => onRename(item, draft)}>
                    Renommer
                  </button>
                ) : null}{' '}
                <button type="button" className="button button--quiet" onClick={() => onToggleArchived(item)}>
                  {item.archived ? 'Réactiver' : 'Archiver'}
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
