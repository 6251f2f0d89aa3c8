import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import type { Agreement } from '../../../src-main/shared/domain/agreement'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

/** What each kind of convention must say, found in its issued text. */
function expectedClauses(agreement: Agreement): Array<string | RegExp> {
  const terms = agreement.terms
  switch (terms?.type) {
    case 'patronage':
      return [
        /article 238 bis du code général des impôts/,
        /ne se reconduit pas|n’est pas reconduit tacitement/,
        ...(terms.taxReceiptRequested ? [/Cerfa n°.16216/] : []),
        ...(terms.nature === 'skills'
          ? [/L\. 8241-2 du code du travail/, /trois fois le plafond de la sécurité sociale/]
          : []),
        ...(terms.nature === 'financial'
          ? [/Échéancier des versements/, /restitue à La Poste les sommes non utilisées/]
          : []),
        ...(terms.nature === 'in-kind'
          ? [/valeur nette comptable|coût de revient/, /et non à leur valeur de marché/]
          : [])
      ]
    case 'responsible-practices':
      return [
        /hors taxes/,
        /L\. 441-10 du code de commerce/,
        /L\. 442-1, II du code de commerce/,
        ...(terms.supplierStatus === 'esat' || terms.supplierStatus === 'ea'
          ? [/L\. 5212-10-1 du code du travail/]
          : []),
        ...(terms.reservedMarket ? [terms.supplierStatus === 'siae' ? /L\. 2113-13/ : /L\. 2113-12/] : [])
      ]
    case 'economic-cooperation':
      return [/hors taxes/, /secret des correspondances/, /La Banque Postale/, /Indépendance du Partenaire/]
    case 'social-innovation':
      return [/Évaluation et données/, /Propriété intellectuelle/, /Financement de La Poste/]
    case undefined:
      return []
  }
}

describe('the demo conventions', () => {
  let database: TempDatabase
  let agreements: Agreement[]
  beforeAll(async () => {
    database = await openTempDatabase()
    await seedDemoData(database.db, database.services, new Date('2026-11-28T10:00:00Z'))
    const { rows } = await database.services.agreements.search({ limit: 100 })
    agreements = await Promise.all(
      rows.map(async (row) => (await database.services.agreements.get(row.id)).agreement)
    )
  })
  afterAll(() => database.dispose())

  it('pass the signing gate once past the draft stage, and print their type’s clauses with no gap', async () => {
    const signable = agreements.filter((agreement) => agreement.status !== 'draft')
    expect(signable.length).toBeGreaterThanOrEqual(12)
    for (const agreement of signable) {
      const check = await database.services.agreements.check(agreement.id)
      expect({ title: agreement.title, problems: check.problems }).toEqual({
        title: agreement.title,
        problems: []
      })
      const html = (await database.services.documents.preview({ agreementId: agreement.id })).replace(
        /\u00a0/g,
        ' '
      )
      expect(html).not.toContain('[à compléter]')
      // A gift's instalments, like the gift itself, are outside the scope of VAT: never « HT » in its schedule.
      expect(html, agreement.title).not.toMatch(/Échéancier des versements(?:(?!<\/table>)[\s\S])*\bHT\b/)
      for (const clause of expectedClauses(agreement)) expect(html, agreement.title).toMatch(clause)
    }
  })

  it('show every mécénat nature and every supplier status, each only to a partner that may receive it', () => {
    const natures = agreements.flatMap((agreement) =>
      agreement.terms?.type === 'patronage' ? [agreement.terms.nature] : []
    )
    expect(new Set(natures)).toEqual(new Set(['financial', 'in-kind', 'skills']))
    const suppliers = agreements.flatMap((agreement) =>
      agreement.terms?.type === 'responsible-practices' ? [agreement.terms.supplierStatus] : []
    )
    expect(new Set(suppliers)).toEqual(new Set(['esat', 'ea', 'siae', 'other']))
    expect(
      agreements.some(
        (agreement) => agreement.type === 'patronage' && agreement.partnerName?.includes('Recyclerie')
      )
    ).toBe(false)
  })
})
