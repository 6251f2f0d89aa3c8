import { performance } from 'node:perf_hooks'

/**
 * Median duration in milliseconds of `runs` sequential executions of `task`, after `warmup` executions that are not
 * counted (so that figures compared with each other are all taken once the JIT has compiled their code).
 */
export async function medianMs(runs: number, task: () => Promise<unknown>, warmup = 0): Promise<number> {
  for (let run = 0; run < warmup; run += 1) await task()
  const durations: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    await task()
    durations.push(performance.now() - start)
  }
  durations.sort((a, b) => a - b)
  return durations[Math.floor(durations.length / 2)] as number
}

export function report(label: string, value: number, unit = 'ms'): void {
  console.log(`${label.padEnd(64)} ${value.toFixed(unit === 'ms' ? 2 : 1).padStart(10)} ${unit}`)
}

export function peakMemoryMb(): number {
  return process.resourceUsage().maxRSS / 1024
}
