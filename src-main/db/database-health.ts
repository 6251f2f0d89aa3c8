import { open, stat } from 'node:fs/promises'
import { allRows, withRawFile } from './sqlite-file'

/** What a check of a database file found; `problems` are French sentences for the user. */
export interface DatabaseHealth {
  ok: boolean
  problems: string[]
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const HEADER_SIZE = 100

async function hasWal(file: string): Promise<boolean> {
  try {
    return (await stat(`${file}-wal`)).size > 0
  } catch {
    return false
  }
}

/**
 * Reads the 100-byte header without SQLite: a wrong magic string or a file shorter than the page count the
 * header announces means a damaged or truncated file, which SQLite itself may only notice on a later read.
 */
async function checkHeader(file: string): Promise<string[]> {
  const { size } = await stat(file)
  if (size < HEADER_SIZE)
    return [`Le fichier est tronqué (${size} octets) : ce n'est plus une base de données lisible.`]
  const handle = await open(file, 'r')
  const header = Buffer.alloc(HEADER_SIZE)
  try {
    await handle.read(header, 0, HEADER_SIZE, 0)
  } finally {
    await handle.close()
  }
  if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) return ["L'en-tête du fichier est endommagé."]
  const rawPageSize = header.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0)
    return ["L'en-tête du fichier est endommagé (taille de page)."]
  // The page count in the header is trustworthy only when its "version-valid-for" matches the change counter.
  const pageCount = header.readUInt32BE(28)
  const headerCountValid = header.readUInt32BE(24) === header.readUInt32BE(92)
  // A crash during a checkpoint can leave page 1 updated before the file grew; the WAL still holds the pages
  // and SQLite finishes the checkpoint on the next open, so the size is only meaningful without a WAL.
  if (headerCountValid && !(await hasWal(file)) && size < pageCount * pageSize) {
    return [`Le fichier est tronqué : ${size} octets au lieu de ${pageCount * pageSize}.`]
  }
  return []
}

/**
 * Checks a database file without modifying it: header, then SQLite's `quick_check` (fast, for start-up) or
 * `integrity_check` (thorough, for backups and the `check` command).
 */
export async function checkDatabaseFile(file: string, depth: 'quick' | 'full'): Promise<DatabaseHealth> {
  const headerProblems = await checkHeader(file)
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems }
  try {
    const pragma = depth === 'quick' ? 'quick_check' : 'integrity_check'
    const rows = await withRawFile(file, 'read-only', (database) =>
      allRows<Record<string, string>>(database, `pragma ${pragma}(20)`)
    )
    const messages = rows.map((row) => Object.values(row)[0] ?? '')
    if (messages.length === 1 && messages[0] === 'ok') return { ok: true, problems: [] }
    return { ok: false, problems: messages.map((message) => `Page ou index endommagé : ${message}`) }
  } catch (error) {
    return { ok: false, problems: [`SQLite ne peut pas lire le fichier : ${(error as Error).message}`] }
  }
}
