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

/**
 * The fields a local header (at offset 4) and a central directory header (at offset 6) share, in the same order:
 * version needed, flags, method, time, date, CRC, compressed and original sizes, name length.
 */
function writeEntryFields(header: Buffer, at: number, entry: ZipEntry): void {
  header.writeUInt16LE(VERSION, at)
  header.writeUInt16LE(UTF8_NAMES, at + 2)
  header.writeUInt16LE(DEFLATE, at + 4)
  header.writeUInt16LE(0, at + 6)
  header.writeUInt16LE(DOS_DATE, at + 8)
  header.writeUInt32LE(entry.crc, at + 10)
  header.writeUInt32LE(entry.compressed.length, at + 14)
  header.writeUInt32LE(entry.size, at + 18)
  header.writeUInt16LE(entry.name.length, at + 22)
}

function localHeader(entry: ZipEntry): Buffer {
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  writeEntryFields(header, 4, entry)
  // No extra field.
  return header
}

function centralHeader(entry: ZipEntry, offset: number): Buffer {
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(VERSION, 4)
  writeEntryFields(header, 6, entry)
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
