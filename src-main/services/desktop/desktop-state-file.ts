import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { writeFileAtomic } from '../files/atomic-write'

/**
 * Small JSON files of the desktop shell in the data folder (window placement, recent exports). They are the
 * app's own but live on the user's disk: a missing, unreadable or edited file is read as "nothing saved" and never
 * stops the app; writes are atomic, so a crash leaves the previous content.
 */
export async function readStateFile<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return null
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeStateFile(file: string, value: unknown): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`)
}
