import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from '../../../src-main/services/backup/backup-names'
import { backupNameSchema } from '../../../src-main/shared/schemas/backup.schema'

describe('backup names', () => {
  it('every name the app gives a backup is accepted by « Restaurer » (its random tail holds digits)', () => {
    const at = new Date('2026-11-28T14:05:12.345Z')
    const names = Array.from({ length: 300 }, () => backupFileName(at, 'pre-import'))
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) {
      expect(backupNameSchema.safeParse(name).success).toBe(true)
      expect(parseBackupFileName(name, 1)).toMatchObject({ reason: 'pre-import' })
    }
    expect(backupNameSchema.safeParse('alliance-conventions-20261128T140512345Z-daily.sqlite').success).toBe(
      true
    )
  })

  it('refuses anything that could point elsewhere', () => {
    for (const name of [
      '../alliance-conventions-20261128T140512345Z-daily-3f2a9c.sqlite',
      'C:\\Users\\claire\\alliance-conventions-20261128T140512345Z-daily-3f2a9c.sqlite',
      'alliance-conventions-20261128T140512345Z-daily-3f2a9c.sqlite/../../x.sqlite',
      'alliance-conventions-20261128T140512345Z-daily-3F2A9C1.sqlite'
    ])
      expect(backupNameSchema.safeParse(name).success).toBe(false)
  })
})
