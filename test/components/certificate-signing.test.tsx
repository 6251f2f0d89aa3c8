import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CertificateSigning } from '../../src-renderer/src/pages/signatures/CertificateSigning'
import { useComponentDatabase } from '../support/component-database'
import { readyAgreement } from '../support/document-fixtures'

describe('CertificateSigning', () => {
  const context = useComponentDatabase()
  const heading = 'Signature électronique par certificat'

  it('shows nothing on a text signed by hand or not waiting for signature, and the form when one is', async () => {
    const agreement = await readyAgreement(context.database.services, 'economic-cooperation')
    const props = { agreementId: agreement.id, amendmentId: null, place: 'Bordeaux', onSigned: () => {} }
    const closed = render(<CertificateSigning {...props} open={false} />)
    // Both queries answered: still no heading without signatures or a version to sign.
    await waitFor(() => expect(closed.container.querySelector('.certificate-signing')).toBeNull())
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.queryByRole('heading', { name: heading })).not.toBeInTheDocument()
    closed.unmount()

    render(<CertificateSigning {...props} open />)
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument()
  })
})
