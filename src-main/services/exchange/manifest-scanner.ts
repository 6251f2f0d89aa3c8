/** Where one JSON value lies in the manifest's bytes: [start, end). */
export interface ByteRange {
  start: number
  end: number
}

/**
 * The manifest's top-level object cut without being parsed whole: the elements of its long lists as byte ranges,
 * every other member kept as the text of a small JSON object.
 */
export interface ScannedManifest {
  head: string
  lists: Map<string, ByteRange[]>
}

/** The bytes are not one JSON object, or a top-level member appears twice: nothing of ours. */
export class UnreadableManifest extends Error {}

const SPACE = 0x20
const TAB = 0x09
const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

function parseName(quoted: string): string | null {
  try {
    const name: unknown = JSON.parse(quoted)
    return typeof name === 'string' ? name : null
  } catch {
    return null
  }
}

/** Decodes strictly: a manifest that is not UTF-8 is not ours. */
export function utf8Text(bytes: Uint8Array, { start, end }: ByteRange): string {
  try {
    return STRICT_UTF8.decode(bytes.subarray(start, end))
  } catch {
    throw new UnreadableManifest()
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Scans the bytes once. Only the structure is read here (UTF-8 never uses bytes below 0x80 inside a multi-byte
 * character, so quotes and brackets are found byte by byte); each range and the head are then given to JSON.parse,
 * which checks them. A list element that is valid JSON on its own, in a top level whose grammar is checked here, is
 * read exactly as JSON.parse would read the whole — except a member named twice, which is refused instead of letting
 * the last one silently win.
 */
export function scanManifest(bytes: Uint8Array, listKeys: ReadonlySet<string>): ScannedManifest {
  let at = 0
  const fail = (): never => {
    throw new UnreadableManifest()
  }
  const skipSpaces = () => {
    while (at < bytes.length) {
      const byte = bytes[at]
      if (byte !== SPACE && byte !== TAB && byte !== LINE_FEED && byte !== CARRIAGE_RETURN) return
      at += 1
    }
  }
  const expect = (byte: number) => {
    if (bytes[at] !== byte) fail()
    at += 1
  }
  const skipString = () => {
    expect(QUOTE)
    while (at < bytes.length) {
      const byte = bytes[at] as number
      if (byte === BACKSLASH) at += 2
      else if (byte === QUOTE) {
        at += 1
        return
      } else at += 1
    }
    fail()
  }
  /** Skips one value; its validity is JSON.parse's to check. */
  const skipValue = () => {
    const first = bytes[at]
    if (first === QUOTE) return skipString()
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      const start = at
      while (at < bytes.length) {
        const byte = bytes[at]
        if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET) break
        if (byte === SPACE || byte === TAB || byte === LINE_FEED || byte === CARRIAGE_RETURN) break
        at += 1
      }
      if (at === start) fail()
      return
    }
    let depth = 0
    while (at < bytes.length) {
      const byte = bytes[at]
      if (byte === QUOTE) {
        skipString()
        continue
      }
      at += 1
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth -= 1
        if (depth === 0) return
      }
    }
    fail()
  }
  const text = (start: number, end: number) => utf8Text(bytes, { start, end })
  const skipList = (): ByteRange[] => {
    const elements: ByteRange[] = []
    expect(OPEN_BRACKET)
    skipSpaces()
    if (bytes[at] === CLOSE_BRACKET) {
      at += 1
      return elements
    }
    for (;;) {
      skipSpaces()
      const start = at
      skipValue()
      elements.push({ start, end: at })
      skipSpaces()
      if (bytes[at] === CLOSE_BRACKET) {
        at += 1
        return elements
      }
      expect(COMMA)
    }
  }

  skipSpaces()
  expect(OPEN_BRACE)
  const members: string[] = []
  const names = new Set<string>()
  const lists = new Map<string, ByteRange[]>()
  skipSpaces()
  if (bytes[at] === CLOSE_BRACE) at += 1
  else
    for (;;) {
      skipSpaces()
      const nameStart = at
      skipString()
      const nameText = text(nameStart, at)
      const name = parseName(nameText)
      if (name === null || names.has(name)) fail()
      names.add(name as string)
      skipSpaces()
      expect(COLON)
      skipSpaces()
      if (listKeys.has(name as string) && bytes[at] === OPEN_BRACKET) lists.set(name as string, skipList())
      else {
        const valueStart = at
        skipValue()
        members.push(`${nameText}:${text(valueStart, at)}`)
      }
      skipSpaces()
      if (bytes[at] === CLOSE_BRACE) {
        at += 1
        break
      }
      expect(COMMA)
    }
  skipSpaces()
  if (at !== bytes.length) fail()
  return { head: `{${members.join(',')}}`, lists }
}
