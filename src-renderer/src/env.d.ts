import type { Api } from '@shared/ipc/api'

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e bridge): the renderer's only access to data. */
    api: Api
  }
}
