import { dispatch } from '../../src-main/ipc/dispatch'
import { createHandlers } from '../../src-main/ipc/handlers'
import { buildApi, type Api } from '../../src-main/shared/ipc/api'
import { CHANNELS } from '../../src-main/shared/ipc/channels'
import type { AppServices } from '../../src-main/services/app-services'

export interface InProcessApi {
  api: Api
  /** Resolves once every call made so far has been answered (before closing the database). */
  settled(): Promise<void>
}

/**
 * `window.api` for component tests: the same contract validation, handlers and services as the main process,
 * called in-process. Inputs go through a JSON round trip, as they would through IPC.
 */
export function inProcessApi(services: AppServices): InProcessApi {
  const handlers = createHandlers(services)
  const inFlight = new Set<Promise<unknown>>()
  const api = buildApi(CHANNELS, (channel, input) => {
    const call = dispatch(handlers, channel, JSON.parse(JSON.stringify(input ?? {})) as unknown)
    inFlight.add(call)
    void call.finally(() => inFlight.delete(call))
    return call
  })
  return {
    api,
    async settled() {
      // A call may still be queued behind a promise chain (an autosave on unmount): let it start first.
      do {
        await new Promise((resolve) => setTimeout(resolve, 10))
        await Promise.allSettled([...inFlight])
      } while (inFlight.size > 0)
    }
  }
}
