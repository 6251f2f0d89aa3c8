const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
const TITLE_KEY = '/Title'
const LITERAL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }

/** A PDF text string's bytes as text: UTF-16BE after its byte-order mark, else one byte per character. */
function decodeTextString(bytes: string): string {
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes
  let text = ''
  for (let index = 2; index + 1 < bytes.length; index += 2)
    text += String.fromCharCode((bytes.charCodeAt(index) << 8) | bytes.charCodeAt(index + 1))
  return text
}

/** The literal string `( … )` that opens at `start`: balanced parentheses, backslash escapes, octal codes. */
function literalString(source: string, start: number): string {
  let bytes = ''
  let depth = 0
  for (let index = start; index < source.length; index += 1) {
    const char = source[index] as string
    if (char === '\\') {
      const next = source[index + 1] ?? ''
      const octal = /^[0-7]{1,3}/.exec(source.slice(index + 1, index + 4))?.[0]
      if (octal) {
        bytes += String.fromCharCode(parseInt(octal, 8) & 0xff)
        index += octal.length
      } else {
        bytes += LITERAL_ESCAPES[next] ?? next
        index += 1
      }
      continue
    }
    if (char === '(') depth += 1
    if (char === ')') depth -= 1
    if (depth === 0) return bytes
    if (index > start || char !== '(') bytes += char
  }
  return bytes
}

/** The hexadecimal string `< … >` that opens at `start`. */
function hexString(source: string, start: number): string {
  const end = source.indexOf('>', start)
  const digits = source.slice(start + 1, end === -1 ? undefined : end).replace(/[^0-9a-fA-F]/g, '')
  let bytes = ''
  for (let index = 0; index < digits.length; index += 2)
    bytes += String.fromCharCode(parseInt(digits.slice(index, index + 2).padEnd(2, '0'), 16))
  return bytes
}

/**
 * The document id that the title of a PDF issued by the app carries (see `renderDocumentHtml`), or null. Reads the
 * document information's `/Title` entries as they appear in the file, the last one winning (an incremental update
 * appends a newer one); a PDF that keeps its properties compressed answers null, and is then reported unknown.
 */
export function readPdfDocumentId(bytes: Uint8Array): string | null {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  if (!source.startsWith('%PDF-')) return null
  let found: string | null = null
  for (let at = source.indexOf(TITLE_KEY); at !== -1; at = source.indexOf(TITLE_KEY, at + TITLE_KEY.length)) {
    let start = at + TITLE_KEY.length
    while (/\s/.test(source[start] ?? '')) start += 1
    const opening = source[start]
    const raw =
      opening === '(' ? literalString(source, start) : opening === '<' ? hexString(source, start) : null
    const id = raw === null ? undefined : UUID.exec(decodeTextString(raw))?.[0]
    if (id) found = id
  }
  return found
}
