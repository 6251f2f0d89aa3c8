import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConflictError, NotFoundError } from '../../shared/errors'

/** `alliance-exchange-<pid>-XXXXXX` in the temp folder: the start-up sweep knows whose it is. */
export const STAGING_PREFIX = 'alliance-exchange-'

/**
 * The bundles chosen or dropped in the app, copied where the renderer cannot change them between the preview and
 * the import. Each is named by a token; importing consumes the token at its start, so a double click or a second
 * window cannot import the same copy twice; a refused or abandoned preview's copy is deleted, never left behind
 * (they hold contacts' details and weigh up to 200 MB).
 */
export function createStagedBundles(tempFolder: string = tmpdir()) {
  const staged = new Map<string, string>()
  const importing = new Set<string>()
  let folder: string | null = null

  async function discard(token: string): Promise<void> {
    const path = staged.get(token)
    staged.delete(token)
    if (path) await rm(path, { force: true })
  }

  return {
    /** Stages a copy written by `write`, and answers its token; earlier copies never imported are discarded. */
    async stage(write: (target: string) => Promise<void>): Promise<string> {
      for (const token of [...staged.keys()]) if (!importing.has(token)) await discard(token)
      folder ??= await mkdtemp(join(tempFolder, `${STAGING_PREFIX}${process.pid}-`))
      await mkdir(folder, { recursive: true })
      const token = randomUUID()
      const target = join(folder, `${token}.zip`)
      try {
        await write(target)
      } catch (error) {
        await rm(target, { force: true })
        throw error
      }
      staged.set(token, target)
      return token
    },

    pathOf(token: string): string {
      const path = staged.get(token)
      if (!path)
        throw new NotFoundError("Ce fichier d'échange n'est plus disponible : choisissez-le de nouveau.")
      return path
    },

    discard,

    /**
     * Runs the import of a staged copy, its token taken for the whole run: a second call with the same token is
     * refused at once. The copy is deleted once imported; kept after a failure, so the coordinator can settle what
     * was missing (a conflict choice, a confirmation) and import it again.
     */
    async consume<T>(token: string, run: (path: string) => Promise<T>): Promise<T> {
      if (importing.has(token)) throw new ConflictError("L'import de ce fichier d'échange est déjà en cours.")
      const path = this.pathOf(token)
      importing.add(token)
      try {
        const outcome = await run(path)
        await discard(token)
        return outcome
      } finally {
        importing.delete(token)
      }
    }
  }
}

export type StagedBundles = ReturnType<typeof createStagedBundles>
