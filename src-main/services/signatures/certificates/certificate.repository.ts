import { X509Certificate } from 'node:crypto'
import type { AppDatabase } from '../../../db/schema'
import type { SigningCertificateTable, TrustedAuthorityTable } from '../../../db/tables/signature.table'
import type { Insertable } from 'kysely'

/** Plain data access for signing certificates and trusted authorities. */

export function listCertificateRows(db: AppDatabase) {
  return db
    .selectFrom('signing_certificates')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

export function findCertificateRow(db: AppDatabase, id: number) {
  return db.selectFrom('signing_certificates').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertCertificateRow(
  db: AppDatabase,
  row: Insertable<SigningCertificateTable>
): Promise<number> {
  const inserted = await db
    .insertInto('signing_certificates')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function deleteCertificateRow(db: AppDatabase, id: number): Promise<number> {
  const result = await db.deleteFrom('signing_certificates').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export function listAuthorityRows(db: AppDatabase) {
  return db.selectFrom('trusted_authorities').selectAll().orderBy('name').execute()
}

export async function insertAuthorityRow(
  db: AppDatabase,
  row: Insertable<TrustedAuthorityTable>
): Promise<number> {
  const inserted = await db
    .insertInto('trusted_authorities')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function deleteAuthorityRow(db: AppDatabase, id: number): Promise<number> {
  const result = await db.deleteFrom('trusted_authorities').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** SQLite's answer to a second insert of the same fingerprint. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/.test(error.message)
}

/** The authorities this installation trusts, as certificates. */
export async function trustedAnchors(db: AppDatabase): Promise<X509Certificate[]> {
  return (await listAuthorityRows(db)).map((row) => new X509Certificate(row.certificate_der))
}
