import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

describe('migration 0070-typed-signatures', () => {
  const step = useMigrationStep('0070-typed-signatures')

  const now = '2026-11-30T10:00:00.000Z'
  const sha = 'd'.repeat(64)
  const signature = (
    method: string,
    image: Buffer | null,
    scan: string | null,
    importedFrom: string | null = null
  ) =>
    sql`insert into document_signatures (agreement_id, version_id, party, signer_name, signer_title, signed_at, place,
      method, document_sha256, image_png, scan_file_name, created_at, imported_from)
      values (1, 1, 'partner', 'Bernard Lafitte', '', ${now}, 'Pau', ${method}, ${sha}, ${image}, ${scan}, ${now},
      ${importedFrom})`

  it('keeps every signature and accepts a typed one with its image, never without', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, now)
    await sql`insert into document_versions (id, agreement_id, version, kind, format, file_name, sha256, size_bytes,
      document_id, content_fingerprint, created_at)
      values (1, 1, 1, 'for_signature', 'docx', 'f.docx', ${sha}, 10, 'id-1', 'x', ${now})`.execute(old.db)
    await signature('drawn', Buffer.from([1, 2]), null).execute(old.db)
    await signature('scanned', null, 'scan.pdf').execute(old.db)
    await signature('drawn', null, null, 'lot-a').execute(old.db)
    await expect(signature('typed', Buffer.from([3]), null).execute(old.db)).rejects.toThrow(/CHECK/)

    const opened = await step.after()
    const db = opened.db
    expect(opened.migration).toEqual({ fromVersion: step.index, toVersion: step.index + 1 })
    const rows = await db.selectFrom('document_signatures').selectAll().orderBy('id').execute()
    expect(
      rows.map((row) => [
        row.method,
        row.image_png && [...row.image_png],
        row.scan_file_name,
        row.imported_from
      ])
    ).toEqual([
      ['drawn', [1, 2], null, null],
      ['scanned', null, 'scan.pdf', null],
      ['drawn', null, null, 'lot-a']
    ])

    await signature('typed', Buffer.from([3]), null).execute(db)
    await expect(signature('typed', null, null).execute(db)).rejects.toThrow(/CHECK/)
    await expect(signature('typed', Buffer.from([3]), 'scan.pdf').execute(db)).rejects.toThrow(/CHECK/)
    await expect(signature('written', Buffer.from([3]), null).execute(db)).rejects.toThrow(/CHECK/)

    await sql`delete from agreements where id = 1`.execute(db)
    expect((await sql`select count(*) as n from document_signatures`.execute(db)).rows).toEqual([{ n: 0 }])
  })
})
