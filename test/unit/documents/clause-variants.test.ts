import { describe, expect, it } from 'vitest'
import {
  resolveClause,
  type ClauseDefinition
} from '../../../src-main/shared/documents/clause-library/clause-definition'
import {
  clauseLibrary,
  COMMON_CLAUSES,
  libraryEntry,
  unknownSlots
} from '../../../src-main/shared/documents/clause-library/clause-library'
import {
  ANNEXES_CLAUSE,
  DISPUTES_CLAUSE,
  ENTIRE_AGREEMENT_CLAUSE,
  FINANCIAL_TERMS_CLAUSE,
  SIGNATURE_FORMULA_CLAUSE
} from '../../../src-main/shared/documents/clause-library/common-clauses-ending'
import {
  DURATION_CLAUSE,
  EXCLUSIVITY_CLAUSE,
  COMMUNICATION_CLAUSE
} from '../../../src-main/shared/documents/clause-library/common-clauses-relationship'
import {
  DATA_PROTECTION_CLAUSE,
  INTELLECTUAL_PROPERTY_CLAUSE
} from '../../../src-main/shared/documents/clause-library/common-clauses-risks'
import type { ConventionFacts } from '../../../src-main/shared/documents/clause-library/convention-facts'
import { SAMPLE_CONVENTION_FACTS } from '../../../src-main/shared/documents/clause-library/sample-facts'
import { ownWording } from '../../../src-main/shared/documents/clause-library/superseded-defaults'
import { inlineText } from '../../../src-main/shared/documents/document-model'
import { typographyDefects } from '../../../src-main/shared/documents/typography-defects'

const facts = (changes: Partial<ConventionFacts>): ConventionFacts => ({
  ...SAMPLE_CONVENTION_FACTS,
  ...changes
})
const variant = (definition: ClauseDefinition<ConventionFacts>, changes: Partial<ConventionFacts>) =>
  resolveClause(definition, facts(changes)).source.variantId
const written = (definition: ClauseDefinition<ConventionFacts>, changes: Partial<ConventionFacts>) =>
  resolveClause(definition, facts(changes))
    .blocks.map((block) => (block.kind === 'paragraph' ? block.runs.map(inlineText).join('') : ''))
    .join('\n')
const text = (definition: ClauseDefinition<ConventionFacts>, changes: Partial<ConventionFacts>) =>
  written(definition, changes).replace(/[\u00a0\u202f]/g, ' ')

