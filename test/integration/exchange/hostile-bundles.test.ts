import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempFolder } from '../../support/temp-database'
import { cli, fileSha256, patchName, readZip, sha256, writeZip, type ZipEntrySpec } from './exchange-fixtures'

/**
 * Each hostile bundle is refused by `exchange import` with exit code 1 and one French message naming the problem,
 * and the target database file is byte-for-byte what it was.
 */
describe('hostile bundles are refused and change nothing', () => {
  let folder: string
  let target: string
  let valid: Map<string, Buffer>
  beforeAll(async () => {
    folder = makeTempFolder('alliance-hostile-')
    const source = join(folder, 'source.sqlite')
    expect((await cli(source, 'demo')).code).toBe(0)
    expect((await cli(source, 'exchange', 'export', '--out', join(folder, 'valid.zip'))).code).toBe(0)
    valid = await readZip(join(folder, 'valid.zip'))
    target = join(folder, 'target.sqlite')
    expect((await cli(target, 'demo')).code).toBe(0)
  }, 60_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const manifest = () =>
    JSON.parse(valid.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>
  const entriesWith = (changes: Record<string, Buffer>): ZipEntrySpec[] =>
    [...new Map([...valid, ...Object.entries(changes)])].map(([name, data]) => ({ name, data }))

  async function expectRefused(bytes: Buffer, message: RegExp): Promise<void> {
    const file = join(folder, `hostile-${sha256(bytes).slice(0, 8)}.zip`)
    writeFileSync(file, bytes)
    const before = fileSha256(target)
    const run = await cli(target, 'exchange', 'import', file)
    expect(run.code).toBe(1)
    expect(run.err.trim().split('\n')).toHaveLength(1)
    expect(run.err).toMatch(/^Fichier d'échange refusé : /)
    expect(run.err).toMatch(message)
    // Never yauzl's or zlib's own English.
    expect(run.err).not.toMatch(/\b(not found|invalid|unsupported|encrypted|Error|End of central)\b/)
    expect(fileSha256(target)).toBe(before)
  }

  it('an entry named ../x', async () => {
    const zip = await writeZip(entriesWith({ 'zz/x': Buffer.from('x') }))
    await expectRefused(patchName(zip, 'zz/x', '../x'), /« \.\.\/x » remonte hors du dossier/)
  })

  it('an absolute entry', async () => {
    const zip = await writeZip(entriesWith({ 'zetc/passwd': Buffer.from('x') }))
    await expectRefused(patchName(zip, 'zetc/passwd', '/etc/passwd'), /« \/etc\/passwd » a un chemin absolu/)
  })

  it('a symlink entry', async () => {
    const entries = [...entriesWith({}), { name: 'lien', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]
    await expectRefused(await writeZip(entries), /« lien » est un lien symbolique/)
  })

  it('a duplicate entry', async () => {
    const zip = await writeZip([...entriesWith({}), { name: 'SYNTHESE.CSV', data: Buffer.from('x') }])
    await expectRefused(zip, /figure deux fois/)
  })

  it('a zip bomb: small compressed, huge inflated', async () => {
    const zip = await writeZip(entriesWith({ 'synthese.csv': Buffer.alloc(60 * 1024 * 1024) }))
    expect(zip.length).toBeLessThan(1024 * 1024)
    await expectRefused(zip, /bombe de décompression/)
  })

  it('a bomb that lies about its size is stopped by counting inflated bytes', async () => {
    const bomb = Buffer.alloc(8 * 1024 * 1024)
    const zip = await writeZip(entriesWith({ 'synthese.csv': bomb }))
    // Declare 1,000 bytes instead of 8 MiB in the central directory and the local header.
    const patched = Buffer.from(zip)
    const size = Buffer.alloc(4)
    size.writeUInt32LE(bomb.length)
    const small = Buffer.alloc(4)
    small.writeUInt32LE(1000)
    for (let at = patched.indexOf(size); at !== -1; at = patched.indexOf(size, at + 1))
      small.copy(patched, at)
    await expectRefused(patched, /bombe de décompression|endommagé/)
  })

  it('a truncated zip', async () => {
    const zip = readFileSync(join(folder, 'valid.zip'))
    await expectRefused(zip.subarray(0, Math.floor(zip.length / 2)), /tronquée ou endommagée/)
  })

  it('a manifest of an unknown version', async () => {
    const zip = await writeZip(
      entriesWith({ 'manifest.json': Buffer.from(JSON.stringify({ ...manifest(), version: 2 })) })
    )
    await expectRefused(zip, /version 2 du format n'est pas prise en charge/)
  })

  it('a manifest missing a field', async () => {
    const incomplete = manifest()
    delete incomplete['exportedBy']
    const zip = await writeZip(entriesWith({ 'manifest.json': Buffer.from(JSON.stringify(incomplete)) }))
    await expectRefused(zip, /invalide au champ « exportedBy »/)
  })

  it('a manifest naming its agreements twice (JSON.parse would keep the second list unseen by a reviewer)', async () => {
    const text = JSON.stringify(manifest())
    const twice = text.replace(/^\{/, '{"agreements":[],')
    const zip = await writeZip(entriesWith({ 'manifest.json': Buffer.from(twice) }))
    await expectRefused(zip, /manifest\.json n'est pas un objet JSON lisible/)
  })

  it('an agreement of the manifest that is not JSON on its own', async () => {
    const text = JSON.stringify(manifest()).replace('"agreements":[{"reference"', '"agreements":[{reference')
    const zip = await writeZip(entriesWith({ 'manifest.json': Buffer.from(text) }))
    await expectRefused(zip, /n'est pas du JSON lisible \(élément 0 de « agreements »\)/)
  })

  it('a file whose fingerprint does not match', async () => {
    const csv = valid.get('synthese.csv') ?? Buffer.alloc(0)
    const tampered = Buffer.from(csv.toString('utf8').replace('Mécénat', 'Mecenat!'), 'utf8')
    await expectRefused(
      await writeZip(entriesWith({ 'synthese.csv': tampered })),
      /empreinte du fichier « synthese\.csv »/
    )
  })

  /** A valid bundle plus documents of its first agreement, each listed with its true fingerprint. */
  async function withDocuments(
    documents: Array<{
      path: string
      version: number
      kind?: 'signed' | 'signed_copy'
      amendmentNumber?: number
    }>
  ): Promise<Buffer> {
    const base = manifest()
    const [agreement] = base['agreements'] as Array<{ reference: string }>
    const files: Record<string, Buffer> = {}
    const listed = documents.map(({ path, version, kind = 'signed', amendmentNumber = null }) => {
      const data = Buffer.from(`PK ${path}`)
      files[path] = data
      return {
        path,
        sha256: sha256(data),
        size: data.length,
        agreementReference: agreement?.reference,
        amendmentNumber,
        kind,
        version,
        createdAt: '2026-11-28T10:00:00.000Z'
      }
    })
    // Added to the bundle's own documents (the demo's signed amendment ships its files).
    const shipped = base['documents'] as unknown[]
    files['manifest.json'] = Buffer.from(JSON.stringify({ ...base, documents: [...shipped, ...listed] }))
    return writeZip(entriesWith(files))
  }

  it('a document that is neither Word nor PDF', async () => {
    await expectRefused(
      await withDocuments([{ path: 'documents/convention.exe', version: 1 }]),
      /ni un fichier Word \(\.docx\) ni un PDF/
    )
  })

  it('a signed copy that is neither a PDF nor an image', async () => {
    const zip = await withDocuments([{ path: 'documents/copie.html', version: 1, kind: 'signed_copy' }])
    await expectRefused(
      zip,
      /la copie signée « documents\/copie\.html » n'est ni un PDF ni une image PNG ou JPEG/
    )
  })

  it('a document of an amendment the bundle does not hold', async () => {
    const zip = await withDocuments([{ path: 'documents/avenant.docx', version: 1, amendmentNumber: 3 }])
    await expectRefused(zip, /le document « documents\/avenant\.docx » renvoie à un avenant absent/)
  })

  it('two documents claiming the same version of an agreement', async () => {
    const zip = await withDocuments([
      { path: 'documents/a.docx', version: 2 },
      { path: 'documents/b.docx', version: 2 }
    ])
    await expectRefused(zip, /la version 2 de la convention AD-\d{4}-\d{2}-\d{4} figure deux fois/)
  })

  /** Offsets of each central directory record of a zip (no comment, no zip64), in directory order. */
  function centralRecords(zip: Buffer): number[] {
    const end = zip.length - 22
    expect(zip.readUInt32LE(end)).toBe(0x06054b50)
    const count = zip.readUInt16LE(end + 10)
    const records: number[] = []
    let at = zip.readUInt32LE(end + 16)
    for (let index = 0; index < count; index += 1) {
      records.push(at)
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    }
    return records
  }

  it('overlapping entries (a small zip inflating the same bytes hundreds of times) are refused before inflating', async () => {
    const entries = Array.from({ length: 100 }, (_, index) => ({
      name: `documents/zz${String(index).padStart(4, '0')}.bin`,
      data: Buffer.alloc(1024 * 1024)
    }))
    const zip = Buffer.from(await writeZip([...entriesWith({}), ...entries]))
    const records = centralRecords(zip)
    const target = records.length - entries.length
    const firstOffset = zip.readUInt32LE((records[target] as number) + 42)
    for (const record of records.slice(target + 1)) zip.writeUInt32LE(firstOffset, record + 42)
    const before = process.memoryUsage().rss
    await expectRefused(zip, /chevauche le précédent ou est rangé hors de l'ordre de l'archive/)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })

  it('entries listed out of the order of the file', async () => {
    const zip = Buffer.from(await writeZip(entriesWith({})))
    const [first, second] = centralRecords(zip)
    const a = zip.readUInt32LE((first as number) + 42)
    zip.writeUInt32LE(zip.readUInt32LE((second as number) + 42), (first as number) + 42)
    zip.writeUInt32LE(a, (second as number) + 42)
    await expectRefused(zip, /rangé hors de l'ordre de l'archive/)
  })

  it('an encrypted entry, or one compressed with bzip2: refused by name, in French', async () => {
    const encrypted = Buffer.from(await writeZip(entriesWith({})))
    const [record] = centralRecords(encrypted).slice(-1)
    encrypted.writeUInt16LE(encrypted.readUInt16LE((record as number) + 8) | 1, (record as number) + 8)
    await expectRefused(encrypted, /est chiffré \(protégé par mot de passe\)/)
    const bzip2 = Buffer.from(await writeZip(entriesWith({})))
    const [last] = centralRecords(bzip2).slice(-1)
    bzip2.writeUInt16LE(12, (last as number) + 10)
    await expectRefused(bzip2, /méthode de compression non prise en charge/)
  })

  it('an archive whose directory is missing, and one with bytes added after its end', async () => {
    const zip = readFileSync(join(folder, 'valid.zip'))
    await expectRefused(Buffer.concat([zip, Buffer.from('octets en trop')]), /tronquée|ajoutés à sa fin/)
    await expectRefused(
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]),
      /tronquée ou endommagée/
    )
  })

  it('a file that is not a zip at all', async () => {
    await expectRefused(
      Buffer.from('Référence;Partenaire\nAD-2026-33-0001;Banque\n'),
      /n'est pas une archive \.zip/
    )
  })
})
