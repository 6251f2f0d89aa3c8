import { strFromU8, unzipSync } from 'fflate'

/** Largest `word/document.xml` read (uncompressed): a hostile file may not make us inflate more. */
const MAX_DOCUMENT_XML = 30 * 1024 * 1024

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return ENTITIES[entity] ?? ''
  })
}

/**
 * The text of a paragraph as a reader compares it: spaces of any kind collapsed, letter case ignored (a word
 * processor that re-saves the file may rewrite a field's cached « article 20 » as « Article 20 »).
 */
export function comparableText(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * The paragraphs of a DOCX body, in order, as text (runs joined, tabs as spaces), empty ones left out; null when
 * the bytes are not a readable DOCX. List numbers and fields' instructions are not text: re-saving keeps them.
 */
export function docxParagraphs(bytes: Uint8Array): string[] | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null
  let xml: string
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => file.name === 'word/document.xml' && file.originalSize <= MAX_DOCUMENT_XML
    })
    const part = parts['word/document.xml']
    if (!part) return null
    xml = strFromU8(part)
  } catch {
    return null
  }
  const body = xml.replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, '')
  return body
    .split(/<\/w:p>/)
    .map((chunk) =>
      [...chunk.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((match) => (match[1] === undefined ? ' ' : decode(match[1])))
        .join('')
    )
    .map((text) => text.trim())
    .filter((text) => text !== '')
}

export interface ParagraphDifference {
  /** The paragraph as issued, or null when the file added it. */
  issued: string | null
  /** The paragraph as found in the file, or null when the file removed it. */
  found: string | null
}

/** Paragraphs that differ between the issued text and the file's, in document order (a longest-common-subsequence diff). */
export function paragraphDifferences(
  issued: readonly string[],
  found: readonly string[]
): ParagraphDifference[] {
  const a = issued.map(comparableText)
  const b = found.map(comparableText)
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0)
  )
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      (lengths[i] as number[])[j] =
        a[i] === b[j]
          ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lengths[i + 1] as number[])[j] as number, (lengths[i] as number[])[j + 1] as number)
  const differences: ParagraphDifference[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1
      j += 1
    } else if (
      j < b.length &&
      (i === a.length ||
        ((lengths[i] as number[])[j + 1] as number) >= ((lengths[i + 1] as number[])[j] as number))
    ) {
      differences.push({ issued: null, found: found[j] as string })
      j += 1
    } else {
      differences.push({ issued: issued[i] as string, found: null })
      i += 1
    }
  }
  return pairReplacements(differences)
}

/** A removal followed by an addition is one paragraph rewritten: shown side by side. */
function pairReplacements(differences: ParagraphDifference[]): ParagraphDifference[] {
  const paired: ParagraphDifference[] = []
  for (const difference of differences) {
    const previous = paired.at(-1)
    const removedThenAdded = previous?.found === null && difference.issued === null
    const addedThenRemoved = previous?.issued === null && difference.found === null
    if (previous && (removedThenAdded || addedThenRemoved))
      paired[paired.length - 1] = {
        issued: previous.issued ?? difference.issued,
        found: previous.found ?? difference.found
      }
    else paired.push(difference)
  }
  return paired
}
