import type { AppDatabase } from '../../db/schema'
import type { AmendmentChange } from '../../shared/amendments/amendment-change.schema'
import { registerStateOf, sourcesWithState } from '../../shared/amendments/register-state'
import type { DocumentSources } from '../../shared/documents/document-sources'
import type {
  BundleAgreement,
  BundleAmendment,
  PortableContent
} from '../../shared/exchange/bundle-manifest.schema'
import { AppError } from '../../shared/errors'
import { loadAmendmentContext } from '../amendments/amendment-context'
import type { AmendmentRecord, AmendmentSignatories } from '../amendments/amendment-records'
import { normalizeChanges, validateAmendment } from '../amendments/amendment-validation'
import { canonicalJson } from './content-hash'
import {
  fromBundleChange,
  toBundleChange,
  type ContactFinding,
  type ContactNaming
} from './portable-amendments'
import { toPortableContent } from './portable-agreements'

/** The agreement as this installation would hold it once the bundle's new signed amendments are applied here. */
export interface AmendedHere {
  /** The numbers of the signed amendments to apply, in order. */
  numbers: number[]
  content: PortableContent
  partnerSignatoryName: string | null
}

/** Why the bundle's amendments do not explain its change of a convention signed here. */
export interface AmendmentRefusal {
  refusal: string
}

const same = (left: string, right: string) =>
  left.normalize('NFC').trim().toLocaleLowerCase('fr') ===
  right.normalize('NFC').trim().toLocaleLowerCase('fr')

/** The capacities a new amendment names: the signatories of the convention as it stands. */
export function namedSignatories(sources: DocumentSources): AmendmentSignatories {
  return {
    laPoste: sources.agreement.laPosteSignatory,
    partner: { name: sources.partnerSignatory?.name ?? '', title: sources.partnerSignatory?.role ?? '' }
  }
}

export function contactsOf(sources: DocumentSources): ContactNaming & ContactFinding {
  const contacts = sources.partner?.contacts ?? []
  return {
    nameOf: (id) => contacts.find((contact) => contact.id === id)?.name ?? null,
    idOf: (name) => (name === null ? null : (contacts.find((contact) => contact.name === name)?.id ?? null))
  }
}

/** The structured changes with local contacts, or why they cannot be read here. */
export function localChanges(
  amendment: BundleAmendment,
  contacts: ContactFinding
): { changes: AmendmentChange[] } | AmendmentRefusal {
  const subject = `l’avenant n° ${amendment.number}`
  if (amendment.structuredChanges === null)
    return {
      refusal: `${subject} vient d’une version de l’application qui n’en transmet pas les modifications : l’expéditeur doit mettre l’application à jour et exporter à nouveau`
    }
  const changes: AmendmentChange[] = []
  for (const change of amendment.structuredChanges) {
    const local = fromBundleChange(change, contacts)
    if ('missingContact' in local)
      return {
        refusal: `${subject} nomme pour le Partenaire « ${local.missingContact} », qui n’est pas un contact de sa fiche ici`
      }
    changes.push(local.change)
  }
  try {
    return { changes: normalizeChanges(changes) }
  } catch (problem) {
    if (problem instanceof AppError) return { refusal: `${subject} est refusé : ${problem.message}` }
    throw problem
  }
}

/** The amendment's named capacities and the names its signatures carry must be the convention's signatories here. */
function signatoryRefusal(
  incoming: BundleAgreement,
  amendment: BundleAmendment,
  named: AmendmentSignatories
): string | null {
  const subject = `l’avenant n° ${amendment.number}`
  const claimed = amendment.signatories
  if (
    claimed !== null &&
    (!same(claimed.laPoste.name, named.laPoste.name) ||
      (claimed.partner.name !== '' && !same(claimed.partner.name, named.partner.name)))
  )
    return `${subject} nomme d’autres signataires que ceux de la convention ici`
  const stranger = incoming.signatures.find(
    (signature) =>
      signature.amendmentNumber === amendment.number &&
      signature.signerName !== '' &&
      !same(signature.signerName, signature.party === 'la-poste' ? named.laPoste.name : named.partner.name)
  )
  return stranger ? `${subject} est signé par ${stranger.signerName}, qu’il ne nomme pas` : null
}

/**
 * For a convention signed here that the bundle changes: applies the bundle's new signed amendments, in order, to the
 * convention as signed here, each checked by the very rules of the amendment form (targets that exist, a
 * prolongation that prolongs, no new blocking problem, named signatories). Answers what the agreement then says —
 * the caller compares it with the bundle's — or why an amendment is refused. Nothing is written.
 */
export async function amendedHere(
  db: AppDatabase,
  agreementId: number,
  incoming: BundleAgreement
): Promise<AmendedHere | AmendmentRefusal> {
  const context = await loadAmendmentContext(db, agreementId)
  const { wordings } = context
  let { sources } = context
  const records: AmendmentRecord[] = [...context.records]
  const contacts = contactsOf(sources)
  const lastSigned = Math.max(
    0,
    ...records.filter((each) => each.status === 'signed').map((each) => each.number)
  )
  const numbers: number[] = []
  const signed = incoming.amendments
    .filter((amendment) => amendment.status === 'signed')
    .sort((left, right) => left.number - right.number)
  for (const amendment of signed) {
    const mine = records.find((record) => record.number === amendment.number)
    if (mine?.status === 'signed') continue
    const subject = `l’avenant n° ${amendment.number}`
    if (amendment.number < lastSigned) return { refusal: `${subject} précède les avenants déjà signés ici` }
    const read = localChanges(amendment, contacts)
    if ('refusal' in read) return read
    if (
      mine &&
      (mine.reason !== amendment.reason ||
        canonicalJson(mine.changes?.map((change) => toBundleChange(change, contacts))) !==
          canonicalJson(amendment.structuredChanges))
    )
      return { refusal: `${subject} est rédigé ici différemment` }
    const named = namedSignatories(sources)
    const signatories = signatoryRefusal(incoming, amendment, named)
    if (signatories !== null) return { refusal: signatories }
    const earlier = records.filter((record) => record.number !== amendment.number)
    let state
    try {
      state = validateAmendment(
        sources,
        wordings,
        earlier,
        amendment.number,
        read.changes,
        amendment.effectiveDate,
        new Date(amendment.createdAt)
      ).state
    } catch (problem) {
      if (problem instanceof AppError) return { refusal: `${subject} est refusé : ${problem.message}` }
      throw problem
    }
    records.splice(0, records.length, ...earlier, {
      id: 0,
      number: amendment.number,
      status: 'signed',
      reason: amendment.reason,
      effectiveDate: amendment.effectiveDate,
      createdAt: amendment.createdAt,
      signedAt: amendment.signedAt,
      changes: read.changes,
      legacy: amendment.changes,
      signatories: named,
      recordBefore: registerStateOf(sources.agreement)
    })
    records.sort((left, right) => left.number - right.number)
    sources = sourcesWithState(sources, state)
    numbers.push(amendment.number)
  }
  return {
    numbers,
    content: toPortableContent(sources.agreement),
    partnerSignatoryName: contacts.nameOf(sources.agreement.partnerSignatoryContactId)
  }
}
