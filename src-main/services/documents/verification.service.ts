import type { AppDatabase } from '../../db/schema'
import { frenchTypography } from '../../shared/documents/french-typography'
import { DOCUMENT_KIND_LABELS } from '../../shared/documents/labels'
import type { VerificationResult } from '../../shared/domain/document'
import type { VerifyInput } from '../../shared/schemas/document.schema'
import { amendmentReference } from './amendment.repository'
import { readDocument, sha256 } from './document-files'
import { docxParagraphs, paragraphDifferences } from './docx-text'
import { claimedDocumentId } from './claimed-document-id'
import { withCryptographicSignatures } from '../signatures/verification-addendum'
import { describeReceivedVersion } from '../trust/received-documents'

/** How many differing paragraphs a result lists: enough to see what changed, not the whole document. */
const MAX_DIFFERENCES = 12

/**
 * Tells whether a file is one this installation issued and intact (its SHA-256 is recorded), the same text re-saved
 * by a word processor, a modified copy (its properties name a recorded version but its text differs: the paragraphs
 * that differ are listed), or unknown. Locally issued files are judged here; a received-file branch (versions with
 * `issuedBy`) words its own result.
 */
export function createVerificationService({ db, folder }: { db: AppDatabase; folder: string }) {
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
        'document_versions.issued_by',
        'document_versions.format',
        'document_versions.file_name',
        'document_versions.imported_from'
      ])
  }

  type Found = NonNullable<Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirst']>>>

  function describeVersion(match: NonNullable<VerificationResult['match']>): string {
    return `${match.reference}, version ${match.version} (${DOCUMENT_KIND_LABELS[match.kind].toLowerCase()})`
  }

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
      const kindLabel = DOCUMENT_KIND_LABELS[match.kind].toLowerCase()
      return {
        status: 'issued',
        sha256: fingerprint,
        match,
        // A received file is worded by the trust service: never more than « reçu de X, intact depuis sa réception ».
        message:
          issued.imported_from === null && !match.issuedBy
            ? `Émis par l’application et intact : ${describeVersion(match)}.`
            : await describeReceivedVersion(db, { ...match, kindLabel, importedFrom: issued.imported_from })
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
    if (claimed) return compareText(bytes, fingerprint, claimed)
    return {
      status: 'unknown',
      sha256: fingerprint,
      match: null,
      message:
        'Inconnu : ce fichier n’a pas été émis par cette installation (ou ce qui l’identifiait a été effacé).'
    }
  }

  /** A file that claims to be an issued version: same text re-saved, or modified with the paragraphs that differ. */
  async function compareText(
    bytes: Buffer,
    fingerprint: string,
    claimed: Found
  ): Promise<VerificationResult> {
    const match = describe(claimed)
    const found = docxParagraphs(bytes)
    const issued =
      found && claimed.format === 'docx' && claimed.issued_by === null
        ? docxParagraphs(await readDocument(folder, claimed.file_name).catch(() => Buffer.alloc(0)))
        : null
    if (found && issued) {
      const differences = paragraphDifferences(issued, found)
      if (differences.length === 0)
        return {
          status: 'resaved',
          sha256: fingerprint,
          match,
          message: `Même texte, fichier ré-enregistré : le texte est celui de ${describeVersion(match)}, émis par l’application, mais le fichier a été enregistré à nouveau (par Word ou LibreOffice, par exemple). Pour la signature ou l’archivage, utilisez le fichier émis.`
        }
      return {
        status: 'modified',
        sha256: fingerprint,
        match,
        message: `Modifié : ce fichier se présente comme ${describeVersion(match)}, mais ${differences.length === 1 ? 'un paragraphe diffère' : `${differences.length} paragraphes diffèrent`} du texte émis.`,
        differences: differences.slice(0, MAX_DIFFERENCES)
      }
    }
    return {
      status: 'modified',
      sha256: fingerprint,
      match,
      message: `Modifié : ce fichier se présente comme ${describeVersion(match)}, mais son contenu ne correspond plus à la version émise.`
    }
  }

  async function verify(input: VerifyInput): Promise<VerificationResult> {
    return verifyWritten(Buffer.from(input.dataBase64, 'base64'))
  }

  /** The verdict, its sentence written with French typography (non-breaking spaces before « : »). */
  async function verifyWritten(bytes: Buffer): Promise<VerificationResult> {
    const result = await verifyBytes(bytes)
    return { ...result, message: frenchTypography(result.message) }
  }

  return { verify, verifyBytes: verifyWritten }
}
