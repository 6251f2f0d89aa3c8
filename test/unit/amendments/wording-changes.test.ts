import { describe, expect, it } from 'vitest'
import { AmendmentProblem } from '../../../src-main/shared/amendments/amendment-problem'
import { applyWordingChange } from '../../../src-main/shared/amendments/apply-wording-change'
import { cleanLines, type ConsolidatedText } from '../../../src-main/shared/amendments/consolidated-text'
import { changedWords } from '../../../src-main/shared/amendments/derived-wording'

const text: ConsolidatedText = {
  articles: [
    {
      key: 'object',
      number: '1',
      title: 'Objet',
      paragraphs: [[{ text: 'La convention a pour objet un relais.' }]],
      clauses: []
    },
    {
      key: 'governance',
      number: '2',
      title: 'Gouvernance',
      paragraphs: [
        [{ text: 'Le comité se réunit deux fois par an, deux fois au moins.' }],
        [{ text: 'Il rend compte.' }]
      ],
      clauses: []
    },
    {
      key: 'notices',
      number: '3',
      title: 'Notifications',
      paragraphs: [[{ text: 'Par lettre.' }]],
      clauses: []
    }
  ]
}

describe('wording changes on the convention as last amended', () => {
  it('numbers added articles « bis », then « ter », after the article named', () => {
    const once = applyWordingChange(
      text,
      { kind: 'add-article', afterArticleKey: 'object', title: 'Lieu', text: 'À Pau.' },
      1
    )
    const twice = applyWordingChange(
      once,
      { kind: 'add-article', afterArticleKey: 'object', title: 'Horaires', text: 'Le matin.' },
      2
    )
    expect(twice.articles.map((article) => article.number)).toEqual(['1', '1 bis', '1 ter', '2', '3'])
    expect(twice.articles[2]).toMatchObject({ title: 'Horaires', addedBy: 2 })
  })

  it('refuses words that appear more than once, and marks the words it replaces as deleted', () => {
    const target = { articleKey: 'governance', clauseKey: null }
    expect(() =>
      applyWordingChange(
        text,
        { kind: 'replace-words', target, paragraph: 1, from: 'deux fois', to: 'trois fois' },
        1
      )
    ).toThrow(AmendmentProblem)
    const changed = applyWordingChange(
      text,
      { kind: 'replace-words', target, paragraph: 1, from: 'deux fois par an', to: 'trois fois par an' },
      1
    )
    expect(changed.articles[1]?.paragraphs[0]).toEqual([
      { text: 'Le comité se réunit ' },
      { text: 'deux fois par an', change: 'deleted', amendment: 1 },
      { text: 'trois fois par an', change: 'inserted', amendment: 1 },
      { text: ', deux fois au moins.' }
    ])
    // Unchanged input: every change works on a copy.
    expect(text.articles[1]?.paragraphs[0]).toEqual([
      { text: 'Le comité se réunit deux fois par an, deux fois au moins.' }
    ])
  })

  it('leaves a deleted article out of the clean text, and refuses to change it again', () => {
    const deleted = applyWordingChange(
      text,
      { kind: 'delete-clause', target: { articleKey: 'notices', clauseKey: null } },
      1
    )
    expect(cleanLines(deleted)).not.toContain('Article 3 — Notifications')
    expect(() =>
      applyWordingChange(
        deleted,
        { kind: 'replace-clause', target: { articleKey: 'notices', clauseKey: null }, text: 'x' },
        2
      )
    ).toThrow(/un avenant précédent l’a supprimé/)
  })
})

describe('the words a register change replaces', () => {
  it('names whole amounts, in words and in figures, never half of one', () => {
    expect(
      changedWords(
        'un forfait de mille cinq cents euros (1 500,00 €) hors taxes par mois',
        'un forfait de mille huit cents euros (1 800,00 €) hors taxes par mois'
      )
    ).toEqual({ from: 'mille cinq cents euros (1 500,00 €)', to: 'mille huit cents euros (1 800,00 €)' })
  })

  it('names a whole date, and widens the words until they name one place in the paragraph', () => {
    expect(
      changedWords(
        'du 1er janvier au 31 décembre 2030, puis 2030 encore',
        'du 1er janvier au 31 décembre 2031, puis 2030 encore'
      )
    ).toEqual({
      from: '31 décembre 2030',
      to: '31 décembre 2031'
    })
  })
})
