import { dispatch } from '../../src-main/ipc/dispatch'
import { createHandlers } from '../../src-main/ipc/handlers'
import { buildApi, type Api } from '../../src-main/shared/ipc/api'
import { CHANNELS } from '../../src-main/shared/ipc/channels'
import type { AppServices } from '../../src-main/services/app-services'

/**
 * `window.api` for component tests: the same contract validation, handlers and services as the main process,
 * called in-process. Inputs go through a JSON round trip, as they would through IPC.
 */
export function inProcessApi(services: AppServices): Api {
  const handlers = createHandlers(services)
  return buildApi(CHANNELS, (channel, input) =>
    dispatch(handlers, channel, JSON.parse(JSON.stringify(input ?? {})) as unknown)
  )
}
