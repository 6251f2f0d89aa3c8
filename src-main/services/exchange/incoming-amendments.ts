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
import { loadAmendmentContext, type AmendmentContext } from '../amendments/amendment-context'
import type { AmendmentRecord, AmendmentSignatories } from '../amendments/amendment-records'
import { normalizeChanges, validateAmendment } from '../amendments/amendment-validation'
import { canonicalJson } from './content-hash'
import {
  fromBundleChange,
  fromBundleRegisterState,
  sameAmendment,
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

/** A rule's own sentence continued after a colon: no capital, no closing full stop (the caller's sentence ends). */
function inSentence(message: string): string {
  return (message.charAt(0).toLocaleLowerCase('fr') + message.slice(1)).replace(/[.\s]+$/, '')
}

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
    if (problem instanceof AppError)
      return { refusal: `${subject} est refusé : ${inSentence(problem.message)}` }
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

/** Whether the bundle brings an amendment this agreement lacks, or signed where it is only drafted here. */
export async function bringsUnknownAmendments(
  db: AppDatabase,
  agreementId: number,
  incoming: BundleAgreement
): Promise<boolean> {
  if (incoming.amendments.length === 0) return false
  const rows = await db
    .selectFrom('agreement_amendments')
    .select(['number', 'status'])
    .where('agreement_id', '=', agreementId)
    .execute()
  const here = new Map(rows.map((row) => [row.number, row.status]))
  return incoming.amendments.some((amendment) => {
    const mine = here.get(amendment.number)
    return mine === undefined || (mine === 'draft' && amendment.status === 'signed')
  })
}

/** The convention once the bundle's amendments unknown here are replayed on it. */
interface Replay {
  sources: DocumentSources
  /** The signed ones, in order. */
  numbers: number[]
}

/**
 * Replays the bundle's amendments unknown here, in order, on the convention `context` holds, each checked by the very
 * rules of the amendment form (targets that exist, a prolongation that prolongs, no new blocking problem, named
 * signatories): the signed ones change the register as their signature would, a draft changes nothing. Amendments
 * of an older version (no structured changes) are left as they travelled. Nothing is written.
 */
function replayIncoming(context: AmendmentContext, incoming: BundleAgreement): Replay | AmendmentRefusal {
  const { wordings } = context
  let { sources } = context
  const records: AmendmentRecord[] = [...context.records]
  const contacts = contactsOf(sources)
  const lastSigned = Math.max(
    0,
    ...records.filter((each) => each.status === 'signed').map((each) => each.number)
  )
  const numbers: number[] = []
  const ordered = [...incoming.amendments].sort((left, right) => left.number - right.number)
  for (const amendment of ordered) {
    const mine = records.find((record) => record.number === amendment.number)
    // Known here: the same one, or one written differently here, kept and listed as such.
    if (mine && (mine.status === 'signed' || amendment.status === 'draft')) continue
    // Written otherwise here under the same number: kept as it is and listed, never replayed.
    if (mine && !sameAmendment({ reason: mine.reason, changes: JSON.stringify(mine.legacy) }, amendment))
      continue
    if (amendment.status === 'draft' && amendment.structuredChanges === null) continue
    const subject = `l’avenant n° ${amendment.number}`
    if (amendment.number < lastSigned) return { refusal: `${subject} précède les avenants déjà signés ici` }
    const read = localChanges(amendment, contacts)
    if ('refusal' in read) return read
    // The same articles under other structured changes: no installation writes that, a forger would.
    if (
      mine &&
      canonicalJson(mine.changes?.map((change) => toBundleChange(change, contacts))) !==
        canonicalJson(amendment.structuredChanges)
    )
      return { refusal: `${subject} ne dit pas ici ce que disent ses articles` }
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
      if (problem instanceof AppError)
        return { refusal: `${subject} est refusé : ${inSentence(problem.message)}` }
      throw problem
    }
    if (amendment.status === 'draft') continue
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
  return { sources, numbers }
}

/**
 * For a convention signed here that the bundle changes: what it says once the bundle's new amendments are replayed
 * on the convention as signed here — the caller compares it with the bundle's — or why an amendment is refused.
 */
export async function amendedHere(
  db: AppDatabase,
  agreementId: number,
  incoming: BundleAgreement
): Promise<AmendedHere | AmendmentRefusal> {
  const replay = replayIncoming(await loadAmendmentContext(db, agreementId), incoming)
  if ('refusal' in replay) return replay
  const { agreement } = replay.sources
  return {
    numbers: replay.numbers,
    content: toPortableContent(agreement),
    partnerSignatoryName: contactsOf(replay.sources).nameOf(agreement.partnerSignatoryContactId)
  }
}

/**
 * For a convention this installation takes whole (new here, or a draft here): its structured amendments must lead,
 * from the register state the first signed one replaced, to exactly the register the bundle gives it, each checked
 * by the amendment form's rules. Answers why not, or null.
 */
export function incomingAmendmentsRefusal(
  current: DocumentSources,
  wordings: AmendmentContext['wordings']
): (incoming: BundleAgreement) => string | null {
  return (incoming) => {
    const structured = incoming.amendments.filter((amendment) => amendment.structuredChanges !== null)
    if (structured.length === 0) return null
    const firstSigned = structured
      .filter((amendment) => amendment.status === 'signed')
      .sort((left, right) => left.number - right.number)[0]
    if (firstSigned && firstSigned.registerBefore === null)
      return `l’avenant n° ${firstSigned.number} ne dit pas ce qu’il a changé au registre`
    const base = firstSigned?.registerBefore
      ? sourcesWithState(current, fromBundleRegisterState(firstSigned.registerBefore, contactsOf(current)))
      : current
    const replay = replayIncoming({ sources: base, wordings, records: [] }, incoming)
    if ('refusal' in replay) return replay.refusal
    return canonicalJson(registerStateOf(replay.sources.agreement)) ===
      canonicalJson(registerStateOf(current.agreement))
      ? null
      : 'elle ne dit pas ce que disent ses avenants signés'
  }
}
