import { AppError, type AppErrorCode } from '../shared/errors'

/** Said of every failed write: the user must know nothing half-done was kept. */
const NOTHING_SAVED = "rien n'a été enregistré"

const DISK_FULL_MESSAGE =
  "Le disque est plein : l'enregistrement n'a pas été fait. Libérez de la place puis réessayez ; " +
  'les données déjà enregistrées sont intactes.'

export const DATABASE_BUSY_MESSAGE =
  'La base est utilisée par une autre fenêtre ou par la ligne de commande : ' +
  `${NOTHING_SAVED}. Attendez la fin de l'autre opération puis réessayez.`

export const DATABASE_MOVED_MESSAGE =
  "Le fichier de données a été supprimé, déplacé ou remplacé pendant que l'application l'utilisait : " +
  `${NOTHING_SAVED}. Fermez puis rouvrez l'application (ou relancez la commande).`

interface ErrorShape {
  code?: unknown
  message?: unknown
  path?: unknown
}

/** "« C:\Users\…\x.sqlite »" when Node says which file failed; nothing otherwise. */
function onFile(error: ErrorShape): string {
  return typeof error.path === 'string' && error.path !== '' ? ` (« ${error.path} »)` : ''
}

type Translation = [AppErrorCode, string]

/** SQLite result codes (node-sqlite3 reports the primary code) and what the user can do about each. */
function sqliteTranslation(code: string, message: string): Translation | undefined {
  switch (code) {
    case 'SQLITE_FULL':
      return ['DISK_FULL', DISK_FULL_MESSAGE]
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return ['CONFLICT', DATABASE_BUSY_MESSAGE]
    case 'SQLITE_READONLY':
      return /DBMOVED/.test(message)
        ? ['WRITE_FAILED', DATABASE_MOVED_MESSAGE]
        : [
            'WRITE_FAILED',
            `La base de données est en lecture seule (fichier, dossier ou disque protégé en écriture) : ${NOTHING_SAVED}. Vérifiez les droits du dossier des données.`
          ]
    case 'SQLITE_IOERR':
      return [
        'WRITE_FAILED',
        `La lecture ou l'écriture sur le disque a échoué : ${NOTHING_SAVED}. Vérifiez le disque (clé retirée, partage réseau coupé ?) puis réessayez.`
      ]
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return [
        'WRITE_FAILED',
        `Accès refusé à la base de données : ${NOTHING_SAVED}. Vérifiez les droits du dossier des données.`
      ]
    case 'SQLITE_CANTOPEN':
      return [
        'WRITE_FAILED',
        "Le fichier de données ne peut pas être ouvert : son dossier n'existe pas, c'est un dossier, ou l'accès est refusé."
      ]
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return [
        'DATABASE_CORRUPT',
        'Le fichier de données est endommagé. Fermez l’application et restaurez la dernière sauvegarde.'
      ]
    case 'SQLITE_NOMEM':
      return [
        'INTERNAL',
        `Mémoire insuffisante : ${NOTHING_SAVED}. Fermez d'autres programmes puis réessayez.`
      ]
    case 'SQLITE_TOOBIG':
      return ['VALIDATION', `Une donnée est trop volumineuse pour être enregistrée : ${NOTHING_SAVED}.`]
    default:
      return undefined
  }
}

/** Node file-system error codes (POSIX and their Windows equivalents as libuv reports them). */
function fileTranslation(code: string, error: ErrorShape): Translation | undefined {
  const file = onFile(error)
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ['DISK_FULL', DISK_FULL_MESSAGE]
    case 'EROFS':
      return ['WRITE_FAILED', `Le disque est en lecture seule${file} : ${NOTHING_SAVED}.`]
    case 'EIO':
      return [
        'WRITE_FAILED',
        `La lecture ou l'écriture sur le disque a échoué${file} : ${NOTHING_SAVED}. Vérifiez le disque puis réessayez.`
      ]
    case 'EACCES':
    case 'EPERM':
      return [
        'WRITE_FAILED',
        `Accès refusé${file} : l'application n'a pas le droit d'y écrire, ou un autre programme bloque le fichier. Vérifiez les droits, ou choisissez un autre emplacement.`
      ]
    case 'EBUSY':
      return [
        'WRITE_FAILED',
        `Le fichier est ouvert dans un autre programme${file} : fermez-le puis réessayez.`
      ]
    case 'EISDIR':
      return ['VALIDATION', `Ce chemin désigne un dossier, pas un fichier${file}.`]
    case 'ENOTDIR':
      return ['VALIDATION', `Un élément de ce chemin n'est pas un dossier${file}.`]
    case 'EEXIST':
      return ['CONFLICT', `Un fichier de ce nom existe déjà là où l'application doit écrire${file}.`]
    case 'ENOENT':
      return ['NOT_FOUND', `Fichier ou dossier introuvable${file} : il a peut-être été déplacé ou supprimé.`]
    case 'ENAMETOOLONG':
      return [
        'VALIDATION',
        `Le chemin du fichier est trop long${file} : choisissez un dossier moins profond.`
      ]
    case 'EMFILE':
    case 'ENFILE':
      return [
        'INTERNAL',
        'Trop de fichiers sont ouverts en même temps : fermez des programmes puis réessayez.'
      ]
    case 'ENOMEM':
      return [
        'INTERNAL',
        `Mémoire insuffisante : ${NOTHING_SAVED}. Fermez d'autres programmes puis réessayez.`
      ]
    default:
      return undefined
  }
}

/**
 * Turns the storage failures a user can act on (busy, read-only, full, failing or protected disk, a folder where a
 * file is expected, a damaged file) into French AppErrors, so no SQLite code, errno or English text reaches the
 * user; anything else (a bug, a constraint) is returned unchanged for the caller's generic message.
 */
export function translateStorageError<E>(error: E): E | AppError {
  if (error instanceof AppError) return error
  const shape = (error ?? {}) as ErrorShape
  if (typeof shape.code !== 'string') return error
  const message = typeof shape.message === 'string' ? shape.message : ''
  const translation = shape.code.startsWith('SQLITE_')
    ? sqliteTranslation(shape.code, message)
    : fileTranslation(shape.code, shape)
  return translation ? new AppError(...translation) : error
}
