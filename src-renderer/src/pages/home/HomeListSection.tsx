import { Link } from 'react-router'
import { HOME_LIST_TITLES, type HomeList } from '@shared/domain/home'
import { formatDate } from '../../format'
import { DeleteDraftButton } from './DeleteDraftButton'
import { resolveLink } from './home-links'

interface HomeListSectionProps {
  list: HomeList
  onDraftDeleted: (reference: string) => void
}

/** One list of the home page: each item says what to do and links to the place that does it. */
export function HomeListSection({ list, onDraftDeleted }: HomeListSectionProps) {
  const titleId = `home-${list.kind}`
  return (
    <section className="panel home-list" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {HOME_LIST_TITLES[list.kind]} <span className="home-count">{list.total}</span>
      </h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Référence</th>
            <th scope="col">Convention</th>
            <th scope="col">Date</th>
            <th scope="col">À faire</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => {
            const link = resolveLink(list.kind, item)
            return (
              <tr key={`${item.reference}-${item.report ?? ''}`}>
                <th scope="row" className="nowrap">
                  {item.reference}
                </th>
                <td>
                  {item.title || 'Sans titre'}
                  {item.partnerName ? <div className="muted">{item.partnerName}</div> : null}
                </td>
                <td className="nowrap">
                  {formatDate(item.date)}
                  {item.overdue ? <span className="badge badge--warning">En retard</span> : null}
                </td>
                <td>{item.detail}</td>
                <td>
                  <div className="home-actions">
                    <Link className="button" to={link.to} aria-label={`${link.label} : ${item.reference}`}>
                      {link.label}
                    </Link>
                    {list.kind === 'drafts' && item.agreementId !== null ? (
                      <DeleteDraftButton
                        agreementId={item.agreementId}
                        reference={item.reference}
                        onDeleted={onDraftDeleted}
                      />
                    ) : null}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {list.total > list.items.length ? (
        <p className="muted">
          … et {list.total - list.items.length} autres, dans le <Link to="/conventions">registre</Link>.
        </p>
      ) : null}
    </section>
  )
}
