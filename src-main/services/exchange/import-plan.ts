import type { AppDatabase } from '../../db/schema'
import { isEditable, STATUS_TRANSITIONS } from '../../shared/agreements/status-flow'
import { findAgreementIdsByReference } from '../agreements/agreement.repository'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type {
  ConflictChoice,
  ImportCategory,
  ImportPreview,
  ImportPreviewRow
} from '../../shared/domain/exchange'
import type { RefusedItem } from '../../shared/exchange/bundle-sender'
import type { BundleAgreement } from '../../shared/exchange/bundle-manifest.schema'
import type { VerifiedBundle } from './bundle-reader'
import { canonicalJson } from './content-hash'
import type { IncomingVerdicts } from './import-validation'
import { amendedHere, bringsUnknownAmendments, incomingAmendmentsRefusal } from './incoming-amendments'
import { incomingSources, localFacts } from './incoming-sources'
import { loadPortableAgreements, type PortableAgreement } from './portable-agreements'
import { readBaseHashes } from './sync.repository'

/** An incoming agreement, its category and what it is matched with here. */
export interface PlannedAgreement {
  incoming: BundleAgreement
  category: ImportCategory
  local: PortableAgreement | null
  localBaseHash: string | null
  /**
   * Signed (or beyond) here: the import takes at most a status moved forward (signée → en cours…), never its text,
   * documents or signatures — only amendments change it.
   */
  lockedHere: boolean
  /** Past the draft here: its text is frozen, the import takes at most a status moved forward. */
  statusOnly: boolean
  /**
   * Signed here and changed by the bundle's new signed amendments, which explain the whole change: their numbers, in
   * the order the import applies them here (as a local signature would), never by rewriting the content.
   */
  amendedBy: number[]
}

/** The agreements the import may write, and what it refuses. */
export interface ImportPlan {
  agreements: PlannedAgreement[]
  refused: RefusedItem[]
}

/** Signed, active, ended, terminated: an import never rewrites these, only amendments change them. */
const LOCKED: ReadonlySet<AgreementStatus> = new Set(['signed', 'active', 'ended', 'terminated'])

