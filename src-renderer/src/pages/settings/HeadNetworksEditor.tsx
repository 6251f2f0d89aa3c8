import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { ReferenceListTable } from './ReferenceListTable'
import { useReferenceEdit } from './use-reference-edit'

/** National head networks: add the federations met on the ground, rename, archive. */
export function HeadNetworksEditor() {
  const { headNetworks } = useReference()
  const { run, error } = useReferenceEdit()
  const [name, setName] = useState('')
  const [acronym, setAcronym] = useState('')

  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ReferenceListTable
        items={headNetworks}
        nameHeader="Tête de réseau"
        detailHeader="Sigle"
        nameOf={(network) => network.name}
        detailOf={(network) => network.acronym ?? '—'}
        onRename={(network, name) =>
          void run(() =>
            unwrap(
              api().reference.updateHeadNetwork({
                id: network.id,
                data: { name, acronym: network.acronym ?? '' }
              })
            )
          )
        }
        onToggleArchived={(network) =>
          void run(() =>
            unwrap(api().reference.setHeadNetworkArchived({ id: network.id, archived: !network.archived }))
          )
        }
      />
      <form
        className="inline-form"
        aria-label="Ajouter une tête de réseau"
        onSubmit={(event) => {
          event.preventDefault()
          void run(() => unwrap(api().reference.addHeadNetwork({ name, acronym }))).then((ok) => {
            if (!ok) return
            setName('')
            setAcronym('')
          })
        }}
      >
        <label htmlFor="new-network-name">Nouvelle tête de réseau</label>
        <input id="new-network-name" value={name} onChange={(event) => setName(event.target.value)} />
        <label htmlFor="new-network-acronym">Sigle</label>
        <input
          id="new-network-acronym"
          value={acronym}
          onChange={(event) => setAcronym(event.target.value)}
          size={10}
        />
        <button type="submit" className="button">
          Ajouter
        </button>
      </form>
    </>
  )
}
