import { randomUUID } from 'node:crypto'
import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import { DOCUMENT_KIND_LABELS } from '../../shared/documents/labels'
import type {
  BundleAmendment,
  BundleDocument,
  BundleManifest,
  BundleSignature
} from '../../shared/exchange/bundle-manifest.schema'
import { addHistory, findAgreementIdsByReference } from '../agreements/agreement.repository'
import type { EvidenceFilter } from './evidence-filter'
import { sameAmendment } from './import-amendments'
import { documentExtension, importedDocumentName } from './import-documents'

/** What a bundle brings that this installation has not recorded yet. */
export interface UnrecordedEvidence {
  documents: BundleDocument[]
  signatures: Array<{ reference: string; signature: BundleSignature }>
}

interface Recorded {
  agreementIds: Map<string, number>
  /** Per agreement: version id by SHA-256 of the file. */
  versions: Map<number, Map<string, number>>
  signatureKeys: Set<string>
  /** Per agreement: SHA-256 of the scanned signed copies. */
  signedCopies: Map<number, Set<string>>
  /** Amendment id by `<agreement id> <amendment number>`, for the amendments the same here as in the bundle. */
  amendmentIds: Map<string, number>
  /** `<agreement id> <amendment number>` of the amendments written here differently under the same number. */
  differingAmendments: Set<string>
}

const amendmentKey = (agreementId: number, number: number | null) => `${agreementId} ${number ?? 0}`

const signatureKey = (
  agreementId: number,
  signature: Pick<BundleSignature, 'party' | 'signedAt' | 'documentSha256'>
) => `${agreementId} ${signature.party} ${signature.signedAt} ${signature.documentSha256}`

async function loadRecorded(db: AppDatabase, manifest: BundleManifest): Promise<Recorded> {
  const agreementIds = await findAgreementIdsByReference(
    db,
    manifest.agreements.map((agreement) => agreement.reference)
  )
  const ids = [...agreementIds.values()]
  const recorded: Recorded = {
    agreementIds,
    versions: new Map(),
    signatureKeys: new Set(),
    signedCopies: new Map(),
    amendmentIds: new Map(),
    differingAmendments: new Set()
  }
  const versions = await inSlices(ids, (slice) =>
    db
      .selectFrom('document_versions')
      .select(['id', 'agreement_id', 'sha256'])
      .where('agreement_id', 'in', slice)
      .execute()
  )
  for (const row of versions) {
    const bySha = recorded.versions.get(row.agreement_id) ?? new Map<string, number>()
    bySha.set(row.sha256, row.id)
    recorded.versions.set(row.agreement_id, bySha)
  }

  // Only an amendment that says here what it says in the bundle takes the bundle's files and signatures: one kept
  // as it was written here, different under the same number, must not be vouched for by the other side's files.
  const incomingAmendments = new Map<string, BundleAmendment>()
  for (const agreement of manifest.agreements) {
    const id = agreementIds.get(agreement.reference)
    if (id !== undefined)
      for (const amendment of agreement.amendments)
        incomingAmendments.set(amendmentKey(id, amendment.number), amendment)
  }
  const amendments = await inSlices(ids, (slice) =>
    db
      .selectFrom('agreement_amendments')
      .select(['id', 'agreement_id', 'number', 'reason', 'changes'])
      .where('agreement_id', 'in', slice)
      .execute()
  )
  for (const row of amendments) {
    const key = amendmentKey(row.agreement_id, row.number)
    const incoming = incomingAmendments.get(key)
    if (!incoming) continue
    if (sameAmendment(row, incoming)) recorded.amendmentIds.set(key, row.id)
    else recorded.differingAmendments.add(key)
  }

  const signatures = await inSlices(ids, (slice) =>
    db
      .selectFrom('document_signatures')
      .select(['agreement_id', 'party', 'signed_at', 'document_sha256', 'scan_sha256'])
      .where('agreement_id', 'in', slice)
      .execute()
  )
  for (const row of signatures) {
    recorded.signatureKeys.add(
      signatureKey(row.agreement_id, {
        party: row.party,
        signedAt: row.signed_at,
        documentSha256: row.document_sha256
      })
    )
    if (row.scan_sha256 !== null) {
      const copies = recorded.signedCopies.get(row.agreement_id) ?? new Set<string>()
      copies.add(row.scan_sha256)
      recorded.signedCopies.set(row.agreement_id, copies)
    }
  }
  return recorded
}

