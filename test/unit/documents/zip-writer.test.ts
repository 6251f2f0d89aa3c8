import { strFromU8, strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import yauzl from 'yauzl'
import { zipArchive, zipEntry } from '../../../src-main/services/documents/docx/zip-writer'

/** Every entry of an archive as yauzl reads it, checking each entry's CRC and size as it inflates. */
function readWithYauzl(archive: Uint8Array): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(archive), { lazyEntries: true, strictFileNames: true }, (error, zip) => {
      if (error) return reject(error)
      const files: Record<string, string> = {}
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            files[entry.fileName] = Buffer.concat(chunks).toString('utf8')
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(files))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

describe('the DOCX zip writer', () => {
  const xml = `<?xml version="1.0"?><w:t>${'Convention de partenariat — « Partie » ’ '.repeat(2000)}</w:t>`
  const parts = { '[Content_Types].xml': '<Types/>', 'word/document.xml': xml, 'word/empty.xml': '' }
  const shared = zipEntry('_rels/.rels', strToU8('<Relationships/>'))

  it('writes an archive that fflate and yauzl both read back, byte for byte, with an entry compressed beforehand', async () => {
    const archive = zipArchive([
      shared,
      ...Object.entries(parts).map(([name, text]) => zipEntry(name, strToU8(text)))
    ])
    const expected = { '_rels/.rels': '<Relationships/>', ...parts }
    const unzipped = unzipSync(archive)
    expect(
      Object.fromEntries(Object.entries(unzipped).map(([name, data]) => [name, strFromU8(data)]))
    ).toEqual(expected)
    expect(await readWithYauzl(archive)).toEqual(expected)
    // DEFLATE did its work: a repetitive 80 kB part takes a few kilobytes.
    expect(archive.length).toBeLessThan(xml.length / 10)
  })

  it('gives the same bytes for the same content (no clock in the archive)', () => {
    const write = () => zipArchive([zipEntry('word/document.xml', strToU8(xml))])
    expect(Buffer.from(write()).equals(Buffer.from(write()))).toBe(true)
  })
})
