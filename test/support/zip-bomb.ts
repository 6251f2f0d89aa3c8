import { crc32, deflateRawSync } from 'node:zlib'

/** One local file header (30 bytes) or central directory entry (46 bytes) of a deflated zip entry. */
function header(central: boolean, name: Buffer, crc: number, packed: number, size: number, offset: number) {
  const out = Buffer.alloc(central ? 46 : 30)
  let at = 0
  const u32 = (value: number) => (at = out.writeUInt32LE(value, at))
  const u16 = (value: number) => (at = out.writeUInt16LE(value, at))
  u32(central ? 0x02014b50 : 0x04034b50)
  if (central) u16(20)
  u16(20) // version needed
  u16(0) // flags
  u16(8) // deflate
  u32(0) // time and date
  u32(crc)
  u32(packed)
  u32(size)
  u16(name.length)
  u16(0) // extra field
  if (central) {
    u16(0) // comment
    u16(0) // disk
    u16(0) // internal attributes
    u32(0) // external attributes
    u32(offset)
  }
  return Buffer.concat([out, name])
}

/**
 * A real zip bomb: every entry deflated by zlib (fast, native), e.g. 150 MB of zeros packed into 150 kB. Assembled by
 * hand because fflate's own deflate takes seconds on that much data.
 */
export function zipBomb(entries: Record<string, Uint8Array>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [fileName, data] of Object.entries(entries)) {
    const name = Buffer.from(fileName)
    const packed = deflateRawSync(data, { level: 9 })
    const crc = crc32(data)
    const local = Buffer.concat([header(false, name, crc, packed.length, data.length, 0), packed])
    centrals.push(header(true, name, crc, packed.length, data.length, offset))
    locals.push(local)
    offset += local.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length, 8)
  end.writeUInt16LE(centrals.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
