import type { AppError } from '../../shared/errors'
import { refusedBundle } from './bundle-errors'

/** yauzl's and zlib's English messages, by what they mean for the user. */
const ZIP_PROBLEMS: ReadonlyArray<[RegExp, string]> = [
  [
    /end of central directory record signature not found/i,
    "ce n'est pas une archive .zip, ou elle est tronquée."
  ],
  [/invalid comment length/i, "l'archive est tronquée, ou des octets ont été ajoutés à sa fin."],
  [/multi-disk/i, 'les archives en plusieurs morceaux ne sont pas prises en charge.'],
  [/zip64/i, "l'archive est endommagée (structure ZIP64 invalide)."],
  [
    /file header signature|relative header offset/i,
    "l'archive est endommagée (en-tête de fichier invalide)."
  ],
  [
    /encrypt/i,
    "l'archive contient un fichier chiffré (protégé par mot de passe) : il ne peut pas être vérifié."
  ],
  [
    /compression method/i,
    "l'archive utilise une méthode de compression non prise en charge (seule la compression standard l'est)."
  ],
  [/overflows file bounds|unexpected eof|truncated/i, "l'archive est tronquée."],
  [
    /too many bytes|bytes in the stream|expected \d+ bytes/i,
    "un fichier se décompresse en plus de données qu'annoncé (bombe de décompression probable)."
  ],
  [
    /invalid (stored block|code|distance|block type|literal)|incorrect header check|unexpected end of file|Z_DATA_ERROR|Z_BUF_ERROR/i,
    "l'archive est endommagée (données compressées invalides)."
  ]
]

/**
 * Turns any error of yauzl or zlib into a French refusal; their English text never reaches the user. `name`, when
 * known, says which file of the archive failed.
 */
export function zipRefusal(error: unknown, name?: string): AppError {
  const { code, message = '' } = (error ?? {}) as { code?: string; message?: string }
  if (code === 'BUNDLE_REFUSED') return error as AppError
  const problem = ZIP_PROBLEMS.find(([pattern]) => pattern.test(`${message} ${code ?? ''}`))?.[1]
  const where = name ? ` (fichier « ${name} »)` : ''
  return refusedBundle(
    problem
      ? `${problem.slice(0, -1)}${where}.`
      : `l'archive est endommagée ou d'un format non pris en charge${where}.`
  )
}
