import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import type { BundleAmendment, BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { addHistory } from '../agreements/agreement.repository'
import { applySignedAmendment } from '../amendments/apply-signed-amendment'
import { loadAmendmentContext, type AmendmentContext } from '../amendments/amendment-context'
import { amendmentIssueTarget } from '../amendments/amendment-issue-target'
import type { EvidenceFilter } from './evidence-filter'
import type { PlannedAgreement } from './import-plan'
import { contactsOf, localChanges, namedSignatories } from './incoming-amendments'
import { fromBundleRegisterState, sameAmendment } from './portable-amendments'

/** An incoming amendment this installation lacks, or holds only as a draft while the other side signed it. */
export interface AmendmentToWrite {
  reference: string
  amendment: BundleAmendment
  /** The local draft it replaces; null when the number is new here. */
  localDraftId: number | null
}

export { sameAmendment } from './portable-amendments'

/**
 * Amendments are matched by agreement and number. A number unknown here is added; a local draft of the same
 * amendment is replaced once the other side signed it (the signed amendment is what binds both parties). An
 * amendment written here differently under the same number is kept as it is, never overwritten: `differing` lists
 * them, for the coordinator to settle with the colleague.
 */
export async function planAmendments(
  db: AppDatabase,
  manifest: BundleManifest,
  accepts: EvidenceFilter
): Promise<{ toWrite: AmendmentToWrite[]; differing: Array<{ reference: string; number: number }> }> {
  const withAmendments = manifest.agreements
    .map((agreement) => ({
      ...agreement,
      amendments: agreement.amendments.filter((amendment) => accepts(agreement.reference, amendment.number))
    }))
    .filter((agreement) => agreement.amendments.length > 0)
  const rows = await inSlices(
    withAmendments.map((agreement) => agreement.reference),
    (references) =>
      db
        .selectFrom('agreement_amendments')
        .innerJoin('agreements', 'agreements.id', 'agreement_amendments.agreement_id')
        .select([
          'agreements.reference',
          'agreement_amendments.number',
          'agreement_amendments.id',
          'agreement_amendments.status',
          'agreement_amendments.reason',
          'agreement_amendments.changes'
        ])
        .where('agreements.reference', 'in', references)
        .execute()
  )
  const local = new Map(rows.map((row) => [`${row.reference} ${row.number}`, row]))
  const toWrite: AmendmentToWrite[] = []
  const differing: Array<{ reference: string; number: number }> = []
  for (const agreement of withAmendments)
    for (const amendment of agreement.amendments) {
      const mine = local.get(`${agreement.reference} ${amendment.number}`)
      if (!mine) toWrite.push({ reference: agreement.reference, amendment, localDraftId: null })
      else if (!sameAmendment(mine, amendment))
        differing.push({ reference: agreement.reference, number: amendment.number })
      else if (mine.status === 'draft' && amendment.status === 'signed')
        toWrite.push({ reference: agreement.reference, amendment, localDraftId: mine.id })
    }
  return { toWrite, differing }
}

/** The columns an incoming amendment writes, its structured changes read with this installation's contacts. */
function amendmentValues(amendment: BundleAmendment, context: AmendmentContext, applies: boolean) {
  const contacts = contactsOf(context.sources)
  const read = localChanges(amendment, contacts)
  return {
    reason: amendment.reason,
    effective_date: amendment.effectiveDate,
    changes: JSON.stringify(amendment.changes),
    // Changes this installation cannot read keep the whole-article summary alone, as from an older version.
    structured_changes: 'changes' in read ? JSON.stringify(read.changes) : null,
    // Applied here, it names the capacities the plan found equal to the convention's signatories here.
    signatories: JSON.stringify(
      applies
        ? namedSignatories(context.sources)
        : (amendment.signatories ?? namedSignatories(context.sources))
    ),
    record_before: amendment.registerBefore
      ? JSON.stringify(fromBundleRegisterState(amendment.registerBefore, contacts))
      : null,
    status: amendment.status,
    signed_at: amendment.signedAt
  }
}

/**
 * Writes them inside the import transaction, after the agreements, for the agreements the import accepts only;
 * each gets a history line naming the bundle. A signed amendment to a convention signed here (`amendedBy` in the
 * plan, checked there) is applied as a local signature applies it: the register takes its end date, amounts,
 * indicators and signatory, the state it replaces is kept with it. Elsewhere the agreement arrived as amended.
 */
export async function mergeAmendments(
  trx: AppDatabase,
  manifest: BundleManifest,
  accepts: EvidenceFilter,
  origin: string,
  at: string,
  plan: readonly PlannedAgreement[]
): Promise<number> {
  const { toWrite } = await planAmendments(trx, manifest, accepts)
  const amendedBy = new Map(plan.map((item) => [item.incoming.reference, item.amendedBy]))
  const ordered = [...toWrite].sort(
    (left, right) =>
      left.reference.localeCompare(right.reference) || left.amendment.number - right.amendment.number
  )
  for (const { reference, amendment, localDraftId } of ordered) {
    const agreement = await trx
      .selectFrom('agreements')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirst()
    if (!agreement) continue
    const context = await loadAmendmentContext(trx, agreement.id)
    const applies = amendedBy.get(reference)?.includes(amendment.number) === true
    const values = amendmentValues(amendment, context, applies)
    let amendmentId = localDraftId
    if (amendmentId === null)
      amendmentId = (
        await trx
          .insertInto('agreement_amendments')
          .values({
            ...values,
            ...(applies ? { record_before: null } : {}),
            agreement_id: agreement.id,
            number: amendment.number,
            created_at: amendment.createdAt
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    else await trx.updateTable('agreement_amendments').set(values).where('id', '=', amendmentId).execute()
    await addHistory(trx, agreement.id, at, {
      kind: 'changed',
      summary:
        localDraftId === null
          ? `Avenant n° ${amendment.number}${amendment.status === 'signed' ? ' signé' : ''} reçu du ${origin}.`
          : `Avenant n° ${amendment.number} signé, reçu du ${origin} : il remplace son brouillon.`
    })
    if (applies)
      await applySignedAmendment(
        trx,
        await amendmentIssueTarget(trx, context.sources, context.wordings, amendmentId),
        at
      )
  }
  return toWrite.length
}
