import { AppError } from '../shared/errors'

const DISK_FULL_MESSAGE =
  "Le disque est plein : l'enregistrement n'a pas été fait. Libérez de la place puis réessayez ; " +
  'les données déjà enregistrées sont intactes.'

/**
 * Turns the storage failures a user can act on (full disk, failing disk, damaged file) into French AppErrors;
 * anything else is returned unchanged. Covers SQLite result codes and Node file-system error codes.
 */
export function translateStorageError<E>(error: E): E | AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return error
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('DISK_FULL', DISK_FULL_MESSAGE)
  if (
    code === 'SQLITE_IOERR' ||
    code === 'EIO' ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  ) {
    return new AppError(
      'WRITE_FAILED',
      `L'écriture sur le disque a échoué (${code}) : rien n'a été enregistré. Vérifiez le disque et ses droits, puis réessayez.`
    )
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError(
      'DATABASE_CORRUPT',
      'Le fichier de données est endommagé. Fermez l’application et restaurez la dernière sauvegarde.'
    )
  }
  return error
}
