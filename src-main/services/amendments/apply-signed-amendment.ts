import type { AppDatabase } from '../../db/schema'
import { agreementEndDate } from '../../shared/agreements/agreement-dates'
import { registerStateOf, type RegisterState } from '../../shared/amendments/register-state'
import { formatLongDate } from '../../shared/documents/french-format'
import { ConflictError } from '../../shared/errors'
import { addHistory } from '../agreements/agreement.repository'
import { readStoredContent } from '../agreements/agreement-content-json'
import type { IssueTarget } from '../documents/document-issuer'
import { consolidationOf } from './amendment-consolidation'
import { amendmentRecords } from './amendment-records'

export interface AmendmentSigner {
  party: 'la-poste' | 'partner'
  signerName: string
  signerTitle: string
}

const normalized = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr')

/** Refuses signers other than the capacities the amendment names: « représentée par A » is signed by A. */
export function assertNamedSigners(target: IssueTarget, signers: readonly AmendmentSigner[]): void {
  const named = target.amendment?.signatories
  if (!named) return
  for (const party of ['la-poste', 'partner'] as const) {
    const expected = party === 'la-poste' ? named.laPoste : named.partner
    const who = party === 'la-poste' ? 'La Poste' : 'le Partenaire'
    const signer = signers.find((each) => each.party === party)
    if (!signer)
      throw new ConflictError(
        `L’avenant est signé par les deux Parties : il manque la signature pour ${who}.`
      )
    if (normalized(signer.signerName) !== normalized(expected.name))
      throw new ConflictError(
        `L’avenant nomme ${expected.name} pour ${who} : c’est ${expected.name} qui le signe, pas ${signer.signerName}.`
      )
  }
}

function describe(before: RegisterState, after: RegisterState, startDate: string | null): string[] {
  const parts: string[] = []
  if (before.durationMonths !== after.durationMonths) {
    const end = agreementEndDate(startDate, after.durationMonths)
    if (end) parts.push(`fin le ${formatLongDate(end)}`)
  }
  if (JSON.stringify(before.terms) !== JSON.stringify(after.terms)) parts.push('montant')
  if (JSON.stringify(before.indicators) !== JSON.stringify(after.indicators)) parts.push('indicateurs')
  if (
    JSON.stringify(before.laPosteSignatory) !== JSON.stringify(after.laPosteSignatory) ||
    before.partnerSignatoryContactId !== after.partnerSignatoryContactId
  )
    parts.push('signataire')
  return parts
}

/**
 * Inside the signing transaction of an amendment: the agreement record takes the register state the amendment
 * says (end date, amounts, indicators, signatory), so the register, exports and deadlines follow; the state it
 * replaces is kept on the amendment, so the convention as signed can be rebuilt. The one write of a signed
 * agreement's content that is allowed, because it is an amendment's.
 */
export async function applySignedAmendment(trx: AppDatabase, target: IssueTarget, at: string): Promise<void> {
  const amendment = target.amendment
  if (!amendment) return
  const { agreement } = target.sources
  const row = await trx
    .selectFrom('agreements')
    .selectAll()
    .where('id', '=', agreement.id)
    .executeTakeFirstOrThrow()
  const stored = readStoredContent(row)
  const current: RegisterState = registerStateOf({ ...stored, durationMonths: row.duration_months })
  await trx
    .updateTable('agreement_amendments')
    .set({ record_before: JSON.stringify(current) })
    .where('id', '=', amendment.id)
    .execute()
  const records = await amendmentRecords(trx, agreement.id)
  const consolidation = consolidationOf(target.sources, target.wordings, records, {
    number: amendment.number
  })
  const after = consolidation.steps.at(-1)?.state ?? current
  const changed = describe(current, after, row.start_date)
  if (changed.length === 0) return
  const { durationMonths, ...content } = after
  await trx
    .updateTable('agreements')
    .set({
      duration_months: durationMonths,
      end_date: agreementEndDate(row.start_date, durationMonths),
      content: JSON.stringify({ ...stored, ...content }),
      updated_at: at
    })
    .where('id', '=', agreement.id)
    .execute()
  await addHistory(trx, agreement.id, at, {
    kind: 'changed',
    summary: `Avenant n° ${amendment.number} signé : la convention est mise à jour (${changed.join(', ')}).`
  })
}