function unrecordedIn(
  manifest: BundleManifest,
  recorded: Recorded,
  accepts: EvidenceFilter
): UnrecordedEvidence {
  // The files and signatures of an amendment kept different here are never recorded (an amendment new here is
  // merged before they are).
  const keptDifferent = (agreementId: number, amendmentNumber: number | null) =>
    recorded.differingAmendments.has(amendmentKey(agreementId, amendmentNumber))
  const isRecorded = (document: BundleDocument) => {
    const id = recorded.agreementIds.get(document.agreementReference)
    if (id === undefined) return false
    if (keptDifferent(id, document.amendmentNumber)) return true
    const known = document.kind === 'signed_copy' ? recorded.signedCopies.get(id) : recorded.versions.get(id)
    return known?.has(document.sha256) ?? false
  }
  return {
    documents: manifest.documents.filter(
      (document) => accepts(document.agreementReference, document.amendmentNumber) && !isRecorded(document)
    ),
    signatures: manifest.agreements.flatMap((agreement) => {
      const id = recorded.agreementIds.get(agreement.reference)
      return agreement.signatures
        .filter((signature) => accepts(agreement.reference, signature.amendmentNumber))
        .filter(
          (signature) =>
            id === undefined ||
            (!keptDifferent(id, signature.amendmentNumber) &&
              !recorded.signatureKeys.has(signatureKey(id, signature)))
        )
        .map((signature) => ({ reference: agreement.reference, signature }))
    })
  }
}

/**
 * The documents (by fingerprint, per agreement) and signatures of a bundle not recorded here: the ones an import
 * copies and records. Importing a bundle back where it was made, or the same bundle twice, finds none.
 */
export async function findUnrecorded(
  db: AppDatabase,
  manifest: BundleManifest,
  accepts: EvidenceFilter
): Promise<UnrecordedEvidence> {
  return unrecordedIn(manifest, await loadRecorded(db, manifest), accepts)
}

/** "Claire Dubois (Nouvelle-Aquitaine)": who issued what a bundle carries, as the verification names them. */
export function bundleIssuer(manifest: BundleManifest): string {
  const { name, region } = manifest.exportedBy
  const who = name.trim() === '' ? 'une autre installation' : name.trim()
  return region.trim() === '' ? who : `${who} (${region.trim()})`
}

/** Used ones are replaced: a document id names one version on this installation. */
async function freeDocumentIds(trx: AppDatabase, claimed: readonly string[]): Promise<Set<string>> {
  const used = await inSlices(claimed, (ids) =>
    trx.selectFrom('document_versions').select('document_id').where('document_id', 'in', ids).execute()
  )
  const usedIds = new Set(used.map((row) => row.document_id))
  return new Set(claimed.filter((id) => !usedIds.has(id)))
}

/** What one import writes, shared by the steps that record versions and signatures. */
interface RecordingRun {
  trx: AppDatabase
  manifest: BundleManifest
  recorded: Recorded
  /** What each agreement received, for its history line. */
  receivedBy: Map<number, string[]>
}

function noteReceived(run: RecordingRun, agreementId: number, what: string): void {
  run.receivedBy.set(agreementId, [...(run.receivedBy.get(agreementId) ?? []), what])
}

/**
 * Inserts the received Word and PDF files as versions issued by the exporting coordinator, each keeping the
 * document id its properties carry (unless that id already names a version here), so a modified copy of it is
 * told from an unknown file. Answers the signed version of each agreement and the signed copies, for the signatures.
 */
