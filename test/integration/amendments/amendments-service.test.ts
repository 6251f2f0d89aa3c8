import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AmendmentChange } from '../../../src-main/shared/amendments/amendment-change.schema'
import { typographyDefects } from '../../../src-main/shared/documents/typography-defects'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { signAmendment, signedConvention, signedFinancialGift } from './amendment-support'

let database: TempDatabase
beforeEach(async () => {
  database = await openTempDatabase()
})
afterEach(() => database.dispose())

/** The preview's text, tags and French spaces flattened, as a reader reads it. */
async function amendmentText(agreementId: number, amendmentId: number): Promise<string> {
  const html = await database.services.documents.preview({ agreementId, amendmentId })
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|[\u00a0\u202f]/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ')
}

function amend(agreementId: number, changes: AmendmentChange[], effectiveDate: string | null = '2030-07-01') {
  return database.services.documents.amendments.create({
    agreementId,
    reason: 'Adapter le partenariat',
    effectiveDate,
    changes
  })
}

const clause = (articleKey: string, clauseKey: string | null = null) => ({ articleKey, clauseKey })

describe('the wording of each kind of change, on its target', () => {
  it('replaces a sub-clause, words in a paragraph, adds an article « bis » and deletes a clause', async () => {
    const agreement = await signedConvention(database.services)
    const amendment = await amend(agreement.id, [
      {
        kind: 'replace-clause',
        target: clause('terms', 'contributions'),
        text: 'Chaque Partie apporte ce que décrit l’annexe 2.'
      },
      {
        kind: 'replace-words',
        target: clause('governance'),
        paragraph: 1,
        from: 'deux (2) fois par an',
        to: 'trois (3) fois par an'
      },
      {
        kind: 'add-article',
        afterArticleKey: 'communication',
        title: 'Mécénat de proximité',
        text: 'Les Parties étudient ensemble des actions de mécénat.'
      },
      { kind: 'delete-clause', target: clause('terms', 'exclusivity') }
    ])
    const text = await amendmentText(agreement.id, amendment.id)
    expect(text).toContain(
      'L’article 5.2 « Apports des parties » de la convention est remplacé par les stipulations suivantes : « Chaque Partie apporte ce que décrit l’annexe 2. »'
    )
    expect(text).toContain(
      'Au 1er alinéa de l’article 8 « Gouvernance et comité de suivi », les mots « deux (2) fois par an » sont remplacés par les mots « trois (3) fois par an ».'
    )
    expect(text).toContain(
      'Il est ajouté, après l’article 9, un article 9 bis ainsi rédigé : « Article 9 bis — Mécénat de proximité » « Les Parties étudient ensemble des actions de mécénat. »'
    )
    expect(text).toContain('L’article 5.10 « Exclusivité » de la convention est supprimé.')
    expect(text).toContain('Les autres stipulations de la convention demeurent inchangées.')
    expect(text).toContain('Le présent avenant prend effet le 1er juillet 2030.')
    expect(text).toMatch(/la convention de partenariat n° AD-\d{4}-33-\d{4}, signée le/)
    // The article 4 of the naive amendment is gone: no whole article replaced when one sub-clause changes.
    expect(text).not.toContain('L’article 5 « Modalités')
  })

  it('refuses a target that does not exist and words that are not in the paragraph, next to the field', async () => {
    const agreement = await signedConvention(database.services)
    await expect(
      amend(agreement.id, [{ kind: 'replace-clause', target: clause('terms', 'nothing'), text: 'x' }])
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { 'changes.0.target': expect.stringContaining('n’existe pas') }
    })
    await expect(
      amend(agreement.id, [
        {
          kind: 'replace-words',
          target: clause('governance'),
          paragraph: 1,
          from: 'quatre fois',
          to: 'cinq fois'
        }
      ])
    ).rejects.toMatchObject({ fieldErrors: { 'changes.0.from': expect.stringContaining('ne figurent pas') } })
    await expect(
      amend(agreement.id, [
        { kind: 'replace-clause', target: clause('governance'), text: 'Le comité se réunit [date].' }
      ])
    ).rejects.toMatchObject({ fieldErrors: { 'changes.0.text': expect.stringContaining('crochets') } })
    await expect(
      amend(agreement.id, [
        { kind: 'replace-clause', target: clause('governance'), text: 'Par lettre avec accusé de réception.' }
      ])
    ).rejects.toMatchObject({
      fieldErrors: { 'changes.0.text': expect.stringContaining('accusé de réception') }
    })
  })

  it('words a prolongation, a new amount in words and figures, new indicator targets and a new signatory', async () => {
    const agreement = await signedConvention(database.services)
    const amendment = await amend(agreement.id, [
      { kind: 'end-date', newEndDate: '2031-06-30' },
      { kind: 'amount', newAmountCents: 180_000, payments: null },
      {
        kind: 'indicators',
        indicators: [{ label: 'Personnes accompagnées', target: 150, unit: 'personnes' }]
      },
      {
        kind: 'signatory',
        party: 'la-poste',
        name: 'Anne Etcheverry',
        title: 'Directrice régionale adjointe',
        contactId: null
      }
    ])
    const text = await amendmentText(agreement.id, amendment.id)
    expect(text).toContain(
      'La convention, dont le terme était fixé au 31 décembre 2030, est prolongée jusqu’au 30 juin 2031 inclus, soit une durée totale de dix-huit (18) mois.'
    )
    expect(text).toContain(
      'En conséquence, au 1er alinéa de l’article 2 « Durée et prise d’effet », les mots'
    )
    expect(text).toContain(
      'La rémunération du Partenaire est portée de mille cinq cents euros hors taxes (1 500,00 € HT) à mille huit cents euros hors taxes (1 800,00 € HT).'
    )
    expect(text).toContain(
      'les mots « mille cinq cents euros (1 500,00 €) » sont remplacés par les mots « mille huit cents euros (1 800,00 €) »'
    )
    expect(text).toContain('Personnes accompagnées : 150 personnes')
    expect(text).toContain('La Poste est représentée pour l’exécution de la convention par Anne Etcheverry')
    // Signed by the capacities named in it: the signatory as it stood when drafted.
    expect(text).toContain('Claire Martin')
    // French typography as in conventions, paragraph by paragraph, French spaces kept.
    const html = await database.services.documents.preview({
      agreementId: agreement.id,
      amendmentId: amendment.id
    })
    const paragraphs = [...html.matchAll(/<(?:p|li)[^>]*>([\s\S]*?)<\/(?:p|li)>/g)].map((match) =>
      (match[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#39;|&rsquo;/g, '’')
    )
    expect(paragraphs.length).toBeGreaterThan(10)
    expect(paragraphs.flatMap((paragraph) => typographyDefects(paragraph))).toEqual([])
  })
})

describe('a new amount checked as the convention is', () => {
  it('refuses a gift whose schedule no longer adds up, and words the new schedule in words and figures', async () => {
    const agreementId = await signedFinancialGift(database.services)
    await expect(
      amend(agreementId, [{ kind: 'amount', newAmountCents: 800_000, payments: null }], null)
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { 'changes.0': expect.any(String) } })
    const amendment = await amend(
      agreementId,
      [
        {
          kind: 'amount',
          newAmountCents: 800_000,
          payments: [
            { date: '2030-02-01', amountCents: 500_000 },
            { date: '2030-09-01', amountCents: 300_000 }
          ]
        }
      ],
      null
    )
    const text = await amendmentText(agreementId, amendment.id)
    expect(text).toContain(
      'Le montant du don est porté de cinq mille euros (5 000,00 €, hors du champ de la TVA) à huit mille euros (8 000,00 €, hors du champ de la TVA).'
    )
    expect(text).toContain(
      '– le 1er septembre 2030 : trois mille euros (3 000,00 €, hors du champ de la TVA).'
    )
  })
})

