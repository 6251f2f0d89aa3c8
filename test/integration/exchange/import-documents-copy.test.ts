import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { copyDocuments, importedDocumentPath } from '../../../src-main/services/exchange/import-documents'
import type { BundleDocument } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { makeTempFolder } from '../../support/temp-database'

function bundleDocuments(count: number): { documents: BundleDocument[]; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>()
  const documents = Array.from({ length: count }, (_, index): BundleDocument => {
    const data = Buffer.from(`document ${index}`)
    const path = `documents/d${index}.docx`
    files.set(path, data)
    return {
      path,
      sha256: createHash('sha256').update(data).digest('hex'),
      size: data.length,
      agreementReference: `AD-2026-33-${String(index + 1).padStart(4, '0')}`,
      amendmentNumber: null,
      kind: 'signed',
      version: 1,
      createdAt: '2026-11-29T10:00:00.000Z'
    }
  })
  return { documents, files }
}

describe('copying received documents', () => {
  const folder = makeTempFolder()
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('writes each document under imports/<reference>/, and skips those already there', async () => {
    const { documents, files } = bundleDocuments(20)
    expect(await copyDocuments(folder, documents, files)).toHaveLength(20)
    for (const document of documents)
      expect(readFileSync(importedDocumentPath(folder, document))).toEqual(files.get(document.path))
    expect(await copyDocuments(folder, documents, files)).toEqual([])
  })

  it('leaves no document behind when one of them cannot be written', async () => {
    const { documents, files } = bundleDocuments(20)
    // A folder where the 13th file should go: the rename onto it fails.
    mkdirSync(importedDocumentPath(folder, documents[12] as BundleDocument), { recursive: true })
    await expect(copyDocuments(folder, documents, files)).rejects.toBeDefined()
    for (const [index, document] of documents.entries())
      if (index !== 12) expect(existsSync(importedDocumentPath(folder, document))).toBe(false)
    const leftovers = readdirSync(join(folder, 'imports'), { recursive: true }).filter((name) =>
      String(name).endsWith('.tmp')
    )
    expect(leftovers).toEqual([])
  })
})
