import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  scanManifest,
  utf8Text,
  UnreadableManifest
} from '../../../src-main/services/exchange/manifest-scanner'

const LISTS = new Set(['agreements', 'documents'])
const bytesOf = (text: string) => new TextEncoder().encode(text)

/** What the import reads from the scan: the head parsed, each list element parsed on its own. */
function readBack(text: string): Record<string, unknown> {
  const bytes = bytesOf(text)
  const scanned = scanManifest(bytes, LISTS)
  const value = JSON.parse(scanned.head) as Record<string, unknown>
  for (const [key, ranges] of scanned.lists)
    value[key] = ranges.map((range) => JSON.parse(utf8Text(bytes, range)) as unknown)
  return value
}

const refused = (text: string | Uint8Array) => () =>
  scanManifest(typeof text === 'string' ? bytesOf(text) : text, LISTS)

describe('reading the manifest by elements, without the whole text in memory', () => {
  it('reads any JSON object exactly as JSON.parse does, whatever its strings, nesting and spacing', () => {
    const member = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), member),
        fc.array(fc.jsonValue()),
        fc.constantFrom(undefined, 2, '\t'),
        (others, agreements, spacing) => {
          const value = { ...others, agreements }
          const text = JSON.stringify(value, null, spacing)
          expect(readBack(text)).toEqual(JSON.parse(text))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('keeps brackets, quotes, backslashes and accents inside strings as text', () => {
    const text =
      '{"format":"x","agreements":[{"title":"Convention [à] {l’essai} \\"citée\\" \\\\"},"]",["\\u005b"]],"documents":[]}'
    expect(readBack(text)).toEqual(JSON.parse(text))
    expect(scanManifest(bytesOf(text), LISTS).lists.get('agreements')).toHaveLength(3)
  })

  it('leaves a list member that is not an array in the head, for the schema to refuse', () => {
    expect(JSON.parse(scanManifest(bytesOf('{"agreements":5}'), LISTS).head)).toEqual({ agreements: 5 })
  })

  it('refuses a member named twice instead of letting the last one win (JSON.parse would)', () => {
    expect(refused('{"agreements":[1],"agreements":[2]}')).toThrow(UnreadableManifest)
    expect(refused('{"format":"a","\\u0066ormat":"b"}')).toThrow(UnreadableManifest)
  })

  it('refuses what is not one JSON object', () => {
    for (const text of [
      '',
      '[]',
      '"agreements"',
      '{"agreements":[1,2]} {}',
      '{"agreements":[1,2]',
      '{"agreements":[1,,2]}',
      '{"agreements":[1 2]}',
      '{"title":"jamais fermé}',
      '{"agreements" [1]}',
      '{agreements:[1]}',
      '\uFEFF{"agreements":[]}'
    ])
      expect(refused(text), text).toThrow(UnreadableManifest)
  })

  it('refuses bytes that are not UTF-8 (Windows-1252 text, a truncated character)', () => {
    expect(refused(Uint8Array.from([...bytesOf('{"title":"'), 0xe9, ...bytesOf('"}')]))).toThrow(
      UnreadableManifest
    )
    const bytes = bytesOf('{"agreements":[{"title":"é"}]}')
    const range = scanManifest(bytes, LISTS).lists.get('agreements')?.[0]
    expect(() => utf8Text(bytes, { start: range?.start ?? 0, end: (range?.end ?? 0) - 3 })).toThrow(
      UnreadableManifest
    )
  })

  it('hands an element that is not valid JSON on its own to JSON.parse, which refuses it', () => {
    const bytes = bytesOf('{"agreements":[{"a":1]]}')
    expect(() => {
      const scanned = scanManifest(bytes, LISTS)
      for (const range of scanned.lists.get('agreements') ?? []) JSON.parse(utf8Text(bytes, range))
    }).toThrow()
  })
})