describe('the register', () => {
  it('refuses a prolongation that shortens the term, or falls between two monthly terms', async () => {
    const agreement = await signedConvention(database.services)
    await expect(amend(agreement.id, [{ kind: 'end-date', newEndDate: '2030-10-31' }])).rejects.toMatchObject(
      {
        code: 'VALIDATION',
        fieldErrors: { 'changes.0.newEndDate': expect.stringContaining('reporte le terme') }
      }
    )
    await expect(amend(agreement.id, [{ kind: 'end-date', newEndDate: '2031-06-15' }])).rejects.toMatchObject(
      {
        fieldErrors: { 'changes.0.newEndDate': expect.stringMatching(/31.mai.2031/) }
      }
    )
    expect((await database.services.documents.list(agreement.id)).amendments).toEqual([])
  })

  it('changes nothing while the amendment is a draft, and everything once it is signed, naming it in history', async () => {
    const { services } = database
    const agreement = await signedConvention(services)
    const amendment = await amend(agreement.id, [
      { kind: 'end-date', newEndDate: '2031-12-31' },
      { kind: 'amount', newAmountCents: 180_000, payments: null }
    ])
    const row = async () => (await services.agreements.search({ search: agreement.reference })).rows[0]
    expect((await services.agreements.get(agreement.id)).agreement.endDate).toBe('2030-12-31')
    expect((await row())?.endDate).toBe('2030-12-31')
    await signAmendment(services, agreement.id, amendment.id)
    const after = (await services.agreements.get(agreement.id)).agreement
    expect(after.endDate).toBe('2031-12-31')
    expect(after.durationMonths).toBe(24)
    expect(after.terms).toMatchObject({ remunerationAmountCents: 180_000 })
    expect((await row())?.endDate).toBe('2031-12-31')
    const history = await services.agreements.history(agreement.id)
    expect(history.map((entry) => entry.summary)).toContainEqual(
      expect.stringMatching(
        /^Avenant n° 1 signé : la convention est mise à jour \(fin le 31.décembre.2031, montant\)\.$/
      )
    )
    // The convention as signed still reads as signed: the duration article of a new amendment starts from 2031.
    const view = await services.documents.amendments.draftingView(agreement.id)
    expect(view.articles.find((article) => article.key === 'duration')?.paragraphs[0]).toMatch(
      /au 31.décembre.2031 inclus/
    )
  })

  it('is signed only by the capacities named in it', async () => {
    const { services } = database
    const agreement = await signedConvention(services)
    const amendment = await amend(agreement.id, [{ kind: 'end-date', newEndDate: '2031-12-31' }])
    const version = await services.documents.generate({
      agreementId: agreement.id,
      amendmentId: amendment.id
    })
    await expect(
      services.documents.attachScan({
        versionId: version.id,
        fileName: 'avenant.pdf',
        dataBase64: Buffer.from('%PDF-1.7 test').toString('base64'),
        place: 'Pau',
        signedOn: '2030-06-01',
        signers: [
          { party: 'la-poste', signerName: 'Claire Martin', signerTitle: 'Directrice régionale' },
          { party: 'partner', signerName: 'Anne Etcheverry', signerTitle: 'Présidente' }
        ]
      })
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('pas Anne Etcheverry') })
    expect((await services.agreements.get(agreement.id)).agreement.endDate).toBe('2030-12-31')
    await services.documents.attachScan({
      versionId: version.id,
      fileName: 'avenant.pdf',
      dataBase64: Buffer.from('%PDF-1.7 test').toString('base64'),
      place: 'Pau',
      signedOn: '2030-06-01',
      signers: [
        { party: 'la-poste', signerName: 'Claire Martin', signerTitle: 'Directrice régionale' },
        { party: 'partner', signerName: 'Bernard Lafitte', signerTitle: 'Président' }
      ]
    })
    expect((await services.agreements.get(agreement.id)).agreement.endDate).toBe('2031-12-31')
    // Place and date as each signer recorded them: never « Fait à Bordeaux » beside a signature made at Pau.
    const text = await amendmentText(agreement.id, amendment.id)
    expect(text).toContain('Pau')
    expect(text).not.toContain('Fait à Bordeaux')
  })
})
