import { describe, expect, it } from 'vitest'
import {
  resolveClause,
  wordingKey,
  type ClauseDefinition
} from '../../../src-main/shared/documents/clause-library/clause-definition'
import { inlineText } from '../../../src-main/shared/documents/document-model'

interface Facts {
  commercial: boolean
  court: string
}

const disputes: ClauseDefinition<Facts> = {
  key: 'common.disputes',
  title: 'Règlement des litiges',
  slots: (facts) => ({ court: facts.court }),
  variants: [
    {
      id: 'commercial-court',
      label: 'Entre commerçants : tribunal désigné',
      applies: (facts) => facts.commercial,
      text: 'Les parties recherchent d’abord un accord amiable.\n\nÀ défaut, le litige est porté devant le tribunal de commerce de {court}.'
    },
    {
      id: 'general-rule',
      label: 'Autres partenaires : règles de droit commun',
      applies: () => true,
      text: 'À défaut d’accord amiable, le tribunal compétent est désigné selon les règles de droit commun.'
    }
  ]
}

const textOf = (facts: Facts, wordings?: Parameters<typeof resolveClause>[2]) =>
  resolveClause(disputes, facts, wordings).blocks.map((block) =>
    block.kind === 'paragraph' ? block.runs.map(inlineText).join('') : ''
  )

describe('clause library contract', () => {
  it('picks the first variant that applies, fills its slots and splits its paragraphs', () => {
    expect(textOf({ commercial: true, court: 'Bordeaux' })).toEqual([
      'Les parties recherchent d’abord un accord amiable.',
      'À défaut, le litige est porté devant le tribunal de commerce de Bordeaux.'
    ])
    expect(resolveClause(disputes, { commercial: false, court: 'Bordeaux' }).source).toEqual({
      clauseKey: 'common.disputes',
      variantId: 'general-rule',
      version: 0
    })
  })

  it('uses the coordinator’s wording of a variant, records its version, and prints the placeholder for an empty slot', () => {
    const wordings = new Map([
      [
        wordingKey('common.disputes', 'commercial-court'),
        { text: 'Compétence : tribunal de {court}.', version: 3 }
      ]
    ])
    expect(textOf({ commercial: true, court: '' }, wordings)).toEqual([
      'Compétence\u00a0: tribunal de [à compléter].'
    ])
    expect(resolveClause(disputes, { commercial: true, court: 'Pau' }, wordings).source.version).toBe(3)
  })
})