async function recordVersions(
  run: RecordingRun,
  documents: readonly BundleDocument[],
  claimedIdsByPath: ReadonlyMap<string, string | null>
): Promise<{
  count: number
  signedVersions: Map<string, number>
  signedCopies: Map<string, BundleDocument>
}> {
  const { trx, manifest, recorded } = run
  const claimedIds = new Map<BundleDocument, string>()
  for (const document of documents) {
    const claimed = claimedIdsByPath.get(document.path)
    if (claimed) claimedIds.set(document, claimed)
  }
  const freeIds = await freeDocumentIds(trx, [...new Set(claimedIds.values())])
  const issuedBy = bundleIssuer(manifest)
  const signedVersions = new Map<string, number>()
  // A signed copy is no version of its own: it is attached to the paper signatures.
  const signedCopies = new Map<string, BundleDocument>()
  let count = 0
  for (const document of [...documents].sort((a, b) => a.version - b.version)) {
    const agreementId = recorded.agreementIds.get(document.agreementReference)
    if (agreementId === undefined) continue
    if (document.kind === 'signed_copy') {
      signedCopies.set(`${agreementId} ${document.sha256}`, document)
      continue
    }
    const amendmentId =
      document.amendmentNumber === null
        ? null
        : recorded.amendmentIds.get(amendmentKey(agreementId, document.amendmentNumber))
    if (amendmentId === undefined) continue
    const claimed = claimedIds.get(document)
    const { id } = await trx
      .insertInto('document_versions')
      .values({
        agreement_id: agreementId,
        amendment_id: amendmentId,
        version: document.version,
        kind: document.kind,
        format: documentExtension(document) === '.pdf' ? 'pdf' : 'docx',
        file_name: importedDocumentName(document),
        sha256: document.sha256,
        size_bytes: document.size,
        document_id: claimed !== undefined && freeIds.delete(claimed) ? claimed : randomUUID(),
        content_fingerprint: '',
        created_at: document.createdAt,
        imported_from: manifest.bundleId,
        issued_by: issuedBy
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const bySha = recorded.versions.get(agreementId) ?? new Map<string, number>()
    bySha.set(document.sha256, id)
    recorded.versions.set(agreementId, bySha)
    if (document.kind === 'signed')
      signedVersions.set(amendmentKey(agreementId, document.amendmentNumber), id)
    const what = `version ${document.version} (${DOCUMENT_KIND_LABELS[document.kind].toLowerCase()})`
    noteReceived(
      run,
      agreementId,
      document.amendmentNumber === null ? what : `avenant n° ${document.amendmentNumber}, ${what}`
    )
    count += 1
  }
  return { count, signedVersions, signedCopies }
}

/**
 * Inserts the received signatures. Each points at the version it signed when that file is here, else at the signed
 * file that carries it; with neither, there is nothing to attach it to and it is left out. A paper signature gets
 * its scanned copy, so that copy verifies here too. Answers the signatures and the copies recorded.
 */
async function recordSignatures(
  run: RecordingRun,
  signatures: UnrecordedEvidence['signatures'],
  { signedVersions, signedCopies }: Awaited<ReturnType<typeof recordVersions>>,
  at: string
): Promise<{ signatures: number; copies: number }> {
  const { trx, manifest, recorded } = run
  const attachedCopies = new Set<BundleDocument>()
  let count = 0
  for (const { reference, signature } of signatures) {
    const agreementId = recorded.agreementIds.get(reference)
    if (agreementId === undefined) continue
    const amendmentId =
      signature.amendmentNumber === null
        ? null
        : recorded.amendmentIds.get(amendmentKey(agreementId, signature.amendmentNumber))
    const versionId =
      recorded.versions.get(agreementId)?.get(signature.documentSha256) ??
      signedVersions.get(amendmentKey(agreementId, signature.amendmentNumber))
    if (versionId === undefined || amendmentId === undefined) continue
    const copy =
      signature.method === 'scanned' && signature.scanSha256 !== null
        ? signedCopies.get(`${agreementId} ${signature.scanSha256}`)
        : undefined
    await trx
      .insertInto('document_signatures')
      .values({
        agreement_id: agreementId,
        amendment_id: amendmentId,
        version_id: versionId,
        party: signature.party,
        signer_name: signature.signerName,
        signer_title: signature.signerTitle,
        signed_at: signature.signedAt,
        place: signature.place,
        method: signature.method,
        document_sha256: signature.documentSha256,
        scan_file_name: copy ? importedDocumentName(copy) : null,
        scan_sha256: copy?.sha256 ?? null,
        created_at: at,
        imported_from: manifest.bundleId
      })
      .execute()
    count += 1
    if (copy && !attachedCopies.has(copy)) {
      attachedCopies.add(copy)
      noteReceived(run, agreementId, `copie signée numérisée de la version ${copy.version}`)
    }
  }
  return { signatures: count, copies: attachedCopies.size }
}

/**
 * Records, inside the import transaction and after the agreements are merged, what the bundle brings that is not
 * recorded here yet (`unrecorded`, found in the same transaction, its files already in place): its documents as
 * versions received from the exporting coordinator, and its signatures. Each agreement that received documents gets
 * a history line naming the bundle.
 */
export async function recordImportedDocuments(
  trx: AppDatabase,
  manifest: BundleManifest,
  unrecorded: UnrecordedEvidence,
  claimedIds: ReadonlyMap<string, string | null>,
  origin: string,
  at: string
): Promise<{ documents: number; signatures: number }> {
  const recorded = await loadRecorded(trx, manifest)
  const run: RecordingRun = { trx, manifest, recorded, receivedBy: new Map() }
  const versions = await recordVersions(run, unrecorded.documents, claimedIds)
  const { signatures, copies } = await recordSignatures(run, unrecorded.signatures, versions, at)
  for (const [agreementId, received] of run.receivedBy)
    await addHistory(trx, agreementId, at, {
      kind: 'changed',
      summary: `Documents reçus du ${origin} : ${received.join(', ')}.`
    })
  return { documents: versions.count + copies, signatures }
}
