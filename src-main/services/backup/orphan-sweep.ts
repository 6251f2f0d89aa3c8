import { readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import { INCOMING_FOLDER } from '../exchange/import-documents'
import { STAGING_PREFIX } from '../exchange/staged-bundles'

export interface SweepOptions {
  documentsFolder: string
  /** Where staged bundles are (the system temp folder). */
  tempFolder?: string
  now?: () => Date
  /**
   * An unrecorded file younger than this is left alone: another process (the CLI) may be between writing it and
   * recording it. An older one is an orphan.
   */
  graceMs?: number
}

export interface SweepOutcome {
  orphanDocuments: number
  incomingFolders: number
  stagedBundles: number
}

const DEFAULT_GRACE_MS = 60_000
const ONE_DAY_MS = 24 * 60 * 60 * 1000
/** `AD-2026-33-0042`, `AD-2026-33-0042-A1`: the folders where the app keeps documents. */
const REFERENCE_FOLDER = /^AD-\d{4}-[0-9AB]{2,3}-\d{4}(-A\d+)?$/

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

async function entries(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => [])
}

async function ageMs(path: string, now: Date): Promise<number> {
  const found = await stat(path).catch(() => null)
  return found ? now.getTime() - found.mtimeMs : 0
}

/**
 * The files the app keeps documents in: `<reference>/…` and `imports/<reference>/…`, relative, with `/`. The
 * minutes under `<reference>/suivi/` are not listed: a replaced minutes file is kept on purpose, without a record.
 */
async function documentFiles(folder: string): Promise<string[]> {
  const files: string[] = []
  const collect = async (inside: string) => {
    for (const name of await entries(inside)) {
      const path = join(inside, name)
      if ((await stat(path).catch(() => null))?.isFile())
        files.push(relative(folder, path).split(sep).join('/'))
    }
  }
  for (const name of await entries(folder)) if (REFERENCE_FOLDER.test(name)) await collect(join(folder, name))
  for (const name of await entries(join(folder, 'imports')))
    if (REFERENCE_FOLDER.test(name)) await collect(join(folder, 'imports', name))
  return files
}

/**
 * Removes, at start-up, what an interrupted call left behind: document files no record points to (a crash between
 * writing a file and committing its record, a failed import), the incoming folders of imports whose process is gone,
 * and staged bundles (up to 200 MB each, with contacts' details) of previews never imported. The document files are
 * judged inside a write transaction: no import records a file while they are listed. Best effort: a failure here
 * never stops the app from starting.
 */
export async function sweepOrphans(db: AppDatabase, options: SweepOptions): Promise<SweepOutcome> {
  const {
    documentsFolder,
    tempFolder = tmpdir(),
    now = () => new Date(),
    graceMs = DEFAULT_GRACE_MS
  } = options
  const at = now()
  const outcome: SweepOutcome = { orphanDocuments: 0, incomingFolders: 0, stagedBundles: 0 }

  const incoming = join(documentsFolder, INCOMING_FOLDER)
  for (const name of await entries(incoming))
    if (!isRunning(Number(name.split('-')[0]))) {
      await rm(join(incoming, name), { recursive: true, force: true })
      outcome.incomingFolders += 1
    }

  for (const name of await entries(tempFolder)) {
    if (!name.startsWith(STAGING_PREFIX)) continue
    const pid = Number(name.slice(STAGING_PREFIX.length).split('-')[0])
    const path = join(tempFolder, name)
    const abandoned =
      Number.isInteger(pid) && pid > 0 ? !isRunning(pid) : (await ageMs(path, at)) > ONE_DAY_MS
    if (!abandoned) continue
    await rm(path, { recursive: true, force: true })
    outcome.stagedBundles += 1
  }

  await db.transaction().execute(async (trx) => {
    // Every table that records a file under `<reference>/`: a file missing here would be deleted as an orphan.
    const versions = await trx.selectFrom('document_versions').select('file_name as name').execute()
    const scans = await trx
      .selectFrom('document_signatures')
      .select('scan_file_name as name')
      .where('scan_file_name', 'is not', null)
      .execute()
    const letters = await trx.selectFrom('termination_letters').select('file_name as name').execute()
    const recorded = new Set([...versions, ...scans, ...letters].map((row) => row.name))
    for (const file of await documentFiles(documentsFolder)) {
      if (recorded.has(file)) continue
      const path = join(documentsFolder, file)
      if ((await ageMs(path, at)) < graceMs) continue
      await rm(path, { force: true })
      outcome.orphanDocuments += 1
    }
  })
  return outcome
}
