import type { AppServices } from '../services/app-services'
import type { DesktopIntegration } from '../services/desktop/desktop-integration'
import type { Handlers } from './handlers'

type DesktopChannel = 'exchange:pendingOpen' | 'exchange:takePendingOpen' | 'documents:openInWord'

/** The desktop shell's channels: bundles handed over by the system, and documents opened in their program. */
export function createDesktopHandlers(
  services: Pick<AppServices, 'exchange' | 'documentFiles'>,
  desktop: DesktopIntegration
): Pick<Handlers, DesktopChannel> {
  return {
    'exchange:pendingOpen': () => {
      const fileName = desktop.pendingOpens.peekName()
      return fileName === null ? null : { fileName }
    },
    'exchange:takePendingOpen': async () => {
      const next = desktop.pendingOpens.take()
      if (next === undefined) return null
      const token = await services.exchange.stageFile(next.path)
      return { token, fileName: next.fileName, preview: await services.exchange.previewStaged(token) }
    },
    'documents:openInWord': async ({ versionId }) => {
      await desktop.openWithSystem(await services.documentFiles.openablePath(versionId))
      return null
    }
  }
}
