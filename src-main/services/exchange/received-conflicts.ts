import type { AppDatabase } from '../../db/schema'
import type { PendingConflict } from '../../shared/domain/home'

/**
 * Received bundles previewed with conflicts and not imported yet, kept in the database: the home page lists them
 * until the coordinator imports the bundle, whatever restarts happen in between.
 */
export function createReceivedConflicts(db: AppDatabase, now: () => Date) {
  return {
    /** After a preview: remembered while it has conflicts, forgotten once a preview finds none. */
    async previewed(bundleId: string, conflict: PendingConflict): Promise<void> {
      if (conflict.conflicts === 0) return this.settled(bundleId)
      const row = {
        file_name: conflict.fileName,
        exported_by: conflict.exportedBy,
        conflicts: conflict.conflicts,
        previewed_at: now().toISOString()
      }
      await db
        .insertInto('received_conflicts')
        .values({ bundle_id: bundleId, ...row })
        .onConflict((conflictClause) => conflictClause.column('bundle_id').doUpdateSet(row))
        .execute()
    },

    /** The bundle was imported, by the app or the command line. */
    async settled(bundleId: string): Promise<void> {
      await db.deleteFrom('received_conflicts').where('bundle_id', '=', bundleId).execute()
    },

    async list(): Promise<PendingConflict[]> {
      const rows = await db.selectFrom('received_conflicts').selectAll().orderBy('previewed_at').execute()
      return rows.map((row) => ({
        fileName: row.file_name,
        exportedBy: row.exported_by,
        conflicts: row.conflicts
      }))
    }
  }
}
