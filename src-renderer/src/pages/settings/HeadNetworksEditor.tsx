import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { useReferenceEdit } from './use-reference-edit'

/** National head networks: add the federations met on the ground, rename, archive. */
export function HeadNetworksEditor() {
  const { headNetworks } = useReference()
  const { run, error } = useReferenceEdit()
  const [drafts, setDrafts] = useState<Record<number, string>>({})
  const [name, setName] = useState('')
  const [acronym, setAcronym] = useState('')

  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Tête de réseau</th>
            <th scope="col">Sigle</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {headNetworks.map((network) => {
            const draft = drafts[network.id] ?? network.name
            return (
              <tr key={network.id} className={network.archived ? 'row--archived' : undefined}>
                <td>
                  <input aria-label={`Nom de ${network.name}`} value={draft} onChange={(event) => setDrafts({ ...drafts, [network.id]: event.target.value })} />
                </td>
                <td>{network.acronym ?? '—'}</td>
                <td className="nowrap">
                  {draft !== network.name ? (
                    <button
                      type="button"
                      className="button"
                      onClick={() => void run(() => unwrap(api().reference.updateHeadNetwork({ id: network.id, data: { name: draft, acronym: network.acronym ?? '' } })))}
                    >
                      Renommer
                    </button>
                  ) : null}{' '}
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void run(() => unwrap(api().reference.setHeadNetworkArchived({ id: network.id, archived: !network.archived })))}
                  >
                    {network.archived ? 'Réactiver' : 'Archiver'}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
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
        <input id="new-network-acronym" value={acronym} onChange={(event) => setAcronym(event.target.value)} size={10} />
        <button type="submit" className="button">
          Ajouter
        </button>
      </form>
    </>
  )
}
