import { describe, expect, it } from 'vitest'
import { readPdfDocumentId } from '../../../src-main/services/documents/pdf-properties'

const ID = '3f2a9c10-5b7e-4d21-9a0c-7e1f2b3c4d5e'
const OTHER = '00000000-1111-4222-8333-444444444444'

const pdf = (...objects: string[]) => Buffer.from(`%PDF-1.4\n${objects.join('\n')}\n%%EOF\n`, 'latin1')
const utf16Hex = (text: string) =>
  `<FEFF${[...text]
    .map((char) => char.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase()}>`

describe('reading the document id from a PDF title', () => {
  it('finds it in a literal title, escapes and nested parentheses included', () => {
    expect(
      readPdfDocumentId(
        pdf(`1 0 obj << /Title (Convention \\(mécénat\\) AD-2026-33-0042 \\267 ${ID}) >> endobj`)
      )
    ).toBe(ID)
    expect(readPdfDocumentId(pdf(`1 0 obj <</Title(Convention (v3) ${ID})>> endobj`))).toBe(ID)
  })

  it('finds it in a UTF-16 hexadecimal title, as Chromium writes accented titles', () => {
    expect(
      readPdfDocumentId(
        pdf(`7 0 obj\n<</Title ${utf16Hex(`Convention de partenariat AD-2026-33-0042 · ${ID}`)}>>\nendobj`)
      )
    ).toBe(ID)
  })

  it('takes the last title when an incremental update appended a newer one', () => {
    expect(
      readPdfDocumentId(pdf(`1 0 obj <</Title (${OTHER})>> endobj`, `9 0 obj <</Title (${ID})>> endobj`))
    ).toBe(ID)
  })

  it('answers null for a PDF without an id, a truncated title, or a file that is not a PDF', () => {
    expect(readPdfDocumentId(pdf('1 0 obj <</Title (Rapport annuel)>> endobj'))).toBeNull()
    expect(readPdfDocumentId(pdf('1 0 obj <</Title (Convention 3f2a9c10-5b7e'))).toBeNull()
    expect(readPdfDocumentId(Buffer.from(`PK\u0003\u0004 /Title (${ID})`, 'latin1'))).toBeNull()
  })
})
