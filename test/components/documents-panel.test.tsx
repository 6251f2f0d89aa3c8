import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AgreementDocumentsPanel } from '../../src-renderer/src/pages/documents/AgreementDocumentsPanel'
import { VerifyDocumentPage } from '../../src-renderer/src/pages/documents/VerifyDocumentPage'
import { readyAgreement, signBoth } from '../support/document-fixtures'
import { inProcessApi, type InProcessApi } from '../support/in-process-api'
import { signaturePng } from '../support/png'
import { openTempDatabase, type TempDatabase } from '../support/temp-database'

describe('documents panel and verification page', () => {
  let database: TempDatabase
  let bridge: InProcessApi
  beforeEach(async () => {
    database = await openTempDatabase()
    bridge = inProcessApi(database.services)
    window.api = bridge.api
  })
  afterEach(async () => {
    cleanup()
    await bridge.settled()
    await database.dispose()
  })

  it('generates a version and lists it with its kind and short fingerprint; the preview frame is sandboxed', async () => {
    const agreement = await readyAgreement(database.services, 'social-innovation')
    render(<AgreementDocumentsPanel agreementId={agreement.id} />)
    await userEvent.click(await screen.findByRole('button', { name: 'Générer le document Word' }))
    expect(await screen.findByText(/Version 1 générée/)).toBeInTheDocument()
    const { versions } = await database.services.documents.list(agreement.id)
    expect(await screen.findByText(versions[0]?.sha256.slice(0, 12) ?? '')).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: 'Pour signature' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Faire signer' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Aperçu' }))
    const frame = await screen.findByTitle('Aperçu du document')
    expect(frame.getAttribute('sandbox')).toBe('')
  })

  it('tells an issued file from an unknown one', async () => {
    const agreement = await readyAgreement(database.services, 'patronage')
    const version = await database.services.documents.generate({ agreementId: agreement.id })
    const bytes = readFileSync(join(database.services.documents.folder, version.fileName))
    render(<VerifyDocumentPage />)
    const input = document.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement
    await userEvent.upload(input, new File([bytes], 'convention.docx'))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Document authentique et inchangé')
    )
    await userEvent.upload(input, new File([Buffer.from('%PDF-1.4 inconnu')], 'autre.pdf'))
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Document inconnu'))
  })

  it('attaches a scanned paper copy to the version for signature, which signs the agreement', async () => {
    const agreement = await readyAgreement(database.services, 'responsible-practices')
    await database.services.documents.generate({ agreementId: agreement.id })
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
    expect((await database.services.agreements.get(agreement.id)).agreement.status).toBe('signed')
    expect(await screen.findAllByText(/copie papier numérisée/)).toHaveLength(2)
  })

  it('shows who issued a version received in a bundle, and marks its signatures as received', async () => {
    const source = await openTempDatabase()
    try {
      await source.services.settings.update({
        coordinator: { name: 'Claire Dubois', email: 'claire@laposte.example', region: 'Nouvelle-Aquitaine', department: '33' }
      })
      const agreement = await readyAgreement(source.services, 'patronage')
      await signBoth(source.services, (await source.services.documents.generate({ agreementId: agreement.id })).id)
      const bundle = join(source.folder, 'paquet.zip')
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
      await database.services.exchange.importFile({ filePath: bundle })
    } finally {
      await source.dispose()
    }
    const [received] = (await database.services.agreements.search({})).rows
    render(<AgreementDocumentsPanel agreementId={received?.id ?? 0} />)
    expect(
      await screen.findAllByText('Reçu par fichier d’échange, émis par Claire Dubois (Nouvelle-Aquitaine)')
    ).toHaveLength(2)
    expect(screen.getAllByText(/reçue par fichier d’échange/)).toHaveLength(2)
  })
})
