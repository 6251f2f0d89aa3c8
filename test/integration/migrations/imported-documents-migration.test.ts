import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

describe('migration 0021-record-imported-documents', () => {
  const step = useMigrationStep('0021-record-imported-documents')

  const now = '2026-11-29T10:00:00.000Z'
  const sha = 'c'.repeat(64)

  it('keeps existing versions and signatures (images included) and accepts received ones beside them', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, now)
    await sql`insert into document_versions (id, agreement_id, version, kind, format, file_name, sha256, size_bytes,
      document_id, content_fingerprint, created_at)
      values (1, 1, 1, 'for_signature', 'docx', 'f.docx', ${sha}, 10, 'id-1', 'x', ${now})`.execute(old.db)
    await sql`insert into document_signatures (agreement_id, version_id, party, signer_name, signer_title, signed_at,
      place, method, document_sha256, image_png, scan_file_name, created_at)
      values (1, 1, 'la-poste', 'Claire Martin', 'Directrice', ${now}, 'Bordeaux', 'drawn', ${sha}, ${Buffer.from([7, 8, 9])}, null, ${now}),
             (1, 1, 'partner', 'Bernard Lafitte', 'Président', ${now}, 'Bordeaux', 'scanned', ${sha}, null, 'scan.pdf', ${now})`.execute(
      old.db
    )
    const opened = await step.after()
    const db = opened.db
    expect(opened.migration).toEqual({ fromVersion: step.index, toVersion: step.index + 1 })

    const signatures = await db.selectFrom('document_signatures').selectAll().orderBy('id').execute()
    expect(
      signatures.map((row) => [
        row.signer_name,
        row.method,
        row.image_png && [...row.image_png],
        row.scan_file_name,
        row.imported_from
      ])
    ).toEqual([
      ['Claire Martin', 'drawn', [7, 8, 9], null, null],
      ['Bernard Lafitte', 'scanned', null, 'scan.pdf', null]
    ])
    const version = (number: number, documentId: string, importedFrom: string | null) =>
      sql`insert into document_versions (agreement_id, version, kind, format, file_name, sha256, size_bytes, document_id,
        content_fingerprint, created_at, imported_from, issued_by)
        values (1, ${number}, 'signed', 'docx', 'imports/f.docx', ${sha}, 10, ${documentId}, '', ${now}, ${importedFrom},
        ${importedFrom && 'Claire Dubois'})`.execute(db)
    await expect(version(1, 'id-2', null)).rejects.toThrow(/UNIQUE/)
    await version(1, 'id-3', 'lot-a')
    await expect(version(1, 'id-4', 'lot-a')).rejects.toThrow(/UNIQUE/)
    await version(1, 'id-5', 'lot-b')

    const signature = (importedFrom: string | null) =>
      sql`insert into document_signatures (agreement_id, version_id, party, signer_name, signer_title, signed_at, place,
        method, document_sha256, created_at, imported_from)
        values (1, 1, 'partner', 'B', '', ${now}, 'Pau', 'drawn', ${sha}, ${now}, ${importedFrom})`.execute(
        db
      )
    await expect(signature(null)).rejects.toThrow(/CHECK/)
    await signature('lot-a')

    await sql`delete from agreements where id = 1`.execute(db)
    expect((await sql`select count(*) as n from document_signatures`.execute(db)).rows).toEqual([{ n: 0 }])
    expect((await sql`select count(*) as n from document_versions`.execute(db)).rows).toEqual([{ n: 0 }])
  })
})
