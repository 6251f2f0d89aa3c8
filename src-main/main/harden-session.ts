import { app, type Session } from 'electron'
import { decideWindowOpen, mayNavigate, type RendererOrigin } from './security-policy'

/**
 * Refuses, for the whole app, what the renderer never needs: every permission (camera, notifications, clipboard
 * read, HID/USB/serial devices…), downloads, the spellchecker (it would fetch dictionaries), webviews, and
 * navigation or new windows from any web contents, including ones the app did not create itself.
 */
export function hardenSession(session: Session, renderer: RendererOrigin): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.setSpellCheckerEnabled(false)
  session.on('will-download', (event) => event.preventDefault())
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url, renderer)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url, renderer)) event.preventDefault()
    })
    contents.setWindowOpenHandler(() => decideWindowOpen())
  })
}
