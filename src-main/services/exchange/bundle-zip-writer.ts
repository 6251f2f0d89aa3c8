import yazl from 'yazl'

export interface ZipFile {
  path: string
  data: Buffer
}

/**
 * Builds the zip in memory, entries deflated except documents that are already compressed (DOCX, PDF). The caller
 * writes the bytes with the atomic writer, so a failed export never leaves a partial .zip behind.
 */
export function buildZip(files: readonly ZipFile[], mtime: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const file of files) {
    zip.addBuffer(file.data, file.path, { mtime, compress: !/\.(docx|pdf|xlsx)$/i.test(file.path) })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}
