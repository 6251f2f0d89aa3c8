import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ContactErasurePanel } from '../../src-renderer/src/pages/partners/ContactErasurePanel'
import { useComponentDatabase } from '../support/component-database'
import { readyAgreement, signBoth } from '../support/document-fixtures'

describe('ContactErasurePanel', () => {
  const component = useComponentDatabase()

  it('before erasing a signer, says what keeps their name and why, and offers an anonymised export', async () => {
    const { services } = component.database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    await signBoth(services, (await services.documents.generate({ agreementId: agreement.id })).id)
    const { contacts } = await services.partners.get(agreement.partnerId ?? 0)
    const exportSpy = vi.fn(async () => ({
      ok: true as const,
      value: {
        filePath: '/tmp/anonyme.zip',
        bundleId: 'x',
        agreementCount: 1,
        documentCount: 0,
        sizeBytes: 1
      }
    }))
    window.api.exchange.export = exportSpy
    const onErased = vi.fn()
    render(<ContactErasurePanel contacts={contacts} onErased={onErased} />)

    const signer = screen.getByText('Bernard Lafitte').closest('li') as HTMLElement
    await userEvent.click(within(signer).getByRole('button', { name: 'Effacer ses données' }))
    const confirm = await screen.findByRole('group', { name: 'Confirmer l’effacement de Bernard Lafitte' })
    expect(confirm).toHaveTextContent(
      'Même effacé, le nom de Bernard Lafitte reste dans 1 signature et 2 documents émis : ils sont la preuve des conventions signées'
    )
    expect(confirm).toHaveTextContent('Les exports qui ne sont pas anonymisés les contiennent toujours.')
    expect(confirm).toHaveTextContent(`Signature de la convention ${agreement.reference}`)

    await userEvent.click(
      within(confirm).getByRole('button', { name: /Exporter ces conventions sans coordonnées/ })
    )
    expect(exportSpy).toHaveBeenCalledWith({
      selection: { kind: 'ids', ids: [agreement.id] },
      anonymised: true
    })
    expect(await within(confirm).findByText(/Export anonymisé de 1 convention écrit/)).toBeInTheDocument()

    await userEvent.click(within(confirm).getByRole('button', { name: 'Oui, effacer' }))
    expect(
      await screen.findByText('Les coordonnées de Bernard Lafitte sont effacées.', { exact: false })
    ).toBeInTheDocument()
    expect(screen.getByText(/^Le nom reste dans 1 signature/)).toBeInTheDocument()
    expect(onErased).toHaveBeenCalled()
  })

  it('a contact who never signed: no warning, erasure as before', async () => {
    const { services } = component.database
    const agreement = await readyAgreement(services, 'patronage')
    const { contacts } = await services.partners.get(agreement.partnerId ?? 0)
    render(<ContactErasurePanel contacts={contacts} onErased={() => undefined} />)
    const other = screen.getByText('Sophie Arnaud').closest('li') as HTMLElement
    await userEvent.click(within(other).getByRole('button', { name: 'Effacer ses données' }))
    const confirm = await screen.findByRole('group', { name: 'Confirmer l’effacement de Sophie Arnaud' })
    expect(confirm).not.toHaveTextContent('reste dans')
  })
})
