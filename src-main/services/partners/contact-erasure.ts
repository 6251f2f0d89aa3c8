import { sql } from 'kysely'
import { join } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import { allRows, withRawFile } from '../../db/sqlite-file'
import type { BackupInfo, ContactErasureOutcome } from '../../shared/domain/backup'
import type { ErasureImpact } from '../../shared/domain/erasure-impact'
import { AppError, NotFoundError } from '../../shared/errors'

export interface ContactErasureDeps {
  db: AppDatabase
  backupsFolder: string
  listBackups: () => Promise<BackupInfo[]>
}

/** What replaces an erased contact's name; the row stays so agreements that named a signatory keep their link. */
export const ERASED_CONTACT_NAME = 'Contact effacé'

interface ErasedValues {
  partnerId: number
  name: string
  email: string | null
  phone: string | null
}

/** Backups where the contact's former details can still be read (until rotation deletes them). */
async function backupsHolding(
  folder: string,
  backups: BackupInfo[],
  values: ErasedValues
): Promise<BackupInfo[]> {
  const holding: BackupInfo[] = []
  for (const backup of backups) {
    const rows = await withRawFile(join(folder, backup.name), 'read-only', (database) =>
      allRows(
        database,
        `select 1 from partner_contacts where (email is not null and email = ?) or (phone is not null and phone = ?)
           or (partner_id = ? and name = ?) limit 1`,
        [values.email, values.phone, values.partnerId, values.name]
      )
    ).catch(() => [])
    if (rows.length > 0) holding.push(backup)
  }
  return holding
}

/**
 * Right to erasure (GDPR): the contact's name, role, email and phone are overwritten in one transaction, with
 * `secure_delete` on (also set at opening, set again so erasure never depends on it), so the old bytes are zeroed
 * in the pages; the WAL,
 * which still holds earlier page images, is then checkpointed and truncated. Backups are not rewritten — a backup
 * is a record of the past — so the outcome names those that still hold the contact until rotation removes them.
 */
export function createContactErasureService({ db, backupsFolder, listBackups }: ContactErasureDeps) {
  async function eraseContact(contactId: number): Promise<ContactErasureOutcome> {
    const contact = await db
      .selectFrom('partner_contacts')
      .select(['partner_id', 'name', 'email', 'phone'])
      .where('id', '=', contactId)
      .executeTakeFirst()
    if (!contact) throw new NotFoundError(`Le contact n° ${contactId} n'existe pas.`)
    const values: ErasedValues = {
      partnerId: contact.partner_id,
      name: contact.name,
      email: contact.email,
      phone: contact.phone
    }
    await db.transaction().execute(async (trx) => {
      await sql`pragma secure_delete = on`.execute(trx)
      await trx
        .updateTable('partner_contacts')
        .set({ name: ERASED_CONTACT_NAME, role: null, email: null, phone: null, may_sign: 0 })
        .where('id', '=', contactId)
        .execute()
    })
    await checkpointAndTruncateWal(db)
    return {
      partnerId: values.partnerId,
      backupsStillHolding: await backupsHolding(backupsFolder, await listBackups(), values)
    }
  }

  /**
   * Before erasing: the signatures this contact gave for their structure (matched by name, as recorded at signing)
   * and the documents issued naming them (as its signatory, or carrying their signature). Erasure leaves these as
   * they are — they prove signed agreements — and the coordinator is told so.
   */
  async function erasureImpact(contactId: number): Promise<ErasureImpact> {
    const contact = await db
      .selectFrom('partner_contacts')
      .select(['partner_id', 'name'])
      .where('id', '=', contactId)
      .executeTakeFirst()
    if (!contact) throw new NotFoundError(`Le contact n° ${contactId} n'existe pas.`)
    const signatures = await db
      .selectFrom('document_signatures')
      .innerJoin('agreements', 'agreements.id', 'document_signatures.agreement_id')
      .select([
        'agreements.id as agreement_id',
        'agreements.reference',
        'document_signatures.signed_at',
        'document_signatures.version_id',
        'document_signatures.imported_from'
      ])
      .where('agreements.partner_id', '=', contact.partner_id)
      .where('document_signatures.party', '=', 'partner')
      .where('document_signatures.signer_name', '=', contact.name)
      .orderBy('document_signatures.signed_at')
      .execute()
    const signedVersions = signatures.map((row) => row.version_id)
    const documents = await db
      .selectFrom('document_versions')
      .innerJoin('agreements', 'agreements.id', 'document_versions.agreement_id')
      .select([
        'agreements.id as agreement_id',
        'agreements.reference',
        'document_versions.version',
        'document_versions.kind'
      ])
      .where((eb) =>
        eb.or([
          eb(sql`json_extract(agreements.content, '$.partnerSignatoryContactId')`, '=', contactId),
          ...(signedVersions.length > 0 ? [eb('document_versions.id', 'in', signedVersions)] : [])
        ])
      )
      .orderBy('agreements.reference')
      .orderBy('document_versions.version')
      .execute()
    return {
      contactName: contact.name,
      signatures: signatures.map((row) => ({
        reference: row.reference,
        signedAt: row.signed_at,
        received: row.imported_from !== null
      })),
      documents: documents.map((row) => ({ reference: row.reference, version: row.version, kind: row.kind })),
      agreementIds: [...new Set([...signatures, ...documents].map((row) => row.agreement_id))]
    }
  }

  return { eraseContact, erasureImpact }
}

/** Copies the WAL into the database file and empties it; retried briefly if a reader holds an old snapshot. */
async function checkpointAndTruncateWal(db: AppDatabase): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(truncate)`.execute(db)
    if (rows[0]?.busy === 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new AppError(
    'WRITE_FAILED',
    "Le contact est effacé, mais son ancienne version reste dans le journal de la base : fermez puis rouvrez l'application pour terminer l'effacement."
  )
}
