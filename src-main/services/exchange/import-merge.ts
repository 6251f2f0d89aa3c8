import type { AppDatabase } from '../../db/schema'
import { agreementEndDate } from '../../shared/agreements/agreement-dates'
import type { ConflictChoice } from '../../shared/domain/exchange'
import type { BundleAgreement, BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import { splitContent } from '../agreements/agreement-content-json'
import {
  addHistory,
  addHistoryEntries,
  insertAgreementRow,
  insertBenefits,
  insertDomains,
  replaceBenefits,
  replaceDomains,
  updateAgreementRow
} from '../agreements/agreement.repository'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import { formatFingerprint } from '../../shared/exchange/bundle-sender'
import type { PlannedAgreement } from './import-plan'
import { createReferenceResolver } from './import-references'
import { recordIncomingTermination } from './incoming-lifecycle'
import { writeBaseHash } from './sync.repository'

const HISTORY_KINDS = new Set(['created', 'duplicated', 'status', 'changed'])

export interface MergeCounts {
  created: number
  updated: number
  kept: number
  unchanged: number
}

/** Does this planned agreement write anything, given the coordinator's choices? */
export function writesSomething(item: PlannedAgreement, choice: ConflictChoice | undefined): boolean {
  if (item.category === 'new' || item.category === 'updated') return true
  if (item.category === 'conflict')
    return choice === 'take' || item.localBaseHash !== item.incoming.contentHash
  if (item.category === 'identical') return item.localBaseHash !== item.incoming.contentHash
  return false
}

/** Keeps the reference counter ahead of imported references, so the next local agreement never collides. */
async function bumpSequence(
  trx: AppDatabase,
  parsed: { year: number; department: string; sequence: number }
): Promise<void> {
  await trx
    .insertInto('agreement_sequences')
    .values({ year: parsed.year, department: parsed.department, last_sequence: parsed.sequence })
    .onConflict((conflict) =>
      conflict.columns(['year', 'department']).doUpdateSet({
        last_sequence: (eb) =>
          eb.fn('max', [eb.ref('agreement_sequences.last_sequence'), eb.val(parsed.sequence)])
      })
    )
    .execute()
}

/**
 * "fichier d'échange du 28/11/2026 de Claire Dubois (Nouvelle-Aquitaine), signé par la clé 1A2B 3C4D …, lot
 * 1a2b3c4d": history lines name it, and say whether its signature checked.
 */
export function bundleOrigin(manifest: BundleManifest, fingerprint: string | null): string {
  const { name, region } = manifest.exportedBy
  const day = manifest.exportedAt.slice(0, 10).split('-').reverse().join('/')
  const signature = fingerprint === null ? 'non signé' : `signé par la clé ${formatFingerprint(fingerprint)}`
  return `fichier d'échange du ${day}${name ? ` de ${name}` : ''}${region ? ` (${region})` : ''}, ${signature}, lot ${manifest.bundleId.slice(0, 8)}`
}

/**
 * Writes the planned import; call it inside ONE transaction so a failure leaves nothing half-imported. New
 * agreements keep their reference, status and history; taken ones are rewritten; each gets a history line naming
 * the bundle, and every agreement compared records the bundle's hash as its new common base.
 */
export async function mergeBundle(
  trx: AppDatabase,
  manifest: BundleManifest,
  plan: readonly PlannedAgreement[],
  choices: Readonly<Record<string, ConflictChoice>>,
  { at, origin }: { at: string; origin: string }
): Promise<MergeCounts> {
  const resolve = createReferenceResolver(trx, manifest, at)
  const sender = manifest.exportedBy.name.trim() || "l'expéditeur"
  const counts: MergeCounts = { created: 0, updated: 0, kept: 0, unchanged: 0 }
  // The highest imported sequence per year and department, written once at the end.
  const lastSequences = new Map<string, number>()
  const noteSequence = (reference: string) => {
    const match = /^AD-(\d{4})-([0-9AB]{2,3})-(\d{4})$/.exec(reference)
    if (!match) return
    const key = `${match[1]} ${match[2]}`
    lastSequences.set(key, Math.max(lastSequences.get(key) ?? 0, Number(match[3])))
  }

  async function localContent(incoming: BundleAgreement): Promise<AgreementContent> {
    const partnerId = await resolve.partnerId(incoming.partnerKey)
    const domainIds: number[] = []
    for (const code of incoming.domainCodes) {
      const id = await resolve.domainId(code)
      if (id !== null) domainIds.push(id)
    }
    return {
      ...incoming.content,
      needId: await resolve.needId(incoming.needKey),
      partnerId,
      domainIds,
      partnerSignatoryContactId: await resolve.contactId(partnerId, incoming.partnerSignatoryName)
    }
  }

  for (const item of plan) {
    const { incoming } = item
    const choice = choices[incoming.reference]
    if (!writesSomething(item, choice)) {
      counts.unchanged += 1
      continue
    }
    const take =
      item.category === 'new' ||
      item.category === 'updated' ||
      (item.category === 'conflict' && choice === 'take')
    let id = item.local?.id ?? null
    if (take && item.statusOnly && item.local !== null) {
      // Its content changes only through the signed amendments the bundle brings, applied with them.
      id = item.local.id
      if (incoming.status !== item.local.agreement.status) {
        await updateAgreementRow(trx, id, { status: incoming.status, updated_at: at })
        await addHistory(trx, id, at, {
          kind: 'status',
          fromStatus: item.local.agreement.status,
          toStatus: incoming.status,
          summary: `Statut reçu du ${origin} : ${AGREEMENT_STATUS_LABELS[incoming.status].toLowerCase()}.`
        })
      }
      counts.updated += 1
    } else if (take) {
      const { columns, domainIds, benefitCodes, json } = splitContent(await localContent(incoming))
      const row = {
        ...columns,
        status: incoming.status,
        end_date: agreementEndDate(columns.start_date, columns.duration_months),
        wizard_step: incoming.wizardStep,
        content: json,
        updated_at: incoming.updatedAt
      }
      if (id === null) {
        id = await insertAgreementRow(trx, {
          ...row,
          reference: incoming.reference,
          year: incoming.year,
          department: incoming.department,
          version: 1,
          created_at: incoming.createdAt
        })
        noteSequence(incoming.reference)
        // The sender's history is theirs to vouch for: each line says where it comes from.
        await addHistoryEntries(trx, id, [
          ...incoming.history.map((entry) => ({
            at: entry.at,
            kind: (HISTORY_KINDS.has(entry.kind) ? entry.kind : 'changed') as 'changed',
            summary: `Selon ${sender} : ${entry.summary}`,
            ...(entry.fromStatus ? { fromStatus: entry.fromStatus } : {}),
            ...(entry.toStatus ? { toStatus: entry.toStatus } : {})
          })),
          { at, kind: 'changed', summary: `Importée depuis le ${origin}.` }
        ])
        counts.created += 1
      } else {
        await updateAgreementRow(trx, id, row)
        await addHistory(trx, id, at, {
          kind: 'changed',
          summary:
            item.category === 'conflict'
              ? `Conflit résolu en prenant la version du ${origin}.`
              : `Mise à jour depuis le ${origin}.`
        })
        counts.updated += 1
      }
      // A new agreement has no links yet: inserting them spares two deletes per agreement on a large import.
      const writeDomains = item.local === null ? insertDomains : replaceDomains
      const writeBenefits = item.local === null ? insertBenefits : replaceBenefits
      await writeDomains(trx, id, domainIds)
      await writeBenefits(trx, id, benefitCodes)
    } else if (id !== null && item.category === 'conflict') {
      await addHistory(trx, id, at, {
        kind: 'changed',
        summary: `Conflit résolu en gardant la version locale (${origin}).`
      })
      counts.kept += 1
    } else {
      counts.unchanged += 1
    }
    if (take && id !== null) await recordIncomingTermination(trx, id, incoming, at)
    if (id !== null) await writeBaseHash(trx, id, incoming.contentHash, manifest.bundleId, at)
  }
  for (const [key, sequence] of lastSequences) {
    const [year, department] = key.split(' ') as [string, string]
    await bumpSequence(trx, { year: Number(year), department, sequence })
  }
  return counts
}
