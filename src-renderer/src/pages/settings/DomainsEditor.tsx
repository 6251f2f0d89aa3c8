import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import type { EngagementCode } from '@shared/reference/reference-data'
import { ReferenceListTable } from './ReferenceListTable'
import { useReferenceEdit } from './use-reference-edit'

/** The twelve action domains are a working default: rename, add, or archive those that do not fit. */
export function DomainsEditor() {
  const { engagements, actionDomains } = useReference()
  const { run, error } = useReferenceEdit()
  const [newLabel, setNewLabel] = useState('')
  const [newEngagement, setNewEngagement] = useState<EngagementCode>(engagements[0]?.code ?? 'territories')

  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ReferenceListTable
        items={actionDomains}
        nameHeader="Domaine"
        detailHeader="Engagement"
        nameOf={(domain) => domain.label}
        detailOf={(domain) => engagements.find((engagement) => engagement.code === domain.engagement)?.label}
        onRename={(domain, label) =>
          void run(() =>
            unwrap(
              api().reference.updateDomain({ id: domain.id, data: { label, engagement: domain.engagement } })
            )
          )
        }
        onToggleArchived={(domain) =>
          void run(() =>
            unwrap(api().reference.setDomainArchived({ id: domain.id, archived: !domain.archived }))
          )
        }
      />
      <form
        className="inline-form"
        aria-label="Ajouter un domaine"
        onSubmit={(event) => {
          event.preventDefault()
          void run(() =>
            unwrap(api().reference.addDomain({ label: newLabel, engagement: newEngagement }))
          ).then((ok) => ok && setNewLabel(''))
        }}
      >
        <label htmlFor="new-domain-label">Nouveau domaine</label>
        <input id="new-domain-label" value={newLabel} onChange={(event) => setNewLabel(event.target.value)} />
        <label htmlFor="new-domain-engagement">Engagement</label>
        <select
          id="new-domain-engagement"
          value={newEngagement}
          onChange={(event) => setNewEngagement(event.target.value as EngagementCode)}
        >
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
