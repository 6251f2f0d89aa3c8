import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import type { EngagementCode } from '../../../../src-main/shared/reference/reference-data'
import { useReferenceEdit } from './use-reference-edit'

/** The twelve action domains are a working default: rename, add, or archive those that do not fit. */
export function DomainsEditor() {
  const { engagements, actionDomains } = useReference()
  const { run, error } = useReferenceEdit()
  const [drafts, setDrafts] = useState<Record<number, string>>({})
  const [newLabel, setNewLabel] = useState('')
  const [newEngagement, setNewEngagement] = useState<EngagementCode>(engagements[0]?.code ?? 'territories')

  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Domaine</th>
            <th scope="col">Engagement</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {actionDomains.map((domain) => {
            const label = drafts[domain.id] ?? domain.label
            return (
              <tr key={domain.id} className={domain.archived ? 'row--archived' : undefined}>
                <td>
                  <input aria-label={`Libellé du domaine ${domain.label}`} value={label} onChange={(event) => setDrafts({ ...drafts, [domain.id]: event.target.value })} />
                </td>
                <td>{engagements.find((engagement) => engagement.code === domain.engagement)?.label}</td>
                <td className="nowrap">
                  {label !== domain.label ? (
                    <button
                      type="button"
                      className="button"
                      onClick={() => void run(() => unwrap(api().reference.updateDomain({ id: domain.id, data: { label, engagement: domain.engagement } })))}
                    >
                      Renommer
                    </button>
                  ) : null}{' '}
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void run(() => unwrap(api().reference.setDomainArchived({ id: domain.id, archived: !domain.archived })))}
                  >
                    {domain.archived ? 'Réactiver' : 'Archiver'}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <form
        className="inline-form"
        aria-label="Ajouter un domaine"
        onSubmit={(event) => {
          event.preventDefault()
          void run(() => unwrap(api().reference.addDomain({ label: newLabel, engagement: newEngagement }))).then((ok) => ok && setNewLabel(''))
        }}
      >
        <label htmlFor="new-domain-label">Nouveau domaine</label>
        <input id="new-domain-label" value={newLabel} onChange={(event) => setNewLabel(event.target.value)} />
        <label htmlFor="new-domain-engagement">Engagement</label>
        <select id="new-domain-engagement" value={newEngagement} onChange={(event) => setNewEngagement(event.target.value as EngagementCode)}>
          {engagements.map((engagement) => (
            <option key={engagement.code} value={engagement.code}>
              {engagement.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Ajouter
        </button>
      </form>
    </>
  )
}
