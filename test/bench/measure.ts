import { performance } from 'node:perf_hooks'

/** Median duration in milliseconds of `runs` sequential executions of `task`. */
export async function medianMs(runs: number, task: () => Promise<unknown>): Promise<number> {
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
