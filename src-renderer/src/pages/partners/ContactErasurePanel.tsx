import { useState } from 'react'
import type { ContactErasureOutcome } from '@shared/domain/backup'
import type { Contact } from '@shared/domain/partner'
import { api, errorMessage, unwrap } from '../../api/client'
import { ActionButton } from '../../components/ActionButton'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'
import { plural } from '../../plural'

const ERASED_NAME = 'Contact effacé'

/**
 * Right to erasure (RGPD): a contact's name, role, e-mail and phone are wiped from the database file itself;
 * the coordinator is told which backups still hold them until rotation removes them.
 */
export function ContactErasurePanel({ contacts, onErased }: { contacts: Contact[]; onErased: () => void }) {
  const [confirming, setConfirming] = useState<Contact>()
  const [outcome, setOutcome] = useState<{ name: string; result: ContactErasureOutcome }>()
  const [error, setError] = useState<string>()
  const erasable = contacts.filter((contact) => contact.name !== ERASED_NAME)

  async function erase(contact: Contact) {
    setError(undefined)
    try {
      const result = await unwrap(api().partners.eraseContact({ contactId: contact.id }))
      setOutcome({ name: contact.name, result })
      setConfirming(undefined)
      onErased()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

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
      <ul className="erasure-list">
        {erasable.map((contact) => (
          <li key={contact.id}>
            {contact.name}
            {confirming?.id === contact.id ? (
              <span
                className="confirm-inline"
                role="group"
                aria-label={`Confirmer l’effacement de ${contact.name}`}
              >
                Effacer définitivement ?
                <ActionButton variant="danger" onAction={() => erase(contact)} busyLabel="Effacement…">
                  Oui, effacer
                </ActionButton>
                <button type="button" className="button" onClick={() => setConfirming(undefined)} autoFocus>
                  Annuler
                </button>
              </span>
            ) : (
              <button type="button" className="button button--quiet" onClick={() => setConfirming(contact)}>
                Effacer ses données
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
