import { strFromU8, unzipSync } from 'fflate'
import { DOCUMENT_ID_PROPERTY } from './docx/render-docx'

/** The document id written in a DOCX's custom properties, or null when the file is not one of ours or unreadable. */
export function readDocumentId(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => file.name === 'docProps/custom.xml' && file.originalSize < 1_000_000
    })
    const xml = parts['docProps/custom.xml']
    if (!xml) return null
    const pattern = new RegExp(
      `name="${DOCUMENT_ID_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([0-9a-f-]{36})</vt:lpwstr>`
    )
    return pattern.exec(strFromU8(xml))?.[1] ?? null
  } catch {
    return null
  }
}
