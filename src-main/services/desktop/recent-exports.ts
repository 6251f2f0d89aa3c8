import { join } from 'node:path'
import { z } from 'zod'
import { readStateFile, writeStateFile } from './desktop-state-file'

export const RECENT_EXPORTS_FILE_NAME = 'exports-recents.json'

/** The File menu lists this many exports, most recent first. */
const RECENT_EXPORTS_LIMIT = 8

const recentExportsSchema = z.array(
  z.object({ path: z.string().min(1).max(4096), exportedAt: z.iso.datetime() })
)

export type RecentExport = z.infer<typeof recentExportsSchema>[number]

/**
 * The files the user exported last (exchange bundles, « Enregistrer sous… », PDF exports), kept in the data folder
 * for the File menu. Additions are written one after another, so two exports finishing together both stay listed.
 */
export class RecentExports {
  private entries: RecentExport[] = []
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  static inDataFolder(dataFolder: string, now?: () => Date): RecentExports {
    return new RecentExports(join(dataFolder, RECENT_EXPORTS_FILE_NAME), now)
  }

  async load(): Promise<RecentExport[]> {
    this.entries = ((await readStateFile(this.file, recentExportsSchema)) ?? []).slice(
      0,
      RECENT_EXPORTS_LIMIT
    )
    return this.list()
  }

  list(): RecentExport[] {
    return [...this.entries]
  }

  /** Puts `path` first (once), and saves the list; the list in memory is right even if the disk refuses. */
  add(path: string): Promise<RecentExport[]> {
    this.entries = [
      { path, exportedAt: this.now().toISOString() },
      ...this.entries.filter((entry) => entry.path !== path)
    ].slice(0, RECENT_EXPORTS_LIMIT)
    const snapshot = this.list()
    // A failed write must not stop the next ones: each starts once the previous one has settled.
    this.writing = this.writing.catch(() => undefined).then(() => writeStateFile(this.file, snapshot))
    return this.writing.then(() => snapshot)
  }
}
