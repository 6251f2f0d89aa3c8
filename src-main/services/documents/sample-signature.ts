import { crc32, deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A sample drawn signature for demonstration data (CLI `documents generate --signed`): a looping stroke whose shape
 * depends on `seed`, as a PNG data URL. Never used for a real signing.
 */
export function sampleSignatureDataUrl(seed: number, width = 320, height = 110): string {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8)
  header.writeUInt8(6, 9)
  const pixels = Buffer.alloc(height * (1 + width * 4))
  for (let x = 10; x < width - 10; x += 1) {
    const t = x / width
    const y = Math.round(height / 2 + (height / 3) * Math.sin(t * (6 + (seed % 5)) + seed) * Math.cos(t * 3))
    for (let dy = -1; dy <= 1; dy += 1) {
      const row = y + dy
      if (row >= 0 && row < height) pixels.writeUInt32BE(0x1f2a44ff, row * (1 + width * 4) + 1 + x * 4)
    }
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0))
  ])
  return `data:image/png;base64,${png.toString('base64')}`
}
