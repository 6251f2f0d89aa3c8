import { describe, expect, it } from 'vitest'
import { describeDamage } from '../../../src-main/shared/backup/damage-report'

describe('start-up dialog for a damaged database', () => {
  it('offers the latest good backup with its French date and size, and says the damaged file is kept', () => {
    const report = describeDamage(["L'en-tête du fichier est endommagé."], {
      name: 'alliance-conventions-20261128T090000000Z-daily.sqlite',
      reason: 'daily',
      createdAt: '2026-11-28T09:00:00.000Z',
      sizeBytes: 49_664
    })
    expect(report.message).toMatch(/endommagé.*restaurer la dernière sauvegarde intacte, du 28 novembre 2026/)
    expect(report.detail).toContain("L'en-tête du fichier est endommagé.")
    expect(report.detail).toContain('48,5 Ko')
    expect(report.detail).toMatch(/mis de côté, pas effacé/)
    expect(report.restoreLabel).toBe('Restaurer la sauvegarde')
  })

  it('without any good backup, offers only to quit and never an empty database', () => {
    const report = describeDamage(['Le fichier est tronqué.'], null)
    expect(report.restoreLabel).toBeNull()
    expect(report.detail).toMatch(/ne démarre pas sur une base vide/)
  })
})
