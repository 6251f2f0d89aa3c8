import { Link } from 'react-router'
import type { Agreement } from '@shared/domain/agreement'
import { api, unwrap } from '../../../api/client'
import { ActionButton } from '../../../components/ActionButton'
import { formatDate } from '../../../format'
import { DuplicateButton } from '../wizard/DuplicateButton'

function nextStepText(agreement: Agreement): string {
  switch (agreement.status) {
    case 'draft':
      return 'Brouillon en cours de rédaction.'
    case 'ready_for_signature':
      return 'La convention est prête pour signature. Étape suivante : générer le document Word et le faire signer par les deux parties.'
    case 'signed':
      return `La convention est signée. Elle prend effet le ${formatDate(agreement.startDate)} ; toute modification passe désormais par un avenant.`
    case 'active':
      return `La convention est en cours jusqu’au ${formatDate(agreement.endDate)}. Suivez ses indicateurs et ses comités ; toute modification passe par un avenant.`
    case 'ended':
      return `La convention est arrivée à son terme le ${formatDate(agreement.endDate)}.`
    case 'terminated':
      return 'La convention a été résiliée avant son terme.'
  }
}

/** What comes next for a convention past the draft, with the buttons that do it. */
export function NextStepPanel({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const documents = `/conventions/${agreement.id}/documents`
  const signedOrLater = agreement.status !== 'draft' && agreement.status !== 'ready_for_signature'
  return (
    <section className="next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title" className="visually-hidden">
        Étape suivante
      </h2>
      <p>{nextStepText(agreement)}</p>
      <div className="page-actions">
        {agreement.status === 'ready_for_signature' ? (
          <>
            <Link className="button button--primary" to={documents}>
              Générer et faire signer
            </Link>
            <ActionButton
              busyLabel="Retour au brouillon…"
              onAction={async () => {
                await unwrap(api().agreements.transition({ id: agreement.id, to: 'draft' }))
                onChanged()
              }}
            >
              Repasser en brouillon pour corriger
            </ActionButton>
          </>
        ) : (
          <Link className="button button--primary" to={documents}>
            Documents et signatures
          </Link>
        )}
        {agreement.status === 'signed' || agreement.status === 'active' ? (
          <Link className="button" to={`${documents}?avenant=1`}>
            Rédiger un avenant
          </Link>
        ) : null}
        {signedOrLater ? (
          <Link className="button" to={`/conventions/${agreement.id}/suivi`}>
            Suivi
          </Link>
        ) : null}
        <DuplicateButton agreementId={agreement.id} />
      </div>
    </section>
  )
}
