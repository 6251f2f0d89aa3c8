import type { AmendmentChange } from '@shared/amendments/amendment-change.schema'
import type { AmendmentDraftingView, DraftingUnit } from '@shared/amendments/drafting-view'
import { parseAmountToCents } from '../../../format'

export const CHANGE_KINDS = [
  { kind: 'replace-clause', label: 'Remplacer un article ou un sous-article' },
  { kind: 'replace-words', label: 'Remplacer des mots dans un alinéa' },
  { kind: 'add-article', label: 'Ajouter un article (« bis »)' },
  { kind: 'delete-clause', label: 'Supprimer un article ou un sous-article' },
  { kind: 'end-date', label: 'Prolonger la convention' },
  { kind: 'amount', label: 'Modifier le montant' },
  { kind: 'indicators', label: 'Modifier les cibles des indicateurs' },
  { kind: 'signatory', label: 'Changer de signataire' }
] as const satisfies ReadonlyArray<{ kind: AmendmentChange['kind']; label: string }>

/** One change as the form holds it, every field as typed; `toChange` makes the typed change the service checks. */
export interface ChangeDraft {
  kind: AmendmentChange['kind']
  /** `articleKey` or `articleKey/clauseKey`. */
  target: string
  paragraph: number
  from: string
  to: string
  text: string
  afterArticleKey: string
  title: string
  newEndDate: string
  amount: string
  indicatorTargets: string[]
  party: 'la-poste' | 'partner'
  signatoryName: string
  signatoryTitle: string
  contactId: string
}

export interface TargetOption {
  id: string
  label: string
  unit: DraftingUnit
}

/** Every article and sub-clause of the convention as last amended, as the form lists them. */
export function targetOptions(view: AmendmentDraftingView): TargetOption[] {
  return view.articles.flatMap((article) => [
    { id: article.key, label: `Article ${article.number} — ${article.title}`, unit: article },
    ...article.clauses.map((clause) => ({
      id: `${article.key}/${clause.key}`,
      label: `Article ${clause.number}${clause.title ? ` — ${clause.title}` : ''}`,
      unit: clause
    }))
  ])
}

/** The current wording of a whole article: its own paragraphs, then its sub-clauses'. */
export function currentWording(view: AmendmentDraftingView, target: string): string {
  const [articleKey, clauseKey] = target.split('/')
  const article = view.articles.find((entry) => entry.key === articleKey)
  if (!article) return ''
  if (clauseKey)
    return article.clauses.find((clause) => clause.key === clauseKey)?.paragraphs.join('\n') ?? ''
  return [...article.paragraphs, ...article.clauses.flatMap((clause) => clause.paragraphs)].join('\n')
}

export function blankChange(view: AmendmentDraftingView): ChangeDraft {
  const first = targetOptions(view)[0]?.id ?? ''
  return {
    kind: 'replace-clause',
    target: first,
    paragraph: 1,
    from: '',
    to: '',
    text: currentWording(view, first),
    afterArticleKey: view.articles.at(-1)?.key ?? '',
    title: '',
    newEndDate: '',
    amount: '',
    indicatorTargets: view.indicators.map((indicator) =>
      indicator.target === null ? '' : String(indicator.target)
    ),
    party: 'la-poste',
    signatoryName: '',
    signatoryTitle: '',
    contactId: ''
  }
}

function targetOf(draft: ChangeDraft) {
  const [articleKey = '', clauseKey] = draft.target.split('/')
  return { articleKey, clauseKey: clauseKey ?? null }
}

export function toChange(draft: ChangeDraft, view: AmendmentDraftingView): AmendmentChange {
  switch (draft.kind) {
    case 'replace-clause':
      return { kind: draft.kind, target: targetOf(draft), text: draft.text }
    case 'replace-words':
      return {
        kind: draft.kind,
        target: targetOf(draft),
        paragraph: draft.paragraph,
        from: draft.from,
        to: draft.to
      }
    case 'add-article':
      return {
        kind: draft.kind,
        afterArticleKey: draft.afterArticleKey,
        title: draft.title,
        text: draft.text
      }
    case 'delete-clause':
      return { kind: draft.kind, target: targetOf(draft) }
    case 'end-date':
      return { kind: draft.kind, newEndDate: draft.newEndDate }
    case 'amount':
      return {
        kind: draft.kind,
        newAmountCents: parseAmountToCents(draft.amount) ?? Number.NaN,
        payments: null
      }
    case 'indicators':
      return {
        kind: draft.kind,
        indicators: view.indicators.map((indicator, index) => {
          const typed = (draft.indicatorTargets[index] ?? '').replace(',', '.').trim()
          return { ...indicator, target: typed === '' ? null : Number(typed) }
        })
      }
    case 'signatory':
      return {
        kind: draft.kind,
        party: draft.party,
        name: draft.signatoryName,
        title: draft.signatoryTitle,
        contactId: draft.contactId === '' ? null : Number(draft.contactId)
      }
  }
}
