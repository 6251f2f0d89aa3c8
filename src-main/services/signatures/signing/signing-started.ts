import type { AppDatabase } from '../../../db/schema'
import { ConflictError } from '../../../shared/errors'

/**
 * A document that one party has begun to sign with a certificate is finished with certificates: drawing signatures
 * or attaching a paper copy now would record a second, different signed document.
 */
export async function refuseOtherSigningOnceCertificatesStarted(
  db: AppDatabase,
  agreementId: number,
  amendmentId: number | null
): Promise<void> {
  let query = db.selectFrom('certificate_signatures').select('id').where('agreement_id', '=', agreementId)
  query =
    amendmentId === null
      ? query.where('amendment_id', 'is', null)
      : query.where('amendment_id', '=', amendmentId)
  if (await query.executeTakeFirst())
    throw new ConflictError(
      'Ce document est déjà signé par certificat pour l’une des parties : terminez la signature par certificat.'
    )
}
