import { z } from 'zod'
import './french-messages'

/** A backup's file name as listed by `backups:list`: no folder part, so the renderer cannot point anywhere else. */
export const backupNameSchema = z
  .string()
  .regex(/^alliance-conventions-\d{8}T\d{9}Z-[a-z-]+\.sqlite$/, "Ce nom n'est pas celui d'une sauvegarde.")
