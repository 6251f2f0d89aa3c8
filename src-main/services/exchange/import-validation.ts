import { checkAgreement } from '../../shared/agreements/check-agreement'
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../shared/domain/agreement'
import type { RefusedItem } from '../../shared/exchange/bundle-sender'
import type {
  BundleAgreement,
  BundleDocument,
  BundleManifest,
  BundleNeed,
  BundlePartner
} from '../../shared/exchange/bundle-manifest.schema'
import { needInputSchema } from '../../shared/schemas/need.schema'
import { PARTNER_FIELD_LABELS, partnerInputSchema } from '../../shared/schemas/partner.schema'
import { zodFieldErrors } from '../../shared/schemas/zod-field-errors'
import type { CommuneDirectory } from '../communes/commune-directory'
import { incomingCheck, type LocalFacts } from './incoming-check-context'
import { lifecycleProblems } from './incoming-lifecycle'

/** What the bundle holds that fails the rules local input obeys, and why. */
export interface IncomingVerdicts {
  /** Reasons per refused agreement, by reference. */
  refusedAgreements: Map<string, string[]>
  /** Everything refused, partners and needs included, for the preview. */
  refused: RefusedItem[]
}

export interface ValidationContext extends LocalFacts {
  communes: () => Promise<CommuneDirectory>
}

const NEED_FIELD_LABELS: Record<string, string> = {
  title: 'Titre',
  description: 'Description',
  targetPublic: 'Public cible',
  peopleReached: 'Personnes concernées',
  identifiedBy: 'Repéré par',
  communes: 'Communes'
}

/** « SIRET : Ce SIRET est invalide (clé de contrôle incorrecte). », « Contact 1, email : … ». */
function describeFieldErrors(errors: Record<string, string>, labels: Record<string, string>): string[] {
  return Object.entries(errors).map(([path, message]) => {
    const [field = '', index, sub] = path.split('.')
    if (field === 'contacts' && index !== undefined)
      return `contact ${Number(index) + 1}${sub ? ` (${sub})` : ''} : ${message}`
    if (field === 'communes' && index !== undefined) return `commune ${Number(index) + 1} : ${message}`
    return `${labels[field] ?? field} : ${message}`
  })
}

/** The partner as the partner form would have received it: the same schema then judges it. */
async function partnerProblems(partner: BundlePartner, directory: () => Promise<CommuneDirectory>) {
  const parsed = partnerInputSchema.safeParse({
    name: partner.name,
    legalForm: partner.legalForm,
    statuses: partner.statuses,
    managingBodyName: partner.managingBodyName ?? '',
    shareCapitalCents: partner.shareCapitalCents,
    rcsCity: partner.rcsCity ?? '',
    siret: partner.siret ?? '',
    rna: partner.rna ?? '',
    addressLine: partner.addressLine ?? '',
    postalCode: partner.postalCode ?? '',
    commune: partner.commune ?? '',
    headNetworkId: null,
    labelled: partner.labelled,
    generalInterest: partner.generalInterest,
    contacts: partner.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
      maySign: contact.maySign
    }))
  })
  if (!parsed.success) return describeFieldErrors(zodFieldErrors(parsed.error), PARTNER_FIELD_LABELS)
  const { postalCode, commune } = parsed.data
  if (postalCode !== '' && !(await directory()).find(postalCode, commune))
    return [`Commune : « ${commune} » ne correspond à aucune commune du code postal ${postalCode}.`]
  return []
}

async function needProblems(need: BundleNeed, directory: () => Promise<CommuneDirectory>) {
  const parsed = needInputSchema.safeParse({
    title: need.title,
    description: need.description,
    communes: need.communes.map((commune) => ({ postalCode: commune.postalCode, name: commune.communeName })),
    targetPublic: need.targetPublic,
    peopleReached: need.peopleReached,
    domainId: null,
    identifiedBy: need.identifiedBy
  })
  if (!parsed.success) return describeFieldErrors(zodFieldErrors(parsed.error), NEED_FIELD_LABELS)
  const problems: string[] = []
  for (const commune of parsed.data.communes)
    if (!(await directory()).find(commune.postalCode, commune.name))
      problems.push(
        `commune « ${commune.name} » : aucune commune de ce nom pour le code postal ${commune.postalCode}.`
      )
  return problems
}

const AT_OR_BEYOND_READY: ReadonlySet<AgreementStatus> = new Set([
  'ready_for_signature',
  'signed',
  'active',
  'ended',
  'terminated'
])
const SIGNED_OR_BEYOND: ReadonlySet<AgreementStatus> = new Set(['signed', 'active', 'ended', 'terminated'])
/** Who signs for the partner is left out of an anonymised bundle on purpose: not a fault of the agreement. */
const ANONYMISED_FIELDS = new Set(['partnerSignatoryContactId'])

