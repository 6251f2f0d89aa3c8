import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { AppDatabase } from '../../../db/schema'
import type { CertificateSignatureTable } from '../../../db/tables/signature.table'
import { canTransition } from '../../../shared/agreements/status-flow'
import { AGREEMENT_STATUS_LABELS } from '../../../shared/domain/agreement'
import { ConflictError } from '../../../shared/errors'
import type { DocumentVersion } from '../../../shared/domain/document'
import { addHistory, updateAgreementRow } from '../../agreements/agreement.repository'
import { documentPath, sha256, storeDocument } from '../../documents/document-files'
import { nextVersionNumber, findVersion, toDocumentVersion } from '../../documents/document.repository'
import { documentReference } from '../../documents/document-issuer'
import type { SigningState } from './signing-state'
import { applySignedAmendment } from '../../amendments/apply-signed-amendment'
import type { Insertable } from 'kysely'

type SignatureFields = Omit<
  Insertable<CertificateSignatureTable>,
  'agreement_id' | 'amendment_id' | 'source_version_id' | 'pdf_version_id' | 'docx_version_id' | 'created_at'
>

export interface SignedFiles {
  pdf: Uint8Array
  docx: Uint8Array | null
}

const PARTY_WORDING = { 'la-poste': 'La Poste', partner: 'le Partenaire' } as const
export const ALREADY_SIGNED = {
  'la-poste': 'La Poste a déjà signé cette version.',
  partner: 'Le Partenaire a déjà signé cette version.'
} as const

/** Once both parties signed: the convention (or the amendment) becomes signed, in the same transaction. */
async function markSigned(trx: AppDatabase, state: SigningState, at: string): Promise<void> {
  const { agreement } = state.target.sources
  if (state.target.amendment) {
    await trx
      .updateTable('agreement_amendments')
      .set({ status: 'signed', signed_at: at })
      .where('id', '=', state.target.amendment.id)
      .execute()
    await addHistory(trx, agreement.id, at, {
      kind: 'changed',
      summary: `Avenant n° ${state.target.amendment.number} signé (signatures électroniques par certificat).`
    })
    await applySignedAmendment(trx, state.target, at)
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
    summary: `${AGREEMENT_STATUS_LABELS[agreement.status]} → ${AGREEMENT_STATUS_LABELS.signed} (signatures électroniques par certificat)`
  })
}

/**
 * Stores the signed files under names no other call can take, then records in one transaction their versions,
 * the signature and, once both parties signed, the status. A failed transaction removes only the files it wrote.
 */
export async function recordCertificateSignature(
  db: AppDatabase,
  folder: string,
  state: SigningState,
  files: SignedFiles,
  signature: SignatureFields,
  at: string
): Promise<DocumentVersion[]> {
  const complete = new Set([...state.done.map((row) => row.party), signature.party]).size === 2
  const kind = complete ? 'signed' : 'for_signature'
  const reference = documentReference(state.target)
  const stem = `${state.target.sources.agreement.reference}/${reference}-v${state.source.version}-signature-${signature.party}-${randomUUID().slice(0, 8)}`
  const written: string[] = []
  try {
    written.push(await storeDocument(folder, `${stem}.pdf`, files.pdf))
    if (files.docx) written.push(await storeDocument(folder, `${stem}.docx`, files.docx))
    const ids = await db.transaction().execute(async (trx) => {
      const versionIds: number[] = []
      for (const [index, fileName] of written.entries()) {
        const format = index === 0 ? 'pdf' : 'docx'
        const bytes = index === 0 ? files.pdf : (files.docx as Uint8Array)
        const inserted = await trx
          .insertInto('document_versions')
          .values({
            agreement_id: state.source.agreement_id,
            amendment_id: state.source.amendment_id,
            version: await nextVersionNumber(
              trx,
              state.source.agreement_id,
              state.source.amendment_id,
              format
            ),
            kind,
            format,
            file_name: fileName,
            sha256: sha256(bytes),
            size_bytes: bytes.length,
            document_id: randomUUID(),
            content_fingerprint: state.source.content_fingerprint,
            created_at: at
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        versionIds.push(inserted.id)
      }
      await trx
        .insertInto('certificate_signatures')
        .values({
          ...signature,
          agreement_id: state.source.agreement_id,
          amendment_id: state.source.amendment_id,
          source_version_id: state.source.id,
          pdf_version_id: versionIds[0] as number,
          docx_version_id: versionIds[1] ?? null,
          created_at: at
        })
        .execute()
      await addHistory(trx, state.source.agreement_id, at, {
        kind: 'changed',
        summary: `Signature électronique pour ${PARTY_WORDING[signature.party]} par ${signature.signer_name} (${signature.level === 'advanced' ? 'signature avancée' : 'signature simple'}), à ${signature.place}.`
      })
      if (complete) await markSigned(trx, state, at)
      return versionIds
    })
    const rows = await Promise.all(ids.map((id) => findVersion(db, id)))
    return rows.filter((row) => row !== undefined).map(toDocumentVersion)
  } catch (error) {
    await Promise.all(written.map((name) => rm(documentPath(folder, name), { force: true })))
    if (error instanceof Error && /UNIQUE constraint failed: certificate_signatures/.test(error.message))
      throw new ConflictError(ALREADY_SIGNED[signature.party])
    throw error
  }
}
