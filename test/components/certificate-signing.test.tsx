import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { DocumentVersion } from '../../src-main/shared/domain/document'
import { describe, expect, it } from 'vitest'
import { CertificateSigning } from '../../src-renderer/src/pages/signatures/CertificateSigning'
import { useComponentDatabase } from '../support/component-database'
import { readyAgreement } from '../support/document-fixtures'

describe('CertificateSigning', () => {
  const context = useComponentDatabase()
  const heading = 'Signature électronique par certificat'

  it('shows nothing on a text signed by hand or not waiting for signature, and the form when one is', async () => {
    const agreement = await readyAgreement(context.database.services, 'economic-cooperation')
    const props = {
      agreementId: agreement.id,
      amendmentId: null,
      place: 'Bordeaux',
      receivedPdf: null,
      onSigned: () => {}
    }
    const closed = render(<CertificateSigning {...props} open={false} />)
    // Both queries answered: still no heading without signatures or a version to sign.
    await waitFor(() => expect(closed.container.querySelector('.certificate-signing')).toBeNull())
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.queryByRole('heading', { name: heading })).not.toBeInTheDocument()
    closed.unmount()

    render(<CertificateSigning {...props} open />)
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument()
  })

  it('on the partner’s installation, offers to sign the received PDF for the partner only, and says why it cannot', async () => {
    const agreement = await readyAgreement(context.database.services, 'economic-cooperation')
    await context.database.services.signatures.certificates.issueLocal({
      holder: 'Bernard Lafitte',
      organisation: 'Réseau Cocagne',
      newPassphrase: 'phrase du partenaire'
    })
    const received: DocumentVersion = {
      id: 99,
      agreementId: agreement.id,
      amendmentId: null,
      version: 1,
      kind: 'for_signature',
      format: 'pdf',
      fileName: `${agreement.reference}/convention.pdf`,
      sha256: '0'.repeat(64),
      sizeBytes: 1,
      createdAt: '2026-11-28T10:00:00.000Z',
      issuedBy: 'Claire Dubois (Nouvelle-Aquitaine)'
    }
    render(
      <CertificateSigning
        agreementId={agreement.id}
        amendmentId={null}
        open
        place="Pau"
        receivedPdf={received}
        onSigned={() => {}}
      />
    )
    await screen.findByRole('form', { name: 'Signer le PDF reçu pour le Partenaire' })
    expect(screen.getByText(/reçu de Claire Dubois \(Nouvelle-Aquitaine\)/)).toBeInTheDocument()
    expect(screen.getByLabelText('Signe pour')).toHaveTextContent(/^le Partenaire$/)
    // Signing anew for La Poste here would make another document than the one La Poste signed.
    expect(screen.queryByRole('form', { name: 'Signer avec un certificat' })).not.toBeInTheDocument()
    // The record holds no received PDF: the service refuses, in French, next to the button.
    await userEvent.type(screen.getByLabelText('Phrase secrète du certificat'), 'phrase du partenaire')
    await userEvent.click(screen.getByRole('button', { name: 'Signer le PDF reçu' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Aucun PDF signé par La Poste n’a été reçu pour cette convention/
    )
  })
})
