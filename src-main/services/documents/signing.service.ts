import { extname } from 'node:path'
import { rm } from 'node:fs/promises'
import type { AppDatabase } from '../../db/schema'
import { canTransition } from '../../shared/agreements/status-flow'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import type { DocumentVersion } from '../../shared/domain/document'
import type { SigningRecord } from '../../shared/documents/signature-block'
import { ConflictError, ValidationError } from '../../shared/errors'
import type { AttachScanInput, SignInput } from '../../shared/schemas/document.schema'
import { addHistory, updateAgreementRow } from '../agreements/agreement.repository'
import { documentPath, readDocument, sha256, storeDocument } from './document-files'
import { issueDocx, type IssueTarget } from './document-issuer'
import type { DocumentService } from './documents.service'
import { type findVersion, nextVersionNumber } from './document.repository'
import { scanFileType, validateSignaturePng } from './signature-image'
import { refuseOtherSigningOnceCertificatesStarted } from '../signatures/signing/signing-started'
import { applySignedAmendment, assertNamedSigners } from '../amendments/apply-signed-amendment'

/** Checked inside the signing transaction: a double click, or two windows, sign a version once. */
async function refuseIfAlreadySigned(trx: AppDatabase, versionId: number): Promise<void> {
  const signed = await trx
    .selectFrom('document_signatures')
    .select('id')
    .where('version_id', '=', versionId)
    .executeTakeFirst()
  if (signed) throw new ConflictError('Cette version vient d’être signée : rechargez la liste des documents.')
}

/** Statuses past signature: demonstration data may be created there without signatures recorded. */
const RECORDABLE_AFTER_SIGNING = new Set(['signed', 'active', 'ended', 'terminated'])

export interface SignOptions {
  /**
   * Only for demonstration data (CLI `documents generate --signed`): records signatures on an agreement that is
   * already past signature, without changing its status. The IPC channel never sets it.
   */
  recordOnSignedAgreement?: boolean
}

export interface SigningServiceDeps {
  db: AppDatabase
  folder: string
  documents: DocumentService
  now?: () => Date
}

/**
 * Signing a version "for signature": drawn in the app (the signed DOCX embeds the drawings and ends with a
 * signature certificate) or a scanned paper copy attached. Either way the signatures, the new version and the
 * status change are written in one transaction, and the signatures name the fingerprint of the version signed.
 */
