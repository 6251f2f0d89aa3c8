import { readDocumentId } from './docx-properties'
import { readPdfDocumentId } from './pdf-properties'

/** The document id a file carries in its properties (DOCX custom property, PDF title), or null. */
export function claimedDocumentId(bytes: Uint8Array): string | null {
  return readDocumentId(bytes) ?? readPdfDocumentId(bytes)
}
