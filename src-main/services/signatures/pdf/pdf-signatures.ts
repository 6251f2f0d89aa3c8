import type { X509Certificate } from 'node:crypto'
import { PDF, PdfNumber, type PdfDict } from '@libpdf/core'
import { verifyDetachedCms, type CmsIntegrity } from '../cms/cms-verify'

/** One signature of a PDF, checked cryptographically (trust in the signer is assessed elsewhere). */
export interface PdfSignatureCheck {
  integrity: CmsIntegrity | 'changed-after-signing'
  signer: X509Certificate | null
  certificates: X509Certificate[]
  signingTime: string | null
  place: string | null
  reason: string | null
  /** Where its signed bytes end: later signatures end further. */
  signedUpTo: number
}

interface SignatureDictionary {
  byteRange: [number, number, number, number]
  contents: Uint8Array
  place: string | null
  reason: string | null
  /** /M, the time the signing software wrote: PAdES keeps it out of the CMS, where older tools put it. */
  claimedTime: string | null
}

/** A PDF date, « D:20261128140500+01'00' », as an ISO timestamp. */
export function pdfDate(value: string | undefined): string | null {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value ?? '')
  if (!match) return null
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone = 'Z'] = match
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function readDictionary(dict: PdfDict): SignatureDictionary | null {
  const range = dict.getArray('ByteRange')
  const contents = dict.getString('Contents')
  if (!range || range.length !== 4 || !contents) return null
  const numbers = [0, 1, 2, 3].map((index) => {
    const value = range.at(index)
    return value instanceof PdfNumber ? value.value : NaN
  })
  if (numbers.some((value) => !Number.isSafeInteger(value) || value < 0)) return null
  return {
    byteRange: numbers as [number, number, number, number],
    contents: contents.bytes,
    place: dict.getString('Location')?.asString() ?? null,
    reason: dict.getString('Reason')?.asString() ?? null,
    claimedTime: pdfDate(dict.getString('M')?.asString())
  }
}

/** The signed ranges must be the whole file up to their end but for the hex string of /Contents, exactly. */
function rangeIsSound(bytes: Uint8Array, [start, firstLength, second, secondLength]: number[]): boolean {
  if (start !== 0 || firstLength === undefined || second === undefined || secondLength === undefined)
    return false
  if (second <= firstLength || second + secondLength > bytes.length) return false
  return bytes[firstLength] === 0x3c && bytes[second - 1] === 0x3e
}

const pageTexts = async (bytes: Uint8Array) => (await PDF.load(bytes)).extractText().map((page) => page.text)

/**
 * Every signature of a PDF: its CMS checked over its byte ranges, in signing order. Bytes appended after the last
 * signature, or pages of a signed revision whose text a later revision changed, make that signature fail.
 */
export async function checkPdfSignatures(bytes: Uint8Array): Promise<PdfSignatureCheck[]> {
  let pdf: PDF
  try {
    pdf = await PDF.load(bytes)
  } catch {
    return []
  }
  const dictionaries = (pdf.getForm()?.getSignatureFields() ?? [])
    .map((field) => field.getSignatureDict())
    .filter((dict): dict is PdfDict => dict !== null)
    .map(readDictionary)
  const checks: PdfSignatureCheck[] = []
  for (const dictionary of dictionaries) {
    if (!dictionary || !rangeIsSound(bytes, dictionary.byteRange)) {
      checks.push({
        integrity: 'unreadable',
        signer: null,
        certificates: [],
        signingTime: null,
        place: null,
        reason: null,
        signedUpTo: 0
      })
      continue
    }
    const [, firstLength, second, secondLength] = dictionary.byteRange
    const check = verifyDetachedCms(Buffer.from(dictionary.contents), [
      bytes.subarray(0, firstLength),
      bytes.subarray(second, second + secondLength)
    ])
    checks.push({
      ...check,
      place: dictionary.place,
      reason: dictionary.reason,
      signedUpTo: second + secondLength
    })
  }
  checks.sort((left, right) => left.signedUpTo - right.signedUpTo)
  await flagLaterChanges(bytes, checks)
  return checks
}

async function flagLaterChanges(bytes: Uint8Array, checks: PdfSignatureCheck[]): Promise<void> {
  const last = checks.at(-1)
  if (!last) return
  const trailing = Buffer.from(bytes.subarray(last.signedUpTo)).toString('latin1')
  if (trailing.trim() !== '' && last.integrity === 'valid') last.integrity = 'changed-after-signing'
  const finalTexts = await pageTexts(bytes)
  for (const check of checks.slice(0, -1)) {
    if (check.integrity !== 'valid') continue
    const signedTexts = await pageTexts(bytes.subarray(0, check.signedUpTo))
    if (signedTexts.some((text, index) => finalTexts[index] !== text))
      check.integrity = 'changed-after-signing'
  }
}
