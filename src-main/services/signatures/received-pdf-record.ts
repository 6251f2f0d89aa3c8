import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { AppDatabase } from '../../db/schema'
import type { DocumentVersion } from '../../shared/domain/document'
import { ConflictError, NotFoundError } from '../../shared/errors'
import { addHistory } from '../agreements/agreement.repository'
import { documentPath, readDocument, sha256, storeDocument } from '../documents/document-files'
import { findVersion, nextVersionNumber, toDocumentVersion } from '../documents/document.repository'
import type { ReceivedSigningDetails } from './certificate-signing.service'

export interface SignReceivedRequest {
  agreementId: number
  place: string
  signerTitle: string
}

/** Signs the received PDF with the partner's key: a PKCS#12 file (command line) or a certificate stored here. */
export type ReceivedPdfSigner = (
  pdf: Buffer,
  fileName: string,
  details: ReceivedSigningDetails
) => Promise<Uint8Array>

const NOTHING_TO_SIGN =
  'Aucun PDF signé par La Poste n’a été reçu pour cette convention : importez d’abord le fichier d’échange qui l’apporte.'

/** The PDF La Poste signed, received in a bundle, and whether the partner already signed it here. */
async function receivedPdf(db: AppDatabase, agreementId: number) {
  const versions = await db
    .selectFrom('document_versions')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('amendment_id', 'is', null)
    .where('format', '=', 'pdf')
    .orderBy('version', 'desc')
    .execute()
  const latest = versions[0]
  if (!latest) throw new NotFoundError(NOTHING_TO_SIGN)
  if (latest.kind === 'signed') throw new ConflictError('Le Partenaire a déjà signé cette version.')
  if (latest.kind !== 'for_signature' || latest.imported_from === null)
    throw new NotFoundError(NOTHING_TO_SIGN)
  return latest
}

/**
 * On the partner's installation: signs the PDF La Poste signed and sent in a bundle (its signatures checked first)
 * and records the result as this installation's signed version, which the next export sends back to La Poste.
 */
export async function signReceivedConvention(
  db: AppDatabase,
  folder: string,
  request: SignReceivedRequest,
  signWith: ReceivedPdfSigner,
  now: () => Date
): Promise<DocumentVersion> {
  const received = await receivedPdf(db, request.agreementId)
  const bytes = await readDocument(folder, received.file_name)
  if (sha256(bytes) !== received.sha256)
    throw new ConflictError('Le PDF reçu a été modifié depuis sa réception : il ne peut plus être signé.')
  const partner = await db
    .selectFrom('agreements')
    .leftJoin('partners', 'partners.id', 'agreements.partner_id')
    .select(['agreements.reference', 'partners.name'])
    .where('agreements.id', '=', request.agreementId)
    .executeTakeFirstOrThrow()
  const signed = await signWith(bytes, received.file_name.split('/').at(-1) ?? 'convention.pdf', {
    party: 'partner',
    partyName: partner.name ?? 'le Partenaire',
    place: request.place.trim(),
    signerTitle: request.signerTitle.trim()
  })
  const at = now().toISOString()
  const fileName = await storeDocument(
    folder,
    `${partner.reference}/${partner.reference}-v${received.version}-signature-partner-${randomUUID().slice(0, 8)}.pdf`,
    signed
  )
  try {
    const id = await db.transaction().execute(async (trx) => {
      // A second click signed meanwhile: this signature is not recorded, its file removed below.
      await receivedPdf(trx, request.agreementId)
      const inserted = await trx
        .insertInto('document_versions')
        .values({
          agreement_id: request.agreementId,
          amendment_id: null,
          version: await nextVersionNumber(trx, request.agreementId, null, 'pdf'),
          kind: 'signed',
          format: 'pdf',
          file_name: fileName,
          sha256: sha256(signed),
          size_bytes: signed.length,
          document_id: randomUUID(),
          content_fingerprint: received.content_fingerprint,
          created_at: at
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await addHistory(trx, request.agreementId, at, {
        kind: 'changed',
        summary: `Signature électronique pour le Partenaire ajoutée au PDF signé par La Poste, à ${request.place.trim()} : à renvoyer à La Poste par un fichier d’échange.`
      })
      return inserted.id
    })
    const row = await findVersion(db, id)
    if (!row) throw new ConflictError('La version signée n’est plus enregistrée.')
    return toDocumentVersion(row)
  } catch (error) {
    await rm(documentPath(folder, fileName), { force: true })
    throw error
  }
}
