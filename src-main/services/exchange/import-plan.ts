import type { AppDatabase } from '../../db/schema'
import { findAgreementIdsByReference } from '../agreements/agreement.repository'
import type { ImportCategory, ImportPreview, ImportPreviewRow } from '../../shared/domain/exchange'
import type { BundleAgreement } from '../../shared/exchange/bundle-manifest.schema'
import type { VerifiedBundle } from './bundle-reader'
import { canonicalJson } from './content-hash'
import { loadPortableAgreements, type PortableAgreement } from './portable-agreements'
import { readBaseHashes } from './sync.repository'

/** An incoming agreement, its category and what it is matched with here. */
export interface PlannedAgreement {
  incoming: BundleAgreement
  category: ImportCategory
  local: PortableAgreement | null
  localBaseHash: string | null
}

const FIELD_LABELS: Record<string, string> = {
  status: 'statut',
  title: 'intitulé',
  route: 'voie de conclusion',
  type: 'type de partenariat',
  domainCodes: "domaines d'action",
  benefitCodes: 'bénéfices',
  startDate: 'date de début',
  durationMonths: 'durée',
  renewalRule: 'renouvellement',
  noticeMonths: 'préavis',
  laPosteCommitments: 'engagements de La Poste',
  partnerCommitments: 'engagements du partenaire',
  indicators: 'indicateurs',
  followUpCommittee: 'comité de suivi',
  communication: 'communication',
  dataProtection: 'protection des données',
  confidentiality: 'confidentialité',
  jurisdiction: 'juridiction',
  laPosteSite: 'site La Poste',
  laPosteSignatory: 'signataire La Poste',
  place: 'lieu de signature',
  terms: 'modalités'
}

/** The fields that differ, in French, for the preview. */
function differences(incoming: BundleAgreement, local: PortableAgreement): string[] {
  const mine = local.agreement
  const pairs: Array<[string, unknown, unknown]> = [
    ['status', incoming.status, mine.status],
    ['domainCodes', [...incoming.domainCodes].sort(), [...mine.domainCodes].sort()],
    ...Object.keys(incoming.content).map((key): [string, unknown, unknown] => [
      key,
      incoming.content[key as keyof BundleAgreement['content']],
      mine.content[key as keyof BundleAgreement['content']]
    ])
  ]
  return pairs
    .filter(([, theirs, ours]) => canonicalJson(theirs) !== canonicalJson(ours))
    .map(([key]) => FIELD_LABELS[key] ?? key)
}

/**
 * Three-way comparison, per agreement matched by reference. The base is the content hash both sides last agreed on:
 * recorded here when the agreement was last exported or imported (`exchange_sync`), and sent by the other side as
 * `baseHash`. Mine equal to a base means only they changed it (updated); theirs equal to my base means only I did
 * (outdated, nothing to take); anything else that differs is a conflict for the coordinator to settle.
 */
export function categorize(
  incoming: BundleAgreement,
  localHash: string | null,
  localBaseHash: string | null
): ImportCategory {
  if (localHash === null) return 'new'
  if (localHash === incoming.contentHash) return 'identical'
  if (localHash === localBaseHash || localHash === incoming.baseHash) return 'updated'
  if (incoming.contentHash === localBaseHash) return 'outdated'
  return 'conflict'
}

export async function planImport(db: AppDatabase, bundle: VerifiedBundle): Promise<PlannedAgreement[]> {
  const idByReference = await findAgreementIdsByReference(
    db,
    bundle.manifest.agreements.map((agreement) => agreement.reference)
  )
  const localIds = [...idByReference.values()]
  const locals = await loadPortableAgreements(db, localIds, { contentOnly: true })
  const localByReference = new Map(locals.agreements.map((item) => [item.agreement.reference, item]))
  const bases = await readBaseHashes(db, localIds)
  return bundle.manifest.agreements.map((incoming) => {
    const local = localByReference.get(incoming.reference) ?? null
    const localBaseHash = local === null ? null : (bases.get(local.id) ?? null)
    return {
      incoming,
      local,
      localBaseHash,
      category: categorize(incoming, local?.agreement.contentHash ?? null, localBaseHash)
    }
  })
}

export function toPreview(
  bundle: VerifiedBundle,
  plan: readonly PlannedAgreement[],
  amendments: Pick<ImportPreview, 'newDocumentCount' | 'amendmentsKept'>
): ImportPreview {
  const { manifest } = bundle
  const partnerByKey = new Map(manifest.partners.map((partner) => [partner.key, partner]))
  const counts: Record<ImportCategory, number> = {
    new: 0,
    updated: 0,
    identical: 0,
    outdated: 0,
    conflict: 0
  }
  const rows = plan.map((item): ImportPreviewRow => {
    counts[item.category] += 1
    const partner = item.incoming.partnerKey === null ? undefined : partnerByKey.get(item.incoming.partnerKey)
    return {
      reference: item.incoming.reference,
      title: item.incoming.content.title,
      partnerName: partner?.name ?? null,
      category: item.category,
      differences:
        item.local && (item.category === 'updated' || item.category === 'conflict')
          ? differences(item.incoming, item.local)
          : []
    }
  })
  return {
    bundleId: manifest.bundleId,
    exportedAt: manifest.exportedAt,
    exportedBy: { name: manifest.exportedBy.name, region: manifest.exportedBy.region },
    anonymised: manifest.anonymised,
    documentCount: manifest.documents.length,
    ...amendments,
    counts,
    rows
  }
}
