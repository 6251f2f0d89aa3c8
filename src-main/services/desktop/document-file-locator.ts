import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import { AppError, NotFoundError } from '../../shared/errors'
import { documentPath } from '../documents/document-files'
import { findVersion } from '../documents/document.repository'

/** What may be handed to the system to open: documents the app writes, never a program or a macro file. */
const OPENABLE_EXTENSIONS = new Set(['.docx', '.pdf'])

export interface DocumentFileLocator {
  /** The recorded file of a version, checked: inside the documents folder, a .docx or .pdf, present on disk. */
  openablePath(versionId: number): Promise<string>
}

/**
 * Finds the file of a document version for « Ouvrir dans Word »: the path comes from the version's record, never
 * from the renderer, and is checked again here because the database and the folder are on the user's disk.
 */
export function createDocumentFileLocator({
  db,
  documentsFolder
}: {
  db: AppDatabase
  documentsFolder: string
}): DocumentFileLocator {
  return {
    async openablePath(versionId) {
      const row = await findVersion(db, versionId)
      if (!row) throw new NotFoundError(`La version de document n° ${versionId} n’existe pas.`)
      let path: string
      try {
        path = documentPath(documentsFolder, row.file_name)
      } catch {
        throw new AppError(
          'FORBIDDEN',
          'Ce document n’est pas rangé dans le dossier des documents : il ne sera pas ouvert.'
        )
      }
      if (!OPENABLE_EXTENSIONS.has(extname(path).toLowerCase()))
        throw new AppError('FORBIDDEN', 'Seuls les documents Word et PDF s’ouvrent depuis l’application.')
      const found = await stat(path).catch(() => null)
      if (!found?.isFile())
        throw new NotFoundError(
          `Le fichier de la version ${row.version} est introuvable dans le dossier des documents : il a peut-être été déplacé ou supprimé.`
        )
      return path
    }
  }
}