/** The signing gate, run on the agreement as the bundle describes it (see incoming-check-context.ts). */
function gateProblems(agreement: BundleAgreement, manifest: BundleManifest, facts: LocalFacts) {
  const { content, context } = incomingCheck(agreement, manifest, facts)
  const { problems } = checkAgreement(content, context)
  return problems.filter((problem) => !(manifest.anonymised && ANONYMISED_FIELDS.has(problem.field)))
}

/**
 * A signature is recorded against the version it signed: the bundle must carry that file, or the signed file of the
 * agreement. An anonymised bundle carries no file at all; its listed signatures are taken at their word.
 */
function signedFor(
  agreement: BundleAgreement,
  documents: readonly BundleDocument[],
  anonymised: boolean,
  amendmentNumber: number | null
): boolean {
  const shipped = documents.filter(
    (document) =>
      document.agreementReference === agreement.reference && document.amendmentNumber === amendmentNumber
  )
  return agreement.signatures.some(
    (signature) =>
      signature.amendmentNumber === amendmentNumber &&
      (anonymised ||
        shipped.some(
          (document) => document.kind === 'signed' || document.sha256 === signature.documentSha256
        ))
  )
}

function statusProblems(agreement: BundleAgreement, manifest: BundleManifest, facts: LocalFacts): string[] {
  const { anonymised } = manifest
  const problems: string[] = []
  const label = AGREEMENT_STATUS_LABELS[agreement.status].toLowerCase()
  if (AT_OR_BEYOND_READY.has(agreement.status)) {
    const gate = gateProblems(agreement, manifest, facts)
    if (gate.length > 0)
      problems.push(
        `elle arrive « ${label} » sans être prête pour signature : ${gate
          .slice(0, 3)
          .map((problem) => problem.message)
          .join(' ')}${gate.length > 3 ? ` (et ${gate.length - 3} autre(s) point(s))` : ''}`
      )
  }
  const signed = (amendmentNumber: number | null) =>
    signedFor(agreement, manifest.documents, anonymised, amendmentNumber)
  if (SIGNED_OR_BEYOND.has(agreement.status) && !signed(null))
    problems.push(`elle arrive « ${label} » sans signature ni document signé.`)
  if (SIGNED_OR_BEYOND.has(agreement.status)) problems.push(...lifecycleProblems(agreement))
  for (const amendment of agreement.amendments)
    if (amendment.status === 'signed' && !signed(amendment.number))
      problems.push(`son avenant n° ${amendment.number} arrive signé sans signature ni document signé.`)
  return problems
}

/**
 * Runs every incoming partner, need and agreement through the rules local input obeys: the partner form's schema and
 * the official communes, the need form's schema, the signing gate for anything at or beyond « prête pour
 * signature », a signature behind every signed agreement and amendment. An agreement whose partner or need is
 * refused is refused with it. Nothing refused is written; the preview lists it all with the reasons.
 */
export async function validateIncoming(
  manifest: BundleManifest,
  { communes: loadCommunes, ...facts }: ValidationContext
): Promise<IncomingVerdicts> {
  let directory: Promise<CommuneDirectory> | undefined
  const communes = () => (directory ??= loadCommunes())
  const refused: RefusedItem[] = []
  const refusedPartners = new Set<string>()
  const refusedNeeds = new Set<string>()
  for (const partner of manifest.partners) {
    const reasons = await partnerProblems(partner, communes)
    if (reasons.length === 0) continue
    refusedPartners.add(partner.key)
    refused.push({ subject: `Partenaire « ${partner.name} »`, reasons })
  }
  for (const need of manifest.needs) {
    const reasons = await needProblems(need, communes)
    if (reasons.length === 0) continue
    refusedNeeds.add(need.key)
    refused.push({ subject: `Besoin « ${need.title} »`, reasons })
  }
  const partners = new Map(manifest.partners.map((partner) => [partner.key, partner]))
  const refusedAgreements = new Map<string, string[]>()
  for (const agreement of manifest.agreements) {
    const partner = agreement.partnerKey === null ? null : (partners.get(agreement.partnerKey) ?? null)
    const reasons = [
      ...(partner && refusedPartners.has(partner.key)
        ? [`son partenaire « ${partner.name} » est refusé.`]
        : []),
      ...(agreement.needKey !== null && refusedNeeds.has(agreement.needKey)
        ? ['son besoin local est refusé.']
        : []),
      ...statusProblems(agreement, manifest, facts)
    ]
    if (reasons.length === 0) continue
    refusedAgreements.set(agreement.reference, reasons)
    refused.push({ subject: `Convention ${agreement.reference}`, reasons })
  }
  return { refusedAgreements, refused }
}
