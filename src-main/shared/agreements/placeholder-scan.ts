import { buildConventionModel } from '../documents/build-convention'
import { inlineText, type Block, type DocumentModel } from '../documents/document-model'
import { MISSING } from '../documents/document-sources'
import type { AgreementIssue } from '../domain/agreement'
import type { AgreementContent, WizardStep } from '../schemas/agreement.schema'
import type { CheckContext } from './check-context'
import { conventionSources } from './convention-sources'
import { issue } from './issue-factory'

/** Where each article's gaps are filled in the wizard; an article not listed sends the reader to the review. */
const ARTICLE_FIELDS: Readonly<Partial<Record<string, readonly [WizardStep, string]>>> = {
  object: [1, 'title'],
  'la-poste-commitments': [5, 'laPosteCommitments'],
  'partner-commitments': [5, 'partnerCommitments'],
  terms: [4, 'terms'],
  indicators: [5, 'indicators'],
  governance: [6, 'followUpCommittee.composition'],
  communication: [6, 'communication.clause'],
  duration: [6, 'startDate'],
  termination: [6, 'noticeMonths'],
  'data-protection': [6, 'dataProtection'],
  confidentiality: [6, 'confidentiality'],
  disputes: [6, 'jurisdiction']
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.runs.map(inlineText).join('')]
    case 'list':
      return block.items.map((item) => item.map(inlineText).join(''))
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.join(' | ')), ...(block.total ?? [])]
  }
}

interface Gap {
  step: WizardStep
  field: string
  where: string
  texts: string[]
}

function gapsOf(model: DocumentModel): Gap[] {
  const [laPoste, partner] = model.parties
  const partyTexts = (party: typeof laPoste) => (party ? [party.name, ...party.details] : [])
  return [
    { step: 1, field: 'title', where: 'Dans le titre', texts: [model.title, model.subtitle] },
    {
      step: 7,
      field: 'laPosteSignatory.name',
      where: 'Dans la partie La Poste (Réglages)',
      texts: [...partyTexts(laPoste), laPoste?.representedBy ?? '']
    },
    {
      step: 2,
      field: 'partnerId',
      where: 'Dans la partie du partenaire (sa fiche)',
      texts: partyTexts(partner)
    },
    {
      step: 7,
      field: 'partnerSignatoryContactId',
      where: 'Dans la partie du partenaire',
      texts: [partner?.representedBy ?? '']
    },
    { step: 1, field: 'needId', where: 'Dans le préambule', texts: model.preamble.flatMap(blockTexts) },
    ...model.articles.map((article) => {
      const [step, field] = ARTICLE_FIELDS[article.key] ?? [8, `articles.${article.number}`]
      return {
        step,
        field,
        where: `Dans l’article ${article.number} « ${article.title} »`,
        texts: [...article.blocks, ...article.clauses.flatMap((clause) => clause.blocks)].flatMap(blockTexts)
      }
    }),
    {
      step: 1,
      field: 'needId',
      where: 'Dans les annexes (le besoin local)',
      texts: model.annexes.flatMap((annex) => annex.blocks.flatMap(blockTexts))
    },
    {
      step: 7,
      field: 'place',
      where: 'Dans le bloc des signatures',
      texts: [
        model.signature.madeAt,
        ...model.signature.columns.flatMap((column) => [column.signerName, column.signerTitle])
      ]
    }
  ]
}

/** A few words around the first placeholder, so the reader sees which sentence is unfinished. */
function excerpt(text: string): string {
  const at = text.indexOf(MISSING)
  const start = Math.max(0, at - 60)
  return `${start > 0 ? '…' : ''}${text.slice(start, at + MISSING.length).trim()}`
}

/**
 * « [à compléter] » anywhere in the convention this content would make, one problem per part that has a gap. The
 * safety net under the rules: it speaks only once every rule is satisfied, since a rule says more precisely what to
 * do, and it catches what no rule knows (a partner without an address, a Settings value left empty…).
 */
export function placeholderProblems(
  content: AgreementContent,
  context: CheckContext,
  others: readonly AgreementIssue[]
): AgreementIssue[] {
  if (others.length > 0) return []
  const model = buildConventionModel(conventionSources(content, context), {
    reference: context.document.reference,
    version: 1,
    kindLabel: 'Pour signature'
  })
  return gapsOf(model).flatMap(({ step, field, where, texts }) => {
    const gap = texts.find((text) => text.includes(MISSING))
    return gap === undefined
      ? []
      : [
          issue(
            'document-placeholder',
            step,
            field,
            `${where}, il reste « ${MISSING} » : « ${excerpt(gap)} ». Complétez ce qui manque avant la signature.`
          )
        ]
  })
}
