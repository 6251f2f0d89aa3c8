import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel, textSha256 } from '../../../src-main/services/documents/document-issuer'
import { packDocument } from '../../../src-main/services/documents/docx/docx-package'
import type { DocumentModel } from '../../../src-main/shared/documents/document-model'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'
import { amendRemuneration, readyAgreement, signBoth } from '../../support/document-fixtures'
import { signatureDataUrl } from '../../support/png'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { renderDocx as renderWithDocxLibrary } from './reference-docx/render-docx-reference'

/**
 * The DOCX writer writes WordprocessingML as text for speed; these tests hold it to what the `docx` library writes
 * from the same model, part by part, so that Word and LibreOffice read exactly the same document. Only what the
 * library numbers or dates per process is set aside: its bookmark and drawing counters, the watermark's random id,
 * and the creation time.
 */
function normalised(xml: string): string {
  const bookmarks = new Map<string, number>()
  let drawings = 0
  return xml
    .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawings += 1)}"`)
    .replace(/(<w:bookmark(?:Start|End)[^>]*w:id=")(\d+)"/g, (_, start: string, id: string) => {
      if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1)
      return `${start}${bookmarks.get(id)}"`
    })
    .replace(/PowerPlusWaterMarkObject[\w-]+/g, 'PowerPlusWaterMarkObject')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'DATE')
}

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const parts = unzipSync(bytes)
  return Object.fromEntries(
    Object.entries(parts).map(([name, data]) => [
      name,
      name.endsWith('.png') ? Buffer.from(data).toString('base64') : normalised(strFromU8(data))
    ])
  )
}

/** Where two parts first differ, with some context: a readable failure on a 60 kB part. */
function firstDifference(written: string, reference: string): { written: string; reference: string } | null {
  if (written === reference) return null
  let index = 0
  while (written[index] === reference[index]) index += 1
  const around = (text: string) => text.slice(Math.max(0, index - 200), index + 200)
  return { written: around(written), reference: around(reference) }
}

async function expectSameDocument(model: DocumentModel): Promise<void> {
  const reference = await partsOf(await Packer.toBuffer(renderWithDocxLibrary(model, 'document-id')))
  const written = await partsOf(await packDocument(model, 'document-id'))
  expect(Object.keys(written).sort()).toEqual(Object.keys(reference).sort())
  for (const name of Object.keys(reference))
    expect({ name, difference: firstDifference(written[name] ?? '', reference[name] ?? '') }).toEqual({
      name,
      difference: null
    })
}

let database: TempDatabase
beforeAll(async () => {
  database = await openTempDatabase()
})
afterAll(async () => {
  await database.dispose()
})

async function modelOf(agreementId: number, amendmentId: number | null = null) {
  const documents = database.services.documents
  const target = await documents.internal.target({ agreementId, amendmentId })
  return buildModel({ ...target, kind: 'for_signature', version: 3 }, textSha256).model
}

describe('the DOCX writer', () => {
  it.each(PARTNERSHIP_TYPE_CODES)(
    'writes a %s convention as the docx library does, draft, for signature and signed',
    async (type) => {
      const model = await modelOf((await readyAgreement(database.services, type)).id)
      await expectSameDocument(model)
      await expectSameDocument({ ...model, meta: { ...model.meta, draft: true } })
      const [laPoste, partner] = model.signature.columns
      await expectSameDocument({
        ...model,
        meta: { ...model.meta, final: true, kindLabel: 'Signée' },
        signature: {
          ...model.signature,
          columns: [
            {
              ...laPoste!,
              image: { dataUrl: signatureDataUrl(), widthPx: 300, heightPx: 100 },
              signedAtText: 'Signé à Pau'
            },
            { ...partner!, image: { dataUrl: signatureDataUrl(120, 40), widthPx: 120, heightPx: 40 } }
          ]
        },
        certificate: {
          title: 'Certificat de signature',
          intro: 'Les signatures ci-dessous portent sur le document dont l’empreinte suit.',
          signedDocumentFingerprint: 'a'.repeat(64),
          entries: [
            {
              signerName: 'Claire Martin',
              partyName: 'La Poste',
              signedAtText: '28/11/2026',
              placeText: 'Pau',
              methodText: 'Tracé'
            }
          ]
        }
      })
    }
  )

  it('writes an amendment as the docx library does', async () => {
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    const issued = await database.services.documents.generate({ agreementId: agreement.id })
    await signBoth(database.services, issued.id)
    const amendment = await amendRemuneration(database.services, agreement.id)
    await expectSameDocument(await modelOf(agreement.id, amendment.id))
  })

  it('escapes hostile text exactly as the docx library does', async () => {
    const model = await modelOf((await readyAgreement(database.services, 'patronage')).id)
    const hostile = 'A & B <C> "D" \'E\' \u0001\u0008\u000b F\u00a0: ]]> </w:t></w:r>'
    await expectSameDocument({
      ...model,
      title: hostile,
      meta: { ...model.meta, reference: hostile, author: hostile },
      preamble: [
        {
          kind: 'paragraph',
          runs: [hostile, { text: hostile, bold: true }, { text: hostile, crossReference: 'art_object' }]
        },
        { kind: 'list', items: [[hostile], [{ text: hostile, italic: true }]] },
        {
          kind: 'table',
          caption: hostile,
          columns: [{ label: hostile, align: 'right', width: 100 }],
          rows: [[hostile]],
          total: [hostile]
        }
      ]
    })
  })
})
