import { ValidationError } from '../../shared/errors'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const MAX_SIDE = 4000

export interface ValidatedPng {
  bytes: Buffer
  widthPx: number
  heightPx: number
  dataUrl: string
}

/**
 * A drawn signature comes from the renderer: untrusted. It must be a real PNG (signature bytes, IHDR first, sane
 * size) before it is stored or embedded in a Word file; the data URL is rebuilt from the checked bytes.
 */
export function validateSignaturePng(dataUrl: string): ValidatedPng {
  const refuse = () => new ValidationError('La signature tracée est illisible : recommencez-la.')
  const match = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl)
  if (!match) throw refuse()
  const bytes = Buffer.from(match[1] as string, 'base64')
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw refuse()
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw refuse()
  const widthPx = bytes.readUInt32BE(16)
  const heightPx = bytes.readUInt32BE(20)
  if (widthPx < 1 || heightPx < 1 || widthPx > MAX_SIDE || heightPx > MAX_SIDE) throw refuse()
  if (!bytes.includes(Buffer.from('IEND', 'latin1'))) throw refuse()
  return { bytes, widthPx, heightPx, dataUrl: `data:image/png;base64,${bytes.toString('base64')}` }
}

export function pngFromBytes(bytes: Uint8Array): ValidatedPng {
  return validateSignaturePng(`data:image/png;base64,${Buffer.from(bytes).toString('base64')}`)
}

/** What a scanned signed copy may be, told by its first bytes rather than by its name. */
export function scanFileType(bytes: Buffer): 'pdf' | 'png' | 'jpg' | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  return null
}
