import { useState } from 'react'
import type { ContactErasureOutcome } from '@shared/domain/backup'
import type { ErasureImpact } from '@shared/domain/erasure-impact'
import type { Contact } from '@shared/domain/partner'
import { api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'
import { ErasureImpactNotice } from './ErasureImpactNotice'
import { plural } from '../../plural'

const ERASED_NAME = 'Contact effacé'

/**
 * Right to erasure (RGPD): a contact's name, role, e-mail and phone are wiped from the database file itself; before
 * confirming, the coordinator is told which signatures and issued documents keep the name (the proof of signed
 * agreements) and offered an anonymised export; after, which backups still hold the details until rotation.
 */
export function ContactErasurePanel({ contacts, onErased }: { contacts: Contact[]; onErased: () => void }) {
  const [confirming, setConfirming] = useState<{ contact: Contact; impact: ErasureImpact }>()
  const [outcome, setOutcome] = useState<{
    name: string
    result: ContactErasureOutcome
    impact: ErasureImpact
  }>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const erasable = contacts.filter((contact) => contact.name !== ERASED_NAME)

  async function run(action: () => Promise<void>) {
    setError(undefined)
    setBusy(true)
    try {
      await action()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  const ask = (contact: Contact) =>
    run(async () => {
      const impact = await unwrap(api().partners.erasureImpact({ contactId: contact.id }))
      setConfirming({ contact, impact })
    })

  const erase = ({ contact, impact }: { contact: Contact; impact: ErasureImpact }) =>
    run(async () => {
      const result = await unwrap(api().partners.eraseContact({ contactId: contact.id }))
      setOutcome({ name: contact.name, result, impact })
      setConfirming(undefined)
      onErased()
    })

  if (erasable.length === 0 && !outcome) return null
  return (
    <section className="panel" aria-labelledby="erasure-title">
      <h2 id="erasure-title">Droit à l’effacement (RGPD)</h2>
      <p className="muted">
        À la demande d’une personne, ses coordonnées sont effacées définitivement du fichier de données. Les
        conventions qui la citaient gardent le lien, sous le nom « {ERASED_NAME} ».
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {outcome ? (
        <Alert tone="success">
          Les coordonnées de {outcome.name} sont effacées.{' '}
          {outcome.result.backupsStillHolding.length === 0
            ? 'Aucune sauvegarde ne les contient.'
            : `Elles restent dans ${plural(outcome.result.backupsStillHolding.length, 'sauvegarde')} jusqu’à leur rotation : ${outcome.result.backupsStillHolding
                .map((backup) => formatDateTime(backup.createdAt))
                .join(', ')}.`}
        </Alert>
      ) : null}
      {outcome ? <ErasureImpactNotice impact={outcome.impact} after /> : null}
      <ul className="erasure-list">
        {erasable.map((contact) => (
          <li key={contact.id}>
            {contact.name}
            {confirming?.contact.id === contact.id ? (
              <div role="group" aria-label={`Confirmer l’effacement de ${contact.name}`}>
                <ErasureImpactNotice impact={confirming.impact} after={false} />
                <span className="confirm-inline">
                  Effacer définitivement ?
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => void erase(confirming)}
                  >
                    Oui, effacer
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(undefined)} autoFocus>
                    Annuler
                  </button>
                </span>
              </div>
            ) : (
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                onClick={() => void ask(contact)}
              >
                Effacer ses données
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
