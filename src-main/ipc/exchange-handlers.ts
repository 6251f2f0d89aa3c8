import { basename } from 'node:path'
import type { ExchangeService } from '../services/exchange/exchange.service'
import type { DesktopPort } from '../services/desktop/desktop-port'
import type { Handlers } from './handlers'

const ZIP_FILTER = [{ name: "Fichier d'échange Alliance Conventions", extensions: ['zip'] }]

type ExchangeChannel =
  | 'exchange:export'
  | 'exchange:progress'
  | 'exchange:chooseImport'
  | 'exchange:previewImport'
  | 'exchange:import'

/** The exchange channels: paths come from the native dialogs in main, never from the renderer. */
export function createExchangeHandlers(
  exchange: ExchangeService,
  desktop: DesktopPort,
  today: () => string
): Pick<Handlers, ExchangeChannel> {
  return {
    'exchange:export': async ({ selection, anonymised }) => {
      const filePath = await desktop.chooseSavePath({
        title: "Enregistrer le fichier d'échange",
        defaultName: `alliance-conventions-echange-${today()}.zip`,
        filters: ZIP_FILTER
      })
      if (filePath === null) return null
      return exchange.export({ selection, anonymised, filePath })
    },
    'exchange:progress': () => exchange.progress(),
    'exchange:chooseImport': async () => {
      const filePath = await desktop.chooseOpenPath({
        title: "Importer un fichier d'échange",
        filters: ZIP_FILTER
      })
      if (filePath === null) return null
      const token = await exchange.stageFile(filePath)
      return {
        token,
        fileName: basename(filePath),
        preview: await exchange.previewStaged(token, basename(filePath))
      }
    },
    'exchange:previewImport': async ({ name, dataBase64 }) => {
      const token = await exchange.stageBytes(Buffer.from(dataBase64, 'base64'))
      return { token, fileName: basename(name), preview: await exchange.previewStaged(token, name) }
    },
    'exchange:import': ({ token, choices, acceptSender }) =>
      exchange.importStaged(token, choices, acceptSender)
  }
}
