import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

describe('migration 0010-create-documents', () => {
  const step = useMigrationStep('0010-create-documents')

  it('adds versions, signatures and amendments next to existing agreements, strictly checked', async () => {
    const old = await step.before()
    const now = '2026-11-28T10:00:00.000Z'
    await insertBareAgreement(old.db, 1, now)
    const opened = await step.after()
    expect(opened.migration).toEqual({ fromVersion: step.index, toVersion: step.index + 1 })
    const sha = 'b'.repeat(64)
    const version = (kind: string, number: number, documentId: string) =>
      sql`insert into document_versions (agreement_id, version, kind, format, file_name, sha256, size_bytes, document_id,
        content_fingerprint, created_at) values (1, ${number}, ${kind}, 'docx', 'f.docx', ${sha}, 10, ${documentId}, 'x', ${now})`.execute(
        opened.db
      )
    await version('for_signature', 1, 'id-1')
    await expect(version('for_signature', 1, 'id-2')).rejects.toThrow()
    await expect(version('final', 2, 'id-3')).rejects.toThrow()
    const signature = (method: string, image: Buffer | null, scan: string | null) =>
      sql`insert into document_signatures (agreement_id, version_id, party, signer_name, signer_title, signed_at, place,
        method, document_sha256, image_png, scan_file_name, created_at)
        values (1, 1, 'partner', 'A', '', ${now}, 'Bordeaux', ${method}, ${sha}, ${image}, ${scan}, ${now})`.execute(
        opened.db
      )
    await signature('drawn', Buffer.from([1, 2, 3]), null)
    await expect(signature('drawn', null, null)).rejects.toThrow()
    await expect(signature('scanned', null, null)).rejects.toThrow()
    await sql`delete from agreements where id = 1`.execute(opened.db)
    expect((await sql`select count(*) as n from document_signatures`.execute(opened.db)).rows).toEqual([
      { n: 0 }
    ])
  })
})
