import type { AppDatabase } from '../../db/schema'
import {
  type AmendmentChange,
  type CreateStructuredAmendmentInput
} from '../../shared/amendments/amendment-change.schema'
import type { ChangeArticle } from '../../shared/amendments/consolidate'
import { currentParagraphs } from '../../shared/amendments/consolidated-text'
import type { AmendedArticle } from '../../shared/documents/build-amendment'
import { inlineText, type Block } from '../../shared/documents/document-model'
import type { Amendment } from '../../shared/domain/document'
import type { AmendmentDraftingView } from '../../shared/amendments/drafting-view'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import { ConflictError, ValidationError } from '../../shared/errors'
import type { CreateAmendmentInput } from '../../shared/schemas/document.schema'
import { addHistory } from '../agreements/agreement.repository'
import { consolidationOf } from '../amendments/amendment-consolidation'
import { amendmentRecords, type AmendmentSignatories } from '../amendments/amendment-records'
import { normalizeChanges, validateAmendment } from '../amendments/amendment-validation'
import { findAmendmentRow, toAmendment } from './amendment.repository'
import type { DocumentService } from './documents.service'

const AMENDABLE = new Set(['signed', 'active'])

function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.kind === 'paragraph' ? block.runs.map(inlineText).join('') : ''))
    .filter((text) => text !== '')
    .join('\n')
}

/** What travels in exchange bundles (their frozen wire format): one entry per article of the amendment. */
function exchangeSummary(
  articles: readonly ChangeArticle[],
  changes: readonly AmendmentChange[]
): AmendedArticle[] {
  return articles.map((article, index) => {
    const change = changes[index]
    return {
      articleNumber: Math.min(99, Math.max(1, Number.parseInt(/\d+/.exec(article.title)?.[0] ?? '1', 10))),
      articleTitle: article.title || (change?.kind ?? 'avenant'),
      newText: blocksText(article.blocks).slice(0, 8000) || article.title
    }
  })
}

function summary(articles: readonly ChangeArticle[]): string {
  return articles.map((article) => article.title.charAt(0).toLowerCase() + article.title.slice(1)).join(', ')
}

/** A signed agreement is never edited in place: a change is an amendment (avenant), numbered per agreement. */
export function createAmendmentService({
  db,
  documents,
  now = () => new Date()
}: {
  db: AppDatabase
  documents: Pick<DocumentService, 'target'>
  now?: () => Date
}) {
  async function context(agreementId: number) {
    const target = await documents.target({ agreementId })
    const { agreement } = target.sources
    if (!AMENDABLE.has(agreement.status))
      throw new ConflictError(
        `Un avenant ne se rédige que pour une convention signée ou en cours (celle-ci est « ${AGREEMENT_STATUS_LABELS[agreement.status]} »).`
      )
    return { ...target, records: await amendmentRecords(db, agreementId) }
  }

  /** The convention as last amended, target by target, with what the register says today: the form starts there. */
  async function draftingView(agreementId: number): Promise<AmendmentDraftingView> {
    const { sources, wordings, records } = await context(agreementId)
    const consolidation = consolidationOf(sources, wordings, records, null)
    const signatories = currentSignatories(sources)
    return {
      agreementId,
      reference: sources.agreement.reference,
      startDate: sources.agreement.startDate,
      endDate: sources.agreement.endDate,
      terms: sources.agreement.terms,
      indicators: sources.agreement.indicators,
      signatories,
      contacts: (sources.partner?.contacts ?? [])
        .filter((contact) => contact.maySign)
        .map((contact) => ({ id: contact.id, name: contact.name, role: contact.role ?? '' })),
      articles: consolidation.text.articles
        .filter((article) => article.deletedBy === undefined)
        .map((article) => ({
          key: article.key,
          number: article.number,
          title: article.title,
          paragraphs: currentParagraphs(article),
          clauses: article.clauses
            .filter((clause) => clause.deletedBy === undefined)
            .map((clause) => ({
              key: clause.key,
              number: clause.number,
              title: clause.title,
              paragraphs: currentParagraphs(clause)
            }))
        }))
    }
  }

  function currentSignatories(sources: Awaited<ReturnType<typeof context>>['sources']): AmendmentSignatories {
    return {
      laPoste: sources.agreement.laPosteSignatory,
      partner: { name: sources.partnerSignatory?.name ?? '', title: sources.partnerSignatory?.role ?? '' }
    }
  }

  /** `wholeArticles`: the older channel's own changes, kept as they travel in bundles. */
  async function create(
    input: CreateStructuredAmendmentInput,
    wholeArticles?: AmendedArticle[]
  ): Promise<Amendment> {
    const { sources, wordings, records } = await context(input.agreementId)
    const { agreement } = sources
    const pending = records.find((record) => record.status === 'draft')
    if (pending)
      throw new ConflictError(
        `L’avenant n° ${pending.number} n’est pas encore signé : faites-le signer d’abord.`
      )
    const number = (records.at(-1)?.number ?? 0) + 1
    const changes = normalizeChanges(input.changes)
    const consolidation = validateAmendment(
      sources,
      wordings,
      records,
      number,
      changes,
      input.effectiveDate,
      now()
    )
    const articles = consolidation.steps.at(-1)?.articles ?? []
    const at = now().toISOString()
    const id = await db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('agreement_amendments')
        .select((eb) => eb.fn.max<number | null>('number').as('last'))
        .where('agreement_id', '=', agreement.id)
        .executeTakeFirst()
      if ((last?.last ?? 0) + 1 !== number)
        throw new ConflictError('Un autre avenant vient d’être rédigé pour cette convention : rechargez-la.')
      const inserted = await trx
        .insertInto('agreement_amendments')
        .values({
          agreement_id: agreement.id,
          number,
          reason: input.reason,
          effective_date: input.effectiveDate,
          changes: JSON.stringify(wholeArticles ?? exchangeSummary(articles, changes)),
          structured_changes: JSON.stringify(changes),
          signatories: JSON.stringify(currentSignatories(sources)),
          status: 'draft',
          created_at: at,
          signed_at: null
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await addHistory(trx, agreement.id, at, {
        kind: 'changed',
        summary: `Avenant n° ${number} rédigé : ${summary(articles)}.`
      })
      return inserted.id
    })
    return toAmendment(await findAmendmentRow(db, agreement.id, id), agreement.reference)
  }

  /**
   * The older form of the channel: whole articles named by their number, each replaced by a new wording. Read as
   * « l’article N est remplacé par … » on the convention as last amended, and checked like any other change.
   */
  async function createWholeArticles(input: CreateAmendmentInput): Promise<Amendment> {
    const { sources, wordings, records } = await context(input.agreementId)
    const text = consolidationOf(sources, wordings, records, null).text
    const changes = input.changes.map((change, index): AmendmentChange => {
      const article = text.articles.find((candidate) => candidate.number === String(change.articleNumber))
      if (!article)
        throw new ValidationError(`La convention n’a pas d’article ${change.articleNumber}.`, {
          [`changes.${index}.articleNumber`]: `La convention n’a pas d’article ${change.articleNumber}.`
        })
      return {
        kind: 'replace-clause',
        target: { articleKey: article.key, clauseKey: null },
        text: change.newText
      }
    })
    return create(
      {
        agreementId: input.agreementId,
        reason: input.reason,
        effectiveDate: input.effectiveDate,
        changes
      },
      input.changes
    )
  }

  return { create, createWholeArticles, draftingView }
}
