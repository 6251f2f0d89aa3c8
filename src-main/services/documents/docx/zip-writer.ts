import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A ZIP archive (the container of a DOCX) written with Node's zlib: DEFLATE at its default level, as fflate does,
 * but in native code, and with entries that can be compressed once and reused — the parts every convention shares.
 */
export interface ZipEntry {
  name: Uint8Array
  crc: number
  size: number
  compressed: Uint8Array
}

const DEFLATE = 8
/** 1 January 1980, the first date a ZIP file can hold: the same bytes for the same content. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1
const VERSION = 20
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800

export function zipEntry(name: string, data: Uint8Array): ZipEntry {
  return {
    name: Buffer.from(name, 'utf8'),
    crc: crc32(data),
    size: data.length,
    compressed: deflateRawSync(data)
  }
}

function localHeader(entry: ZipEntry): Buffer {
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(VERSION, 4)
  header.writeUInt16LE(UTF8_NAMES, 6)
  header.writeUInt16LE(DEFLATE, 8)
  header.writeUInt16LE(0, 10)
  header.writeUInt16LE(DOS_DATE, 12)
  header.writeUInt32LE(entry.crc, 14)
  header.writeUInt32LE(entry.compressed.length, 18)
  header.writeUInt32LE(entry.size, 22)
  header.writeUInt16LE(entry.name.length, 26)
  header.writeUInt16LE(0, 28)
  return header
}

function centralHeader(entry: ZipEntry, offset: number): Buffer {
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(VERSION, 4)
  header.writeUInt16LE(VERSION, 6)
  header.writeUInt16LE(UTF8_NAMES, 8)
  header.writeUInt16LE(DEFLATE, 10)
  header.writeUInt16LE(0, 12)
  header.writeUInt16LE(DOS_DATE, 14)
  header.writeUInt32LE(entry.crc, 16)
  header.writeUInt32LE(entry.compressed.length, 20)
  header.writeUInt32LE(entry.size, 24)
  header.writeUInt16LE(entry.name.length, 28)
  // Extra field, comment, disk, internal and external attributes: none.
  header.writeUInt32LE(offset, 42)
  return header
}

/** The archive of the entries, in their order. */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    central.push(centralHeader(entry, offset), entry.name)
    const header = localHeader(entry)
    chunks.push(header, entry.name, entry.compressed)
    offset += header.length + entry.name.length + entry.compressed.length
  }
  const centralSize = central.reduce((size, chunk) => size + chunk.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, ...central, end])
}
