/**
 * A minimal reader of DER (and of BER indefinite lengths, which some PDF signers still write) that keeps the exact
 * bytes of every element: a CMS signature is checked over the signed attributes exactly as they were encoded, so a
 * decoder that re-encodes them would break on the first harmless variation.
 */
export interface DerElement {
  tag: number
  /** The whole element, header included. */
  bytes: Buffer
  /** The content, without the header (for an indefinite length, without the end-of-contents octets). */
  content: Buffer
  constructed: boolean
}

export class DerError extends Error {}

const MAX_DEPTH = 64

export function readElement(buffer: Buffer, offset = 0, depth = 0): DerElement {
  if (depth > MAX_DEPTH) throw new DerError('nesting too deep')
  if (offset + 2 > buffer.length) throw new DerError('truncated header')
  const tag = buffer[offset] as number
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used by CMS')
  const constructed = (tag & 0x20) !== 0
  const first = buffer[offset + 1] as number
  let headerLength = 2
  if (first === 0x80) {
    if (!constructed) throw new DerError('indefinite length on a primitive element')
    let cursor = offset + 2
    while (!(buffer[cursor] === 0 && buffer[cursor + 1] === 0)) {
      if (cursor >= buffer.length) throw new DerError('missing end-of-contents')
      cursor += readElement(buffer, cursor, depth + 1).bytes.length
    }
    return {
      tag,
      constructed,
      bytes: buffer.subarray(offset, cursor + 2),
      content: buffer.subarray(offset + 2, cursor)
    }
  }
  let length = first
  if (first > 0x80) {
    const count = first & 0x7f
    if (count > 4) throw new DerError('length too large')
    length = 0
    for (let index = 0; index < count; index++) length = length * 256 + (buffer[offset + 2 + index] as number)
    headerLength += count
  }
  const end = offset + headerLength + length
  if (end > buffer.length) throw new DerError('truncated content')
  return {
    tag,
    constructed,
    bytes: buffer.subarray(offset, end),
    content: buffer.subarray(offset + headerLength, end)
  }
}

/** The elements inside a constructed element, in order. */
export function childrenOf(element: DerElement): DerElement[] {
  if (!element.constructed) throw new DerError('primitive element has no children')
  const children: DerElement[] = []
  let offset = 0
  while (offset < element.content.length) {
    const child = readElement(element.content, offset)
    children.push(child)
    offset += child.bytes.length
  }
  return children
}

export function childAt(element: DerElement, index: number): DerElement {
  const child = childrenOf(element)[index]
  if (!child) throw new DerError(`missing element ${index}`)
  return child
}

/** Dotted form of an OBJECT IDENTIFIER's content. */
export function decodeOid(element: DerElement): string {
  if (element.tag !== 0x06) throw new DerError('not an object identifier')
  const bytes = element.content
  const parts: number[] = []
  let value = 0
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      if (parts.length === 0)
        parts.push(Math.min(2, Math.floor(value / 40)), value - Math.min(2, Math.floor(value / 40)) * 40)
      else parts.push(value)
      value = 0
    }
  }
  return parts.join('.')
}

/** UTCTime or GeneralizedTime → ISO timestamp. */
export function decodeTime(element: DerElement): string {
  const text = element.content.toString('latin1')
  const match = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text)
  if (!match) throw new DerError('unsupported time format')
  const [, yearText, month, day, hour, minute, second = '00'] = match as unknown as string[]
  const year =
    element.tag === 0x17 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText)
  return new Date(
    Date.UTC(year, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  ).toISOString()
}
