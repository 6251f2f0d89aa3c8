import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxParagraphs } from '../../../src-main/services/documents/docx-text'
import { signInputSchema } from '../../../src-main/shared/schemas/document.schema'
import { readyAgreement } from '../../support/document-fixtures'
import { signatureDataUrl } from '../../support/png'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

let database: TempDatabase
beforeEach(async () => {
  database = await openTempDatabase()
})
afterEach(() => database.dispose())

describe('a signature typed at the keyboard', () => {
  it('is recorded as typed and said so in the certificate, never as a drawn one', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const version = await services.documents.generate({ agreementId: agreement.id })
    const input = signInputSchema.parse({
      versionId: version.id,
      place: 'Bordeaux',
      signatures: [
        {
          party: 'la-poste',
          method: 'typed',
          signerName: 'Claire Martin',
          signerTitle: '',
          imageDataUrl: signatureDataUrl()
        },
        {
          party: 'partner',
          signerName: 'Bernard Lafitte',
          signerTitle: 'Président',
          imageDataUrl: signatureDataUrl()
        }
      ]
    })
    const signed = await services.documents.sign(input)

    const text = (docxParagraphs(readFileSync(join(services.documents.folder, signed.fileName))) ?? []).join(
      '\n'
    )
    expect(text).toMatch(/Claire Martin\nLa Poste\n[^\n]+\nBordeaux\nsignature saisie au clavier/)
    expect(text).toMatch(/Bernard Lafitte, Président\n[^\n]+\n[^\n]+\nBordeaux\nsignature manuscrite tracée/)
    const listed = await services.documents.list(agreement.id)
    const methods = listed.signatures.map((signature) => [signature.signerName, signature.method])
    expect(methods).toEqual(
      expect.arrayContaining([
        ['Claire Martin', 'typed'],
        ['Bernard Lafitte', 'drawn']
      ])
    )
  })
})
