import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { CallsInFlight } from '../ipc/calls-in-flight'
import { dispatch } from '../ipc/dispatch'
import type { Handlers } from '../ipc/handlers'
import { CHANNELS } from '../shared/ipc/channels'
import { answerTrustedSender, type RendererOrigin } from './security-policy'

function describeSender(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    isAppWindow: BrowserWindow.fromWebContents(event.sender) !== null
  }
}

/** Answers every contract channel; calls from any frame other than the app's own page are refused. */
export function registerIpcHandlers(
  handlers: () => Handlers,
  renderer: RendererOrigin,
  calls: CallsInFlight
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) =>
      answerTrustedSender(describeSender(event), renderer, () =>
        calls.track(dispatch(handlers(), channel, input))
      )
    )
  }
}
