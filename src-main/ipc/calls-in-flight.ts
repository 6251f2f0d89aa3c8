/**
 * Keeps count of IPC calls being answered, so that quitting can wait for them: closing the window sends the
 * wizard's last autosave, and the database must not close under it.
 */
export class CallsInFlight {
  private readonly pending = new Set<Promise<unknown>>()

  track<T>(call: Promise<T>): Promise<T> {
    this.pending.add(call)
    void call.finally(() => this.pending.delete(call)).catch(() => undefined)
    return call
  }

  get size(): number {
    return this.pending.size
  }

  /**
   * Resolves once no call has been pending for `quietMs` (a last call may still be on its way from a closing
   * window), or after `maxMs` whatever happens.
   */
  async drain(
    quietMs = 300,
    maxMs = 5000,
    sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  ): Promise<void> {
    const deadline = Date.now() + maxMs
    let quietSince = Date.now()
    while (Date.now() < deadline) {
      if (this.pending.size > 0) {
        await Promise.race([Promise.allSettled([...this.pending]), sleep(Math.max(0, deadline - Date.now()))])
        quietSince = Date.now()
      } else if (Date.now() - quietSince >= quietMs) {
        return
      } else {
        await sleep(Math.min(50, quietMs))
      }
    }
  }
}
