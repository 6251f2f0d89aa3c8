import type { AppDatabase } from '../../db/schema'
import { DOCUMENT_KIND_LABELS } from '../../shared/documents/labels'
import type { VerificationResult } from '../../shared/domain/document'
import type { VerifyInput } from '../../shared/schemas/document.schema'
import { amendmentReference } from './amendment.repository'
import { sha256 } from './document-files'
import { claimedDocumentId } from './claimed-document-id'
import { withCryptographicSignatures } from '../signatures/verification-addendum'

/**
 * Tells whether a file is one this installation issued, unchanged (its SHA-256 is recorded), a modified copy of one
 * (a DOCX or PDF whose properties name a recorded version but whose bytes differ), or unknown.
 */
export function createVerificationService({ db }: { db: AppDatabase }) {
  function versionQuery() {
    return db
      .selectFrom('document_versions')
      .innerJoin('agreements', 'agreements.id', 'document_versions.agreement_id')
      .leftJoin('agreement_amendments', 'agreement_amendments.id', 'document_versions.amendment_id')
      .select([
        'agreements.reference',
        'agreement_amendments.number as amendment_number',
        'document_versions.agreement_id',
        'document_versions.version',
        'document_versions.kind',
        'document_versions.created_at',
        'document_versions.issued_by'
      ])
  }

  type Found = NonNullable<Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirst']>>>

  function describe(row: Found): NonNullable<VerificationResult['match']> {
    const reference =
      row.amendment_number === null ? row.reference : amendmentReference(row.reference, row.amendment_number)
    return {
      reference,
      agreementId: row.agreement_id,
      version: row.version,
      kind: row.kind,
      createdAt: row.created_at,
      issuedBy: row.issued_by
    }
  }

  /** What the registry of issued files says, and then what the file's own signatures prove. */
  async function verifyBytes(bytes: Buffer): Promise<VerificationResult> {
    return withCryptographicSignatures(db, bytes, await registryVerdict(bytes))
  }

  async function registryVerdict(bytes: Buffer): Promise<VerificationResult> {
    const fingerprint = sha256(bytes)
    const issued = await versionQuery().where('document_versions.sha256', '=', fingerprint).executeTakeFirst()
    if (issued) {
      const match = describe(issued)
      return {
        status: 'issued',
        sha256: fingerprint,
        match,
        message: `Document authentique et inchangé : ${match.reference}, version ${match.version} (${DOCUMENT_KIND_LABELS[match.kind].toLowerCase()})${match.issuedBy ? `, émis par ${match.issuedBy} et reçu par fichier d’échange` : ''}.`
      }
    }
    const scan = await db
      .selectFrom('document_signatures')
      .innerJoin('agreements', 'agreements.id', 'document_signatures.agreement_id')
      .select(['agreements.reference'])
      .where('document_signatures.scan_sha256', '=', fingerprint)
      .executeTakeFirst()
    if (scan)
      return {
        status: 'issued',
        sha256: fingerprint,
        match: null,
        message: `Copie signée numérisée enregistrée pour la convention ${scan.reference}, inchangée.`
      }
    const documentId = claimedDocumentId(bytes)
    const claimed = documentId
      ? await versionQuery().where('document_versions.document_id', '=', documentId).executeTakeFirst()
      : undefined
    if (claimed) {
      const match = describe(claimed)
      return {
        status: 'modified',
        sha256: fingerprint,
        match,
        message: `Document modifié : il se présente comme ${match.reference}, version ${match.version}, mais son contenu ne correspond plus à la version émise.`
      }
    }
    return {
      status: 'unknown',
      sha256: fingerprint,
      match: null,
      message: 'Document inconnu : il n’a pas été émis par cette installation, ou il a été modifié.'
    }
  }

  async function verify(input: VerifyInput): Promise<VerificationResult> {
    return verifyBytes(Buffer.from(input.dataBase64, 'base64'))
  }

  return { verify, verifyBytes }
}