export function createSigningService({ db, folder, documents, now = () => new Date() }: SigningServiceDeps) {
  /** The version must be the latest "for signature" DOCX of its document, and still byte-identical to what was issued. */
  async function signable(
    versionId: number,
    options: SignOptions = {}
  ): Promise<{ target: IssueTarget; version: NonNullable<Awaited<ReturnType<typeof findVersion>>> }> {
    const version = await documents.version(versionId)
    if (version.kind !== 'for_signature' || version.format !== 'docx')
      throw new ConflictError('Seule une version « pour signature » au format Word peut être signée.')
    // Its content is the other installation's: what is signed here must be rendered here, from the data here.
    if (version.imported_from !== null)
      throw new ConflictError(
        'Cette version a été reçue d’une autre installation : générez-en une nouvelle ici pour la faire signer.'
      )
    await refuseOtherSigningOnceCertificatesStarted(db, version.agreement_id, version.amendment_id)
    const target = await documents.target({
      agreementId: version.agreement_id,
      amendmentId: version.amendment_id
    })
    const latest = await nextVersionNumber(db, version.agreement_id, version.amendment_id, 'docx')
    if (version.version !== latest - 1)
      throw new ConflictError(
        'Une version plus récente du document existe : faites signer la dernière version.'
      )
    const status = target.sources.agreement.status
    const recordable = options.recordOnSignedAgreement === true && RECORDABLE_AFTER_SIGNING.has(status)
    if (
      target.amendment ? target.amendment.status !== 'draft' : status !== 'ready_for_signature' && !recordable
    )
      throw new ConflictError(
        target.amendment
          ? 'Cet avenant est déjà signé.'
          : `Une convention « ${AGREEMENT_STATUS_LABELS[target.sources.agreement.status]} » ne peut pas être signée : passez-la d’abord « Prête pour signature ».`
      )
    const bytes = await readDocument(folder, version.file_name)
    if (sha256(bytes) !== version.sha256)
      throw new ConflictError(
        'Le fichier de cette version a été modifié depuis son émission : générez-en une nouvelle.'
      )
    return { target, version }
  }

  /** Status change of the convention (or of the amendment), inside the signing transaction. */
  async function markSigned(trx: AppDatabase, target: IssueTarget, at: string, how: string): Promise<void> {
    const { agreement } = target.sources
    if (
      !target.amendment &&
      agreement.status !== 'ready_for_signature' &&
      RECORDABLE_AFTER_SIGNING.has(agreement.status)
    ) {
      await addHistory(trx, agreement.id, at, {
        kind: 'changed',
        summary: `Signatures enregistrées (${how}).`
      })
      return
    }
    if (target.amendment) {
      await trx
        .updateTable('agreement_amendments')
        .set({ status: 'signed', signed_at: at })
        .where('id', '=', target.amendment.id)
        .execute()
      await addHistory(trx, agreement.id, at, {
        kind: 'changed',
        summary: `Avenant n° ${target.amendment.number} signé (${how}).`
      })
      await applySignedAmendment(trx, target, at)
      return
    }
    if (!canTransition(agreement.status, 'signed'))
      throw new ConflictError(
        `Une convention « ${AGREEMENT_STATUS_LABELS[agreement.status]} » ne peut pas être signée.`
      )
    await updateAgreementRow(trx, agreement.id, { status: 'signed', updated_at: at })
    await addHistory(trx, agreement.id, at, {
      kind: 'status',
      fromStatus: agreement.status,
      toStatus: 'signed',
      summary: `${AGREEMENT_STATUS_LABELS[agreement.status]} → ${AGREEMENT_STATUS_LABELS.signed} (${how})`
    })
  }

  async function sign(input: SignInput, options: SignOptions = {}): Promise<DocumentVersion> {
    const images = input.signatures.map((signature) => validateSignaturePng(signature.imageDataUrl))
    const { target, version } = await signable(input.versionId, options)
    assertNamedSigners(target, input.signatures)
    const at = now().toISOString()
    const signing: SigningRecord = {
      signedDocumentSha256: version.sha256,
      signatures: input.signatures.map((signature, index) => {
        const image = images[index] as (typeof images)[number]
        return {
          party: signature.party,
          signerName: signature.signerName,
          signerTitle: signature.signerTitle,
          signedAt: at,
          place: input.place,
          method: signature.method,
          image: { dataUrl: image.dataUrl, widthPx: image.widthPx, heightPx: image.heightPx }
        }
      })
    }
    return issueDocx(db, folder, { ...target, kind: 'signed', signing }, at, async (trx) => {
      await refuseIfAlreadySigned(trx, version.id)
      await trx
        .insertInto('document_signatures')
        .values(
          input.signatures.map((signature, index) => ({
            agreement_id: version.agreement_id,
            amendment_id: version.amendment_id,
            version_id: version.id,
            party: signature.party,
            signer_name: signature.signerName,
            signer_title: signature.signerTitle,
            signed_at: at,
            place: input.place,
            method: signature.method,
            document_sha256: version.sha256,
            image_png: (images[index] as (typeof images)[number]).bytes,
            scan_file_name: null,
            scan_sha256: null,
            created_at: at
          }))
        )
        .execute()
      const typed = input.signatures.some((signature) => signature.method === 'typed')
      await markSigned(
        trx,
        target,
        at,
        typed
          ? 'signatures tracées ou saisies au clavier dans l’application'
          : 'signatures tracées dans l’application'
      )
    })
  }

  /** A paper copy signed by hand, scanned: kept as it is, its type told by its content, its size capped. */
  async function attachScan(input: AttachScanInput): Promise<{ fileName: string; sha256: string }> {
    const bytes = Buffer.from(input.dataBase64, 'base64')
    const type = scanFileType(bytes)
    if (!type) throw new ValidationError('La copie signée doit être un PDF, une image PNG ou JPEG.')
    const { target, version } = await signable(input.versionId)
    assertNamedSigners(target, input.signers)
    const at = now().toISOString()
    const signedAt = `${input.signedOn}T12:00:00.000Z`
    const stem = input.fileName
      .slice(0, input.fileName.length - extname(input.fileName).length)
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .slice(0, 60)
    const reference = target.amendment?.reference ?? target.sources.agreement.reference
    const fileName = await storeDocument(
      folder,
      `${target.sources.agreement.reference}/${reference}-v${version.version}-copie-signee-${stem || 'scan'}.${type}`,
      bytes
    )
    const fingerprint = sha256(bytes)
    try {
      await db.transaction().execute(async (trx) => {
        await refuseIfAlreadySigned(trx, version.id)
        await trx
          .insertInto('document_signatures')
          .values(
            input.signers.map((signer) => ({
              agreement_id: version.agreement_id,
              amendment_id: version.amendment_id,
              version_id: version.id,
              party: signer.party,
              signer_name: signer.signerName,
              signer_title: signer.signerTitle,
              signed_at: signedAt,
              place: input.place,
              method: 'scanned' as const,
              document_sha256: version.sha256,
              image_png: null,
              scan_file_name: fileName,
              scan_sha256: fingerprint,
              created_at: at
            }))
          )
          .execute()
        await markSigned(trx, target, at, 'copie papier signée jointe')
      })
    } catch (error) {
      await rm(documentPath(folder, fileName), { force: true })
      throw error
    }
    return { fileName, sha256: fingerprint }
  }

  return { sign, attachScan }
}
