import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import type { BundleAmendment, BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { addHistory } from '../agreements/agreement.repository'
import type { EvidenceFilter } from './evidence-filter'

/** An incoming amendment this installation lacks, or holds only as a draft while the other side signed it. */
export interface AmendmentToWrite {
  reference: string
  amendment: BundleAmendment
  /** The local draft it replaces; null when the number is new here. */
  localDraftId: number | null
}

/** Same reason and same amended articles: the same amendment, whatever its status. */
export function sameAmendment(
  local: { reason: string; changes: string },
  incoming: BundleAmendment
): boolean {
  return local.reason === incoming.reason && local.changes === JSON.stringify(incoming.changes)
}

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

/**
 * Writes them inside the import transaction, after the agreements, for the agreements the import accepts only;
 * each gets a history line naming the bundle.
 */
export async function mergeAmendments(
  trx: AppDatabase,
  manifest: BundleManifest,
  accepts: EvidenceFilter,
  origin: string,
  at: string
): Promise<number> {
  const { toWrite } = await planAmendments(trx, manifest, accepts)
  for (const { reference, amendment, localDraftId } of toWrite) {
    const agreement = await trx
      .selectFrom('agreements')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirst()
    if (!agreement) continue
    const values = {
      reason: amendment.reason,
      effective_date: amendment.effectiveDate,
      changes: JSON.stringify(amendment.changes),
      status: amendment.status,
      signed_at: amendment.signedAt
    }
    if (localDraftId === null)
      await trx
        .insertInto('agreement_amendments')
        .values({
          ...values,
          agreement_id: agreement.id,
          number: amendment.number,
          created_at: amendment.createdAt
        })
        .execute()
    else await trx.updateTable('agreement_amendments').set(values).where('id', '=', localDraftId).execute()
    await addHistory(trx, agreement.id, at, {
      kind: 'changed',
      summary:
        localDraftId === null
          ? `Avenant n° ${amendment.number} reçu du ${origin}.`
          : `Avenant n° ${amendment.number} signé, reçu du ${origin} : il remplace son brouillon.`
    })
  }
  return toWrite.length
}
