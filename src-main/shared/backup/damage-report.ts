import type { BackupInfo } from '../domain/backup'
import { formatByteSize } from '../format/byte-size'

export interface DamageReport {
  title: string
  message: string
  detail: string
  /** The button that restores the backup; absent when no intact backup exists. */
  restoreLabel: string | null
  quitLabel: string
}

function frenchDateTime(iso: string): string {
  return new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })
}

/** What the start-up screen says when the database is damaged: the problem, and the backup it offers. */
export function describeDamage(problems: string[], latestGoodBackup: BackupInfo | null): DamageReport {
  const found = problems.slice(0, 3).join('\n')
  if (!latestGoodBackup) {
    return {
      title: 'Fichier de données endommagé',
      message:
        "Le fichier de données d'Alliance Conventions est endommagé, et aucune sauvegarde intacte n'a été trouvée.",
      detail:
        `${found}\n\nL'application ne démarre pas sur une base vide, pour ne rien écraser. ` +
        'Contactez le support avec le fichier de données : il n’a pas été modifié.',
      restoreLabel: null,
      quitLabel: 'Quitter'
    }
  }
  return {
    title: 'Fichier de données endommagé',
    message:
      "Le fichier de données d'Alliance Conventions est endommagé. Voulez-vous restaurer la dernière sauvegarde " +
      `intacte, du ${frenchDateTime(latestGoodBackup.createdAt)} ?`,
    detail:
      `${found}\n\nSauvegarde : ${latestGoodBackup.name} (${formatByteSize(latestGoodBackup.sizeBytes)}). ` +
      'Les modifications faites depuis cette date seront perdues ; le fichier endommagé est mis de côté, pas effacé.',
    restoreLabel: 'Restaurer la sauvegarde',
    quitLabel: 'Quitter sans rien changer'
  }
}
