import { basename } from 'node:path'

/**
 * Bundles the system asked the app to open (double-click, « Ouvrir avec », a second launch, macOS `open-file`),
 * waiting for the window to take them: the renderer asks on start-up and whenever the window gains focus.
 * Paths stay in main; the renderer only ever sees a file name and the staged preview.
 */
export class PendingOpens {
  private readonly queue: string[] = []

  constructor(private readonly capacity = 10) {}

  /** Queues paths not already waiting; beyond the capacity, the oldest requests give way. */
  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.queue.includes(path)) this.queue.push(path)
    this.queue.splice(0, Math.max(0, this.queue.length - this.capacity))
  }

  /** The next file's name, without taking it. */
  peekName(): string | null {
    const next = this.queue[0]
    return next === undefined ? null : basename(next)
  }

  /** Takes the next path to open, if any. */
  take(): string | undefined {
    return this.queue.shift()
  }
}
