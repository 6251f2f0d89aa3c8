import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AgreementDocumentsPanel } from '../../src-renderer/src/pages/documents/AgreementDocumentsPanel'
import { VerifyDocumentPage } from '../../src-renderer/src/pages/documents/VerifyDocumentPage'
import { readyAgreement, signBoth } from '../support/document-fixtures'
import { useComponentDatabase } from '../support/component-database'
import { signaturePng } from '../support/png'
import { openTempDatabase } from '../support/temp-database'
import { EXPORTING_COORDINATOR } from '../support/agreement-fixtures'

describe('documents panel and verification page', () => {
  const component = useComponentDatabase()

  it('generates a version and lists it with its kind, the fingerprint and file name kept in « Détails »; the preview frame is sandboxed and styled by the app’s stylesheet', async () => {
    const agreement = await readyAgreement(component.database.services, 'social-innovation')
    render(<AgreementDocumentsPanel agreementId={agreement.id} />)
    await userEvent.click(await screen.findByRole('button', { name: 'Générer le document Word' }))
    // Generating a full convention takes a moment on a loaded machine: wait for it rather than for the default second.
    expect(await screen.findByText(/Version 1 générée/, {}, { timeout: 15_000 })).toBeInTheDocument()
    const { versions } = await component.database.services.documents.list(agreement.id)
    const fingerprint = await screen.findByText(versions[0]?.sha256 ?? '')
    expect(fingerprint).not.toBeVisible()
    expect(fingerprint.closest('details')).not.toHaveAttribute('open')
    expect(screen.queryByText(/\.docx/)).not.toBeVisible()
    expect(screen.getByRole('cell', { name: /Pour signature/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Faire signer' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Aperçu' }))
    const frame = await screen.findByTitle('Aperçu du document')
    expect(frame.getAttribute('sandbox')).toBe('')
    const page = frame.getAttribute('srcdoc') ?? ''
    expect(page).toContain('<link rel="stylesheet" href="http://localhost:3000/document-preview.css">')
    expect(page).not.toMatch(/<style|\sstyle="/)
  })

  it('makes one version of a double click on « Générer le document Word »', async () => {
    const agreement = await readyAgreement(component.database.services, 'economic-cooperation')
    render(<AgreementDocumentsPanel agreementId={agreement.id} />)
    const button = await screen.findByRole('button', { name: 'Générer le document Word' })
    await userEvent.dblClick(button)
    expect(await screen.findByText(/Version 1 générée/)).toBeInTheDocument()
    expect((await component.database.services.documents.list(agreement.id)).versions).toHaveLength(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('tells an issued file from an unknown one', async () => {
    const agreement = await readyAgreement(component.database.services, 'patronage')
    const version = await component.database.services.documents.generate({ agreementId: agreement.id })
    const bytes = readFileSync(join(component.database.services.documents.folder, version.fileName))
    render(<VerifyDocumentPage />)
    const input = document.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement
    await userEvent.upload(input, new File([bytes], 'convention.docx'))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Émis par l’application et intact')
    )
    await userEvent.upload(input, new File([Buffer.from('%PDF-1.4 inconnu')], 'autre.pdf'))
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Inconnu'))
  })

  it('attaches a scanned paper copy to the version for signature, which signs the agreement', async () => {
    const agreement = await readyAgreement(component.database.services, 'responsible-practices')
    await component.database.services.documents.generate({ agreementId: agreement.id })
    render(<AgreementDocumentsPanel agreementId={agreement.id} />)
    await userEvent.click(await screen.findByText(/joindre la copie signée de la version 1/))
    await userEvent.upload(
      screen.getByLabelText(/Copie signée numérisée/),
      new File([new Uint8Array(signaturePng())], 'copie.png', { type: 'image/png' })
    )
    await userEvent.type(
      screen.getByLabelText('Date de signature', { selector: '.scan-form input' }),
      '2026-11-28'
    )
    await userEvent.click(screen.getByRole('button', { name: 'Joindre la copie signée' }))
    expect(await screen.findByText('Copie signée jointe : signatures enregistrées.')).toBeInTheDocument()
    expect((await component.database.services.agreements.get(agreement.id)).agreement.status).toBe('signed')
    expect(await screen.findAllByText(/copie papier numérisée/)).toHaveLength(2)
  })

  /** Another coordinator issues a convention (and has it signed, or not), exports it; it is imported here. */
  async function receiveConvention({ signed }: { signed: boolean }): Promise<number> {
    const source = await openTempDatabase()
    try {
      await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
      const agreement = await readyAgreement(source.services, 'patronage')
      const forSignature = await source.services.documents.generate({ agreementId: agreement.id })
      if (signed) await signBoth(source.services, forSignature.id)
      const bundle = join(source.folder, 'paquet.zip')
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
      await component.database.services.exchange.importFile({ filePath: bundle })
    } finally {
      await source.dispose()
    }
    const [received] = (await component.database.services.agreements.search({})).rows
    return received?.id ?? 0
  }

  it('offers to sign a received convention only once a version is generated here', async () => {
    render(<AgreementDocumentsPanel agreementId={await receiveConvention({ signed: false })} />)
    await screen.findByText('Reçu par fichier d’échange, émis par Claire Dubois (Nouvelle-Aquitaine)')
    expect(screen.queryByRole('button', { name: 'Faire signer' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Générer le document Word' }))
    expect(
      await screen.findByRole('button', { name: 'Faire signer' }, { timeout: 15_000 })
    ).toBeInTheDocument()
  })

  it('shows who issued a version received in a bundle, and marks its signatures as received', async () => {
    render(<AgreementDocumentsPanel agreementId={await receiveConvention({ signed: true })} />)
    expect(
      await screen.findAllByText('Reçu par fichier d’échange, émis par Claire Dubois (Nouvelle-Aquitaine)')
    ).toHaveLength(2)
    expect(screen.getAllByText(/reçue par fichier d’échange/)).toHaveLength(2)
  })
})
