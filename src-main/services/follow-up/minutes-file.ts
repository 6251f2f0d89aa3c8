import { unzipSync } from 'fflate'
import type { MinutesFileType } from '../../shared/domain/follow-up'
import { ValidationError } from '../../shared/errors'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

/** Entry names of a zip, read from its directory without inflating anything (a zip bomb stays harmless). */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name)
        return false
      }
    })
  } catch {
    return null
  }
  return names
}

/**
 * What a minutes file really is, told by its content: PDF, PNG, JPEG, or a Word/OpenDocument text (a zip with the
 * parts those formats require). Anything else, whatever its name says, is refused.
 */
export function minutesFileType(bytes: Uint8Array): MinutesFileType | null {
  const starts = (signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte)
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return 'pdf'
  if (starts(PNG_SIGNATURE)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (!starts(ZIP_SIGNATURE)) return null
  const names = zipEntryNames(bytes)
  if (names === null) return null
  if (names.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx'
  if (names.includes('mimetype') && names.includes('content.xml')) return 'odt'
  return null
}

export function checkedMinutesType(bytes: Uint8Array): MinutesFileType {
  if (bytes.length === 0)
    throw new ValidationError('Le fichier est vide.', { dataBase64: 'Le fichier est vide.' })
  const type = minutesFileType(bytes)
  if (type === null) {
    const message =
      'Le compte rendu doit être un PDF, un document Word ou OpenDocument, ou une image PNG ou JPEG.'
    throw new ValidationError(message, { dataBase64: message })
  }
  return type
}

/**
 * The name to show for an attached file: its last segment whatever the separator (a Windows path `C:\…\cr.pdf`
 * or a POSIX one), without control characters, reserved Windows characters or trailing dots, 120 characters at most.
 */
export function displayFileName(fileName: string): string {
  const lastSegment = fileName.split(/[\\/]/).pop() ?? ''
  const cleaned = lastSegment
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 120)
  return cleaned === '' ? 'compte-rendu' : cleaned
}

/** A stored name made only of safe characters (the same on Windows and POSIX), from the shown one. */
export function safeStem(displayName: string): string {
  const stem = displayName.replace(/\.[^.]*$/, '')
  const safe = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return safe === '' ? 'compte-rendu' : safe
}
