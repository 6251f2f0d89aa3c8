import { platformPathRules, type ArgumentPathRules } from './bundle-arguments'

/** A file the system asked the app to open: where it is (main only), and its name (for the window). */
export interface PendingOpen {
  path: string
  fileName: string
}

/**
 * Bundles the system asked the app to open (double-click, « Ouvrir avec », a second launch, macOS `open-file`),
 * waiting for the window to take them: the renderer asks on start-up and whenever the window gains focus.
 * Paths stay in main; the renderer only ever sees a file name and the staged preview.
 */
export class PendingOpens {
  private readonly queue: string[] = []

  constructor(
    private readonly capacity = 10,
    private readonly rules: ArgumentPathRules = platformPathRules()
  ) {}

  /** Queues paths not already waiting; beyond the capacity, the oldest requests give way. */
  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.queue.includes(path)) this.queue.push(path)
    this.queue.splice(0, Math.max(0, this.queue.length - this.capacity))
  }

  /** The next file's name, without taking it. */
  peekName(): string | null {
    const next = this.queue[0]
    return next === undefined ? null : this.rules.basename(next)
  }

  /** Takes the next file to open, if any. */
  take(): PendingOpen | undefined {
    const path = this.queue.shift()
    return path === undefined ? undefined : { path, fileName: this.rules.basename(path) }
  }
}
