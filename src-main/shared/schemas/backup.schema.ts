import { z } from 'zod'
import './french-messages'

/**
 * A backup's file name as listed by `backups:list`: no folder part, so the renderer cannot point anywhere else. The
 * random tail that makes names unique (`-3f2a9c`) is optional: older backups have none.
 */
export const backupNameSchema = z
  .string()
  .regex(
    /^alliance-conventions-\d{8}T\d{9}Z-[a-z-]+?(?:-[0-9a-f]{6})?\.sqlite$/,
    "Ce nom n'est pas celui d'une sauvegarde."
  )
