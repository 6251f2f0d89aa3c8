import { spawn } from 'node:child_process'

export interface AcknowledgedWrites {
  /** Highest acknowledged version per record, keyed `partner:<id>` or `agreement:<id>`. */
  versions: Map<string, number>
  count: number
  /** Acknowledged writes per kind (`partner`, `agreement`). */
  byKind: Record<string, number>
}

/**
 * Runs the prebuilt child on `file` and kills it with SIGKILL at a random moment: usually while it writes
 * (`delayMs` after it said ready), sometimes while it is still opening the database. Returns what it acknowledged.
 */
export function runUntilKilled(
  child: { file: string; env: NodeJS.ProcessEnv },
  args: string[],
  delayMs: number,
  killDuringOpening: boolean
): Promise<AcknowledgedWrites> {
  return new Promise((resolve, reject) => {
    const process = spawn('node', [child.file, ...args], {
      env: child.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const acknowledged: AcknowledgedWrites = { versions: new Map(), count: 0, byKind: {} }
    let buffered = ''
    let stderr = ''
    const kill = () => process.kill('SIGKILL')
    if (killDuringOpening) setTimeout(kill, delayMs)
    process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') {
          if (!killDuringOpening) setTimeout(kill, delayMs)
          continue
        }
        const [kind, id, version] = line.split(' ')
        acknowledged.versions.set(`${kind}:${id}`, Number(version))
        acknowledged.byKind[kind ?? '?'] = (acknowledged.byKind[kind ?? '?'] ?? 0) + 1
        acknowledged.count += 1
      }
    })
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    process.on('error', reject)
    process.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged)
      else reject(new Error(`The child ended by itself before being killed: ${stderr}`))
    })
  })
}