describe('each variant of the common clauses is chosen by the facts', () => {
  it('data protection: processor for economic cooperation, joint controllers for social innovation, else separate', () => {
    expect(variant(DATA_PROTECTION_CLAUSE, { type: 'economic-cooperation' })).toBe('processor')
    expect(text(DATA_PROTECTION_CLAUSE, { type: 'economic-cooperation' })).toContain(
      'article 28 du règlement (UE) 2016/679'
    )
    expect(variant(DATA_PROTECTION_CLAUSE, { type: 'social-innovation' })).toBe('joint-controllers')
    expect(text(DATA_PROTECTION_CLAUSE, { type: 'social-innovation' })).toContain('article 26')
    expect(variant(DATA_PROTECTION_CLAUSE, { type: 'patronage' })).toBe('separate-controllers')
    expect(variant(DATA_PROTECTION_CLAUSE, { type: null })).toBe('separate-controllers')
  })

  it('disputes: a court only between traders (art. 48 CPC), the general rule for associations', () => {
    expect(variant(DISPUTES_CLAUSE, { partnerIsTrader: true })).toBe('commercial-court')
    expect(text(DISPUTES_CLAUSE, { partnerIsTrader: true })).toContain('tribunal de commerce de Bordeaux')
    expect(variant(DISPUTES_CLAUSE, { partnerIsTrader: false })).toBe('general-rule')
    expect(text(DISPUTES_CLAUSE, { partnerIsTrader: false })).not.toMatch(/tribunal/)
    expect(text(DISPUTES_CLAUSE, { partnerIsTrader: false })).toMatch(/amiable/)
  })

  it('signature formula: one electronic original when drawn in the app, two paper originals otherwise', () => {
    expect(variant(SIGNATURE_FORMULA_CLAUSE, { signatureMode: 'electronic' })).toBe('electronic')
    expect(text(SIGNATURE_FORMULA_CLAUSE, { signatureMode: 'electronic' })).toContain(
      'un (1) exemplaire original électronique'
    )
    expect(text(SIGNATURE_FORMULA_CLAUSE, { signatureMode: 'paper-signed', signaturePlace: 'Pau' })).toMatch(
      /^Fait à Pau, le .*, en deux \(2\) exemplaires originaux/
    )
    expect(variant(SIGNATURE_FORMULA_CLAUSE, { signatureMode: 'paper-unsigned' })).toBe('paper')
  })

  it('duration by renewal rule, with the inclusive end date', () => {
    expect(variant(DURATION_CLAUSE, { renewalRule: 'tacit' })).toBe('tacit-renewal')
    expect(variant(DURATION_CLAUSE, { renewalRule: 'express' })).toBe('express-renewal')
    expect(variant(DURATION_CLAUSE, { renewalRule: null })).toBe('no-renewal')
    expect(text(DURATION_CLAUSE, {})).toContain('du 1er janvier 2027 au 31 décembre 2027 inclus')
  })

  it('exclusivity, intellectual property, precedence, annexes and money follow the terms', () => {
    expect(variant(EXCLUSIVITY_CLAUSE, { exclusivityChosen: true })).toBe('chosen-exclusivity')
    expect(variant(EXCLUSIVITY_CLAUSE, { exclusivityChosen: false })).toBe('non-exclusive')
    expect(variant(INTELLECTUAL_PROPERTY_CLAUSE, { type: 'social-innovation' })).toBe('terms-govern')
    expect(variant(INTELLECTUAL_PROPERTY_CLAUSE, { type: 'patronage' })).toBe('each-keeps')
    expect(text(ENTIRE_AGREEMENT_CLAUSE, { nationalFramework: true })).toContain(
      'l’accord national conclu entre La Poste et Fédération'
    )
    expect(variant(ENTIRE_AGREEMENT_CLAUSE, { nationalFramework: false })).toBe('direct')
    expect(variant(ANNEXES_CLAUSE, { annexList: '' })).toBe('no-annex')
    expect(text(ANNEXES_CLAUSE, {})).toContain('font partie intégrante')
    expect(variant(FINANCIAL_TERMS_CLAUSE, { type: 'patronage' })).toBe('gift')
    expect(text(FINANCIAL_TERMS_CLAUSE, { type: 'responsible-practices' })).toContain(
      'article L. 441-10 du code de commerce'
    )
    expect(resolveClause(COMMUNICATION_CLAUSE, { logoUseAllowed: true }).source.variantId).toBe(
      'logos-allowed'
    )
  })

  it('every default wording of every variant is signable: no defect once written, no unknown slot', () => {
    for (const entry of COMMON_CLAUSES)
      for (const candidate of entry.variants) {
        expect(unknownSlots(entry, candidate.defaultText), `${entry.key}#${candidate.id}`).toEqual([])
        expect(candidate.defaultText).not.toMatch(/accusé de réception|'/)
      }
    for (const definition of [
      DATA_PROTECTION_CLAUSE,
      DISPUTES_CLAUSE,
      DURATION_CLAUSE,
      FINANCIAL_TERMS_CLAUSE
    ])
      for (const type of ['economic-cooperation', 'social-innovation', 'patronage'] as const)
        expect(typographyDefects(written(definition, { type })), `${definition.key} ${type}`).toEqual([])
  })
})

describe('the registry', () => {
  it('takes the partnership types’ clauses beside the common ones, and refuses a key twice', () => {
    const typeClause: ClauseDefinition<{ amount: string }> = {
      key: 'patronage.receipt',
      title: 'Reçu fiscal',
      slots: (sample) => ({ amount: sample.amount }),
      variants: [{ id: 'standard', label: 'Reçu', applies: () => true, text: 'Reçu pour {amount}.' }]
    }
    const library = clauseLibrary([libraryEntry(typeClause, { amount: '100 €' })])
    expect(library.at(-1)).toMatchObject({ key: 'patronage.receipt', slots: { amount: '100 €' } })
    expect(library.at(-1)?.preview('Reçu pour {amount}.')).toBe('Reçu pour 100 €.')
    expect(() =>
      clauseLibrary([libraryEntry(typeClause, { amount: '1' }), libraryEntry(typeClause, { amount: '2' })])
    ).toThrow(/duplicate/)
  })

  it('treats the wizard’s old default wordings as « use the library », anything else as the agreement’s own', () => {
    expect(ownWording('')).toBeNull()
    expect(
      ownWording(
        'À défaut d’accord amiable, tribunal judiciaire dans le ressort duquel se trouve la direction régionale de La Poste'
      )
    ).toBeNull()
    expect(ownWording('Clause négociée avec le partenaire.')).toBe('Clause négociée avec le partenaire.')
  })
})

describe('the registered library', () => {
  it('holds the common clauses and every partnership type’s clauses, each previewable on a sample', async () => {
    const { CLAUSE_LIBRARY } =
      await import('../../../src-main/shared/documents/clause-library/registered-library')
    const keys = CLAUSE_LIBRARY.map((entry) => entry.key)
    expect(keys).toContain('common.force-majeure')
    for (const type of ['economic-cooperation', 'social-innovation', 'responsible-practices', 'patronage'])
      expect(
        keys.some((key) => key.startsWith(`${type}.`)),
        type
      ).toBe(true)
    for (const entry of CLAUSE_LIBRARY)
      for (const candidate of entry.variants)
        expect(typeof entry.preview(candidate.defaultText)).toBe('string')
  })
})
