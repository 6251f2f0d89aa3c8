import { posix, win32 } from 'node:path'

/** The path functions used, `path.win32` on Windows: tests pass either to check both. */
export type ArgumentPathRules = Pick<typeof posix, 'resolve' | 'extname' | 'basename'>

/** At most this many bundles from one command line: a shell glob must not queue a whole folder. */
const MAX_BUNDLES_PER_LAUNCH = 10

/** A `file:` URL as Linux desktops pass it (`%U`), decoded; a Windows drive path loses its leading slash. */
function fromFileUrl(argument: string): string | null {
  try {
    const pathname = decodeURIComponent(new URL(argument).pathname)
    return /^\/[A-Za-z]:\//.test(pathname) ? pathname.slice(1) : pathname
  } catch {
    return null
  }
}

/**
 * The exchange bundles named on a command line: what the system passes when a bundle is double-clicked or opened
 * with the app, at launch (`process.argv`) or to the running instance (`second-instance`). The executable (and, in
 * development, the app folder) comes first and is skipped, as are switches (Chromium adds some); relative names are
 * resolved against the launching process's working directory. Only `.zip` names are kept.
 */
export function bundlePathsFromArgv(
  argv: readonly string[],
  workingDirectory: string,
  rules: ArgumentPathRules
): string[] {
  const paths: string[] = []
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue
    const named = argument.startsWith('file:') ? fromFileUrl(argument) : argument
    if (named === null || rules.extname(named).toLowerCase() !== '.zip') continue
    const path = rules.resolve(workingDirectory, named)
    if (!paths.includes(path)) paths.push(path)
    if (paths.length === MAX_BUNDLES_PER_LAUNCH) break
  }
  return paths
}

/** The path rules of the system the app runs on (`process.platform` decides, so tests can play Windows). */
export function platformPathRules(platform: NodeJS.Platform = process.platform): ArgumentPathRules {
  return platform === 'win32' ? win32 : posix
}