function reachable(from: AgreementStatus, to: AgreementStatus): boolean {
  const seen = new Set<AgreementStatus>()
  const queue = [...STATUS_TRANSITIONS[from]]
  while (queue.length > 0) {
    const next = queue.shift() as AgreementStatus
    if (next === to) return true
    if (!seen.has(next)) {
      seen.add(next)
      queue.push(...STATUS_TRANSITIONS[next])
    }
  }
  return false
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
 * Three-way comparison, per agreement matched by reference. The base is the content hash both sides last agreed on,
 * as recorded HERE when the agreement was last exported or imported (`exchange_sync`) — never what the bundle claims:
 * a forged `baseHash` would pass a rewrite off as an update. Mine equal to the base means only they changed it
 * (updated); theirs equal to it means only I did (outdated, nothing to take); any other difference is a conflict.
 */
export function categorize(
  incoming: BundleAgreement,
  localHash: string | null,
  localBaseHash: string | null
): ImportCategory {
  if (localHash === null) return 'new'
  if (localHash === incoming.contentHash) return 'identical'
  if (localHash === localBaseHash) return 'updated'
  if (incoming.contentHash === localBaseHash) return 'outdated'
  return 'conflict'
}

const LOCKED_REASON = 'elle est signée ici et ne change que par avenant'

type ComparedAgreement = Omit<PlannedAgreement, 'lockedHere' | 'statusOnly' | 'amendedBy'>

/** Why an agreement signed here is not rewritten; null when the incoming change is acceptable. */
function lockedRefusal(item: ComparedAgreement): string | null {
  const { local, incoming, category } = item
  if (local === null || isEditable(local.agreement.status)) return null
  if (category !== 'updated' && category !== 'conflict') return null
  const changed = differences(incoming, local)
  if (
    changed.length === 1 &&
    changed[0] === FIELD_LABELS.status &&
    reachable(local.agreement.status, incoming.status)
  )
    return null
  return LOCKED.has(local.agreement.status)
    ? `${LOCKED_REASON} ; le fichier la réécrit (${changed.join(', ')}).`
    : `elle est « prête pour signature » ici et son texte ne change plus ; repassez-la en brouillon pour prendre la version du fichier (${changed.join(', ')}).`
}

/**
 * A convention signed here changes only through the bundle's amendments unknown here, each checked by the amendment
 * form's rules on the convention as it is here (drafts too, though they change nothing): it is taken only if its
 * new signed amendments, applied here, give exactly what the bundle says (content and partner's signatory). Anything
 * beyond them is a rewrite of a signed convention, refused, and so is an amendment the rules refuse.
 */
async function amendmentVerdict(
  db: AppDatabase,
  item: ComparedAgreement,
  locked: string | null
): Promise<{ refusal: string | null; amendedBy: number[] }> {
  const { local, incoming } = item
  const unchanged = { refusal: locked, amendedBy: [] }
  if (local === null || !LOCKED.has(local.agreement.status) || item.category === 'outdated') return unchanged
  if (!(await bringsUnknownAmendments(db, local.id, incoming))) return unchanged
  const amended = await amendedHere(db, local.id, incoming)
  if ('refusal' in amended) return { refusal: `${LOCKED_REASON} ; ${amended.refusal}.`, amendedBy: [] }
  if (amended.numbers.length === 0) return unchanged
  const expected = { ...local, agreement: { ...local.agreement, content: amended.content } }
  const changed = differences(incoming, expected)
  if (
    incoming.partnerSignatoryName !== null &&
    incoming.partnerSignatoryName !== amended.partnerSignatoryName
  )
    changed.push('signataire du partenaire')
  const onlyStatus = changed.length === 1 && changed[0] === FIELD_LABELS.status
  if (changed.length > 0 && !onlyStatus)
    return {
      refusal: `${LOCKED_REASON} ; le fichier la réécrit au-delà de ses avenants signés (${changed.join(', ')}).`,
      amendedBy: []
    }
  if (onlyStatus && !reachable(local.agreement.status, incoming.status)) return unchanged
  return { refusal: null, amendedBy: amended.numbers }
}

/**
 * Compares each incoming agreement with the local one, inside the caller's transaction when it imports, so the plan
 * is the one written. Agreements the validation refused, and those signed here that the bundle would rewrite, are
 * left out of the plan and listed as refused.
 */
export async function planImport(
  db: AppDatabase,
  bundle: VerifiedBundle,
  verdicts: IncomingVerdicts
): Promise<ImportPlan> {
  const idByReference = await findAgreementIdsByReference(
    db,
    bundle.manifest.agreements.map((agreement) => agreement.reference)
  )
  const localIds = [...idByReference.values()]
  const locals = await loadPortableAgreements(db, localIds, { contentOnly: true })
  const localByReference = new Map(locals.agreements.map((item) => [item.agreement.reference, item]))
  const bases = await readBaseHashes(db, localIds)
  const plan: ImportPlan = { agreements: [], refused: [...verdicts.refused] }
  let facts: Awaited<ReturnType<typeof localFacts>> | undefined
  for (const incoming of bundle.manifest.agreements) {
    if (verdicts.refusedAgreements.has(incoming.reference)) continue
    const local = localByReference.get(incoming.reference) ?? null
    const localBaseHash = local === null ? null : (bases.get(local.id) ?? null)
    const item = {
      incoming,
      local,
      localBaseHash,
      category: categorize(incoming, local?.agreement.contentHash ?? null, localBaseHash)
    }
    const locked = lockedRefusal(item)
    let { refusal, amendedBy } = await amendmentVerdict(db, item, locked)
    // Taken whole (new here, or a draft here): its structured amendments must say how it came to be what it is.
    if (
      refusal === null &&
      (local === null || isEditable(local.agreement.status)) &&
      item.category !== 'identical'
    ) {
      facts ??= await localFacts(db, bundle.manifest)
      const reason = incomingAmendmentsRefusal(
        incomingSources(incoming, bundle.manifest, facts),
        facts.wordings
      )(incoming)
      if (reason !== null) ({ refusal, amendedBy } = { refusal: `${reason}.`, amendedBy: [] })
    }
    if (refusal !== null) {
      plan.refused.push({ subject: `Convention ${incoming.reference}`, reasons: [refusal] })
      continue
    }
    plan.agreements.push({
      ...item,
      lockedHere: local !== null && LOCKED.has(local.agreement.status),
      statusOnly: local !== null && !isEditable(local.agreement.status),
      amendedBy
    })
  }
  return plan
}

/**
 * Whether the import takes this agreement's documents, signatures and amendments: it is new here, taken from the
 * bundle, or the same on both sides. An outdated one, a conflict settled « garder la mienne », and anything refused
 * keep the bundle's files out.
 */
export function acceptsEvidence(item: PlannedAgreement, choice: ConflictChoice | undefined): boolean {
  if (item.category === 'conflict') return choice === 'take'
  return item.category !== 'outdated'
}

export function toPreview(
  bundle: VerifiedBundle,
  { agreements: plan, refused }: ImportPlan,
  extra: Pick<ImportPreview, 'newDocumentCount' | 'amendmentsKept' | 'sender'>
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
    ...extra,
    refused,
    counts,
    rows
  }
}
